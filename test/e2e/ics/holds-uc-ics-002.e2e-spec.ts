import { FixedClock } from '@g3n/es';
import { useIcsWorld } from './support/ics-setup';

/** UC-ICS-002: reserve + allocate + commit for an order; release and expiry free the units again. */
describe('ICS UC-ICS-002: reserve → allocate → commit', () => {
  const clock = new FixedClock(new Date());
  const { h, w } = useIcsWorld({ clock });
  beforeAll(async () => {
    await h.ok('/ics/adjustment/create', { logical_guid: w.logical_guid, variant_id: w.variant_id, qty_delta: 10, reason: 'initial stock' }, w.headers);
  });

  it('moves one hold through the stages; available stays on_hand minus every hold', async () => {
    const reserved = await h.ok('/ics/reservation/create', { logical_guid: w.logical_guid, variant_id: w.variant_id, qty: 3 }, w.headers);
    expect(reserved.hold).toMatchObject({ stage: 'reserved', status: 'open', qty: 3, expires_at: expect.any(String) });
    expect(reserved.stock).toMatchObject({ on_hand: 10, reserved: 3, available: 7 });
    const hold_id = reserved.hold.hold_id;

    const allocated = await h.ok('/ics/allocation/create', { hold_id }, w.headers);
    expect(allocated.hold).toMatchObject({ hold_id, stage: 'allocated', qty: 3 });
    expect(allocated.stock).toMatchObject({ reserved: 0, allocated: 3, available: 7 });

    const committed = await h.ok('/ics/commit/create', { hold_id }, w.headers);
    expect(committed.hold).toMatchObject({ stage: 'committed', expires_at: null });
    expect(committed.stock).toMatchObject({ allocated: 0, committed: 3, available: 7 });

    const wrongStage = await h.post('/ics/reservation/release', { hold_id }, w.headers);
    expect([wrongStage.status, wrongStage.body.error.minor.tag]).toEqual([409, 'hold-stage-mismatch']);
    const released = await h.ok('/ics/commit/release', { hold_id }, w.headers);
    expect(released.hold).toMatchObject({ status: 'released' });
    expect(released.stock).toMatchObject({ committed: 0, available: 10 });

    const card = await h.ok('/ics/stock/card/list', { hold_id }, w.headers);
    expect(card.items.map((e: { movement: string }) => e.movement)).toEqual(['reserved', 'allocated', 'committed', 'released']);
  });

  it('commits straight from available, and never holds more than is available', async () => {
    const direct = await h.ok('/ics/commit/create', { logical_guid: w.logical_guid, variant_id: w.variant_id, qty: 4 }, w.headers);
    expect(direct.hold).toMatchObject({ stage: 'committed', qty: 4 });
    const tooMuch = await h.post('/ics/reservation/create', { logical_guid: w.logical_guid, variant_id: w.variant_id, qty: 7 }, w.headers);
    expect([tooMuch.status, tooMuch.body.error.minor.tag]).toEqual([409, 'insufficient-stock']);
    const missingTarget = await h.post('/ics/allocation/create', { qty: 1 }, w.headers);
    expect(missingTarget.status).toBe(400);
    await h.ok('/ics/commit/release', { hold_id: direct.hold.hold_id }, w.headers);
  });

  it('expires due reservations only', async () => {
    const short = await h.ok('/ics/reservation/create', { logical_guid: w.logical_guid, variant_id: w.variant_id, qty: 2, ttl_seconds: 60 }, w.headers);
    const long = await h.ok('/ics/reservation/create', { logical_guid: w.logical_guid, variant_id: w.variant_id, qty: 1, ttl_seconds: 3600 }, w.headers);
    const early = await h.ok('/ics/reservation/expire', {}, w.headers);
    expect(early.items).toEqual([]);

    clock.advance(120_000);
    const swept = await h.ok('/ics/reservation/expire', { logical_guid: w.logical_guid }, w.headers);
    expect(swept.items).toEqual([expect.objectContaining({ hold_id: short.hold.hold_id, status: 'expired' })]);
    const stock = await h.ok('/ics/stock/get', { logical_guid: w.logical_guid, variant_id: w.variant_id }, w.headers);
    expect(stock.stock).toMatchObject({ reserved: 1, available: 9 });
    await h.ok('/ics/reservation/release', { hold_id: long.hold.hold_id }, w.headers);
  });
});
