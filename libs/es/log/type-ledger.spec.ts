import { TypeLedger } from './type-ledger';

describe('TypeLedger', () => {
  it('given appends made here, when asked about types that were not appended, then the range is quiet', () => {
    const ledger = new TypeLedger();
    ledger.appended([11, 12], ['ics.stock-adjusted', 'ics.stock-adjusted']);
    ledger.appended([13], ['scm.order-placed']);
    expect(ledger.quiet(10, 13, ['pvm.', 'ofm.'])).toBe(true);
    expect(ledger.quiet(10, 13, ['scm.'])).toBe(false);
    expect(ledger.quiet(13, 13, ['scm.'])).toBe(true); // the order is at or before the reader's checkpoint
  });

  it('given a range it has not seen all of, when asked, then it does not claim quiet', () => {
    const ledger = new TypeLedger();
    ledger.appended([11], ['ics.a']);
    expect(ledger.quiet(9, 11, ['pvm.'])).toBe(false); // position 10 is unknown
    expect(ledger.quiet(10, 12, ['pvm.'])).toBe(false); // so is 12 (the head passed what it knows)
  });

  it('given another process appended in between, when the next append here comes, then knowledge restarts after the gap', () => {
    const ledger = new TypeLedger();
    ledger.appended([11], ['ics.a']);
    ledger.appended([13], ['ics.a']); // 12 came from elsewhere
    expect(ledger.quiet(10, 13, ['pvm.'])).toBe(false);
    expect(ledger.quiet(12, 13, ['pvm.'])).toBe(true);
  });

  it('given an unfiltered page read over the gap, when asked, then the page fills it, types included', () => {
    const ledger = new TypeLedger();
    ledger.appended([11], ['ics.a']);
    ledger.appended([13], ['ics.a']);
    ledger.read(10, 13, [{ type: 'ics.a', position: 11 }, { type: 'pvm.style-created', position: 12 }, { type: 'ics.a', position: 13 }]);
    expect(ledger.quiet(10, 13, ['pvm.'])).toBe(false);
    expect(ledger.quiet(12, 13, ['pvm.'])).toBe(true);
    expect(ledger.quiet(10, 13, ['ofm.'])).toBe(true);
  });

  it('given a type first seen after a prefix set was asked about, when asked again, then the new type counts', () => {
    const ledger = new TypeLedger();
    ledger.appended([1], ['ics.a']);
    expect(ledger.quiet(0, 1, ['pvm.'])).toBe(true);
    ledger.appended([2], ['pvm.variant-created']);
    expect(ledger.quiet(0, 2, ['pvm.'])).toBe(false);
  });
});
