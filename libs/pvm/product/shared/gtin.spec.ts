import { gtin14, gtinProblem } from './gtin';

describe('GTIN check digits', () => {
  it('accepts valid GTIN-8, -12, -13 and -14', () => {
    for (const ok of ['96385074', '012345678905', '4006381333931', '9780306406157', '10012345678902']) expect(gtinProblem(ok)).toBeNull();
  });

  it('names what is wrong', () => {
    expect(gtinProblem('012345678906')).toBe('bad-check-digit');
    expect(gtinProblem('12345')).toBe('bad-length');
    expect(gtinProblem('01234567890A')).toBe('not-digits');
    expect(gtinProblem('4006381333931', [12])).toBe('bad-length');
  });

  it('pads to 14 digits so one product number has one key', () => {
    expect(gtin14('012345678905')).toBe(gtin14('0012345678905'));
  });
});
