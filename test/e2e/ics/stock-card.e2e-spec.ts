import { useIcsWorld } from './support/ics-setup';

/** The stock card as an integrator pages it: one stock, one hold, the org; tokens; a write is on it at once. */
describe('ICS stock card: paging the ledger', () => {
  const { h, w } = useIcsWorld();

  it('pages one stock, its hold and the org in log order, each movement once, with its deltas', async () => {
    const target = { logical_guid: w.logical_guid, variant_id: w.variant_id };
    for (const qty_delta of [5, 3, -2]) await h.ok('/ics/adjustment/create', { ...target, qty_delta }, w.headers);
    const { hold } = await h.ok('/ics/reservation/create', { ...target, qty: 4 }, w.headers);
    await h.ok('/ics/reservation/release', { hold_id: hold.hold_id }, w.headers);

    const pages: Array<Array<{ movement: string; revision: number; deltas: Record<string, number> }>> = [];
    let next_token: string | undefined;
    do {
      const page = await h.ok('/ics/stock/card/list', { ...target, limit: 2, ...(next_token ? { next_token } : {}) }, w.headers);
      pages.push(page.items);
      next_token = page.next_token ?? undefined;
    } while (next_token);
    expect(pages.map((p) => p.map((e) => e.revision))).toEqual([[0, 1], [2, 3], [4]]);
    expect(pages.flat().map((e) => [e.movement, e.deltas])).toEqual([
      ['adjusted', { on_hand: 5, available: 5 }], ['adjusted', { on_hand: 3, available: 3 }], ['adjusted', { on_hand: -2, available: -2 }],
      ['reserved', { reserved: 4, available: -4 }], ['released', { reserved: -4, available: 4 }],
    ]);

    const held = await h.ok('/ics/stock/card/list', { hold_id: hold.hold_id }, w.headers);
    expect(held).toEqual({ items: [expect.objectContaining({ movement: 'reserved', hold_id: hold.hold_id, revision: 3 }), expect.objectContaining({ movement: 'released', revision: 4 })], next_token: null });

    const org = await h.ok('/ics/stock/card/list', { logical_guid: w.logical_guid }, w.headers);
    expect(org.items.map((e: { revision: number }) => e.revision)).toEqual([0, 1, 2, 3, 4]);
    expect(org.next_token).toBeNull();
  });

  it('a write is on the card in the answer\'s wake, with no wait for a read model', async () => {
    const target = { logical_guid: w.logical_guid, variant_id: w.variant_id };
    const adjusted = await h.ok('/ics/adjustment/create', { ...target, qty_delta: 1, reason: 'found one' }, w.headers);
    const card = await h.ok('/ics/stock/card/list', { ...target, limit: 200 }, w.headers);
    expect(card.items[card.items.length - 1]).toMatchObject({ revision: adjusted.stock.revision, movement: 'adjusted', reason: 'found one', deltas: { on_hand: 1, available: 1 } });
  });

  it('refuses a token from another list with a 400 naming next_token', async () => {
    const target = { logical_guid: w.logical_guid, variant_id: w.variant_id };
    const first = await h.ok('/ics/stock/card/list', { ...target, limit: 1 }, w.headers);
    const wrong = await h.post('/ics/stock/card/list', { limit: 1, next_token: first.next_token }, w.headers);
    expect([wrong.status, wrong.body.error.major.tag, wrong.body.error.minor.tag]).toEqual([400, 'validation-error', 'invalid-next-token']);
    expect(wrong.body.error.details.fields).toEqual([{ field: 'next_token', reason: 'not a token issued by this list' }]);
  });
});
