import { useIcsWorld } from './support/ics-setup';

/** Walkthrough 4: record an adjustment, read the stock. */
describe('ICS walkthrough 4: stock update + read', () => {
  const { h, w } = useIcsWorld();

  it('adjusts stock and reads it back, with the movement on the stock card', async () => {
    const before = await h.ok('/ics/stock/get', { logical_guid: w.logical_guid, variant_id: w.variant_id }, w.headers);
    expect(before.stock).toMatchObject({ on_hand: 0, available: 0, revision: -1 });

    const adjusted = await h.ok('/ics/adjustment/create', {
      logical_guid: w.logical_guid, variant_id: w.variant_id, qty_delta: 5, reason: 'initial stock', source_refs: [{ kind: 'bootstrap', id: 'seed-1' }],
    }, w.headers);
    expect(adjusted.stock).toMatchObject({ on_hand: 5, available: 5, revision: 0 });

    const read = await h.ok('/ics/stock/get', { logical_guid: w.logical_guid, variant_id: w.variant_id }, w.headers);
    expect(read.stock).toEqual(expect.objectContaining({
      org_guid: w.org_guid, logical_guid: w.logical_guid, variant_id: w.variant_id, on_hand: 5, reserved: 0, allocated: 0, committed: 0, available: 5, revision: 0,
    }));

    const card = await h.ok('/ics/stock/card/list', { logical_guid: w.logical_guid, variant_id: w.variant_id }, w.headers);
    expect(card.items).toEqual([expect.objectContaining({ movement: 'adjusted', qty: 5, deltas: { on_hand: 5, available: 5 }, reason: 'initial stock', balance: expect.objectContaining({ on_hand: 5 }) })]);
  });

  it('never takes stock below zero, and validates the facility and variant', async () => {
    const target = { logical_guid: w.logical_guid, variant_id: w.variant_id };
    const tooMuch = await h.post('/ics/adjustment/create', { ...target, qty_delta: -500 }, w.headers);
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body.error.minor.tag).toBe('insufficient-stock');

    const noVariant = await h.post('/ics/adjustment/create', { ...target, variant_id: 'var_nope', qty_delta: 1 }, w.headers);
    expect([noVariant.status, noVariant.body.error.minor.tag]).toEqual([404, 'variant-not-found']);
    const noFacility = await h.post('/ics/adjustment/create', { ...target, logical_guid: 'log_nope', qty_delta: 1 }, w.headers);
    expect([noFacility.status, noFacility.body.error.minor.tag]).toEqual([404, 'logical-facility-not-found']);
    const zero = await h.post('/ics/adjustment/create', { ...target, qty_delta: 0 }, w.headers);
    expect(zero.status).toBe(400);
  });
});
