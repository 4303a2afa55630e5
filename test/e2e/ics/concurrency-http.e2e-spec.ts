import { useIcsWorld } from './support/ics-setup';

/** Parallel reservations of the last units through HTTP: exactly the units on hand are reserved, never more. */
describe('ICS concurrency: parallel reservations of the last units', () => {
  const { h, w } = useIcsWorld();

  it('never oversells; every loser gets 409 insufficient-stock', async () => {
    await h.ok('/ics/adjustment/create', { logical_guid: w.logical_guid, variant_id: w.variant_id, qty_delta: 5 }, w.headers);
    const answers = await Promise.all(Array.from({ length: 20 }, () =>
      h.post('/ics/reservation/create', { logical_guid: w.logical_guid, variant_id: w.variant_id, qty: 1 }, w.headers)));
    const won = answers.filter((a) => a.status === 200);
    expect(won).toHaveLength(5);
    for (const lost of answers.filter((a) => a.status !== 200)) expect([lost.status, lost.body.error.minor.tag]).toEqual([409, 'insufficient-stock']);
    const stock = await h.ok('/ics/stock/get', { logical_guid: w.logical_guid, variant_id: w.variant_id }, w.headers);
    expect(stock.stock).toMatchObject({ on_hand: 5, reserved: 5, available: 0, revision: 5 });
  });
});
