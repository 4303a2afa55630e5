import { InvalidCursorError } from '@g3n/docstore';
import { openSqliteEventLog, type EventLog, type NewEvent } from '@g3n/eventlog';
import { stockStream } from '../stock/streams';
import { HoldMovement, StockCardReader } from './stock-card-reader';

const org = 'org_1';
const bal = (on_hand: number, reserved = 0) => ({ on_hand, reserved, allocated: 0, committed: 0, available: on_hand - reserved, quarantine: 0, damaged: 0 });
let ids = 0;
const meta = { actor: 'user:u1', org_guid: org, occurred_at: '2026-12-07T00:00:00.000Z', schema_version: 1 };
const movement = (type: string, logical_guid: string, variant_id: string, data: Record<string, unknown>): NewEvent => ({
  type, data: { logical_guid, variant_id, source: { kind: 'api' }, ...data }, metadata: { ...meta, event_id: `evt_${++ids}` },
});

/** Given a log and the holds projection's lists (recorded beside the appends, as the projection would). */
async function given(): Promise<{ log: EventLog; reader: (budget?: number) => StockCardReader }> {
  const log = openSqliteEventLog({ file: ':memory:' });
  const holds = new Map<string, HoldMovement[]>();
  const append = async (logical: string, variant: string, event: NewEvent) => {
    const stream = stockStream(org, logical, variant);
    const { nextRevision } = await log.append(stream, [event]);
    const hold = event.data.hold_id as string | undefined;
    if (hold) holds.set(hold, [...(holds.get(hold) ?? []), { logical_guid: logical, variant_id: variant, revision: nextRevision }]);
  };
  // Two stocks at facility A, one at B, interleaved; another org's stock and a policy event on the same prefix.
  for (let n = 1; n <= 5; n++) {
    await append('log_A', 'var_1', movement('ics.stock-adjusted', 'log_A', 'var_1', { qty_delta: 1, balance: bal(n) }));
    await append('log_A', 'var_2', movement('ics.stock-adjusted', 'log_A', 'var_2', { qty_delta: 2, balance: bal(2 * n) }));
    await append('log_B', 'var_1', movement('ics.stock-received', 'log_B', 'var_1', { qty: 3, balance: bal(3 * n) }));
  }
  await log.append('org_2/ics.stock/log_X:var_9', [{ ...movement('ics.stock-adjusted', 'log_X', 'var_9', { qty_delta: 1, balance: bal(1) }), metadata: { ...meta, org_guid: 'org_2', event_id: 'evt_other' } }]);
  await log.append(`${org}/ics.policy/stock`, [{ type: 'ics.stock-policy-set', data: { allow_negative: false }, metadata: { ...meta, event_id: 'evt_policy' } }]);
  await append('log_A', 'var_1', movement('ics.stock-reserved', 'log_A', 'var_1', { hold_id: 'h1', qty: 2, expires_at: null, balance: bal(5, 2) }));
  await append('log_A', 'var_1', movement('ics.stock-released', 'log_A', 'var_1', { hold_id: 'h1', qty: 2, from_stage: 'reserved', balance: bal(5) }));
  const reader = (budget?: number) => new StockCardReader({ log, holdMovements: async (o, h) => (o === org ? holds.get(h) ?? [] : []) }, budget);
  return { log, reader };
}

/** Every page of a list, following next_token. */
async function all(reader: StockCardReader, filter: Record<string, string>, limit: number) {
  const pages = [];
  let token: string | undefined;
  do {
    const page = await reader.page(org, filter, limit, token);
    pages.push(page.items);
    token = page.next_token ?? undefined;
  } while (token && pages.length < 100);
  return pages;
}

describe('StockCardReader: the stock card read from the log', () => {
  it('one stock: its stream in order, paged, with deltas across page boundaries', async () => {
    const { reader } = await given();
    const pages = await all(reader(), { logical_guid: 'log_A', variant_id: 'var_1' }, 3);
    expect(pages.map((p) => p.map((e) => e.revision))).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    const lines = pages.flat();
    expect(lines[0]).toMatchObject({ org_guid: org, movement: 'adjusted', qty: 1, deltas: { on_hand: 1, available: 1 }, balance: bal(1), hold_id: null, actor: 'user:u1' });
    expect(lines[3].deltas).toEqual({ on_hand: 1, available: 1 }); // the first line of page 2 against the last of page 1
    expect(lines[5]).toMatchObject({ movement: 'reserved', hold_id: 'h1', qty: 2, deltas: { reserved: 2, available: -2 } });
    expect(lines[6]).toMatchObject({ movement: 'released', deltas: { reserved: -2, available: 2 } });
  });

  it('a stock that never moved: no lines, no token', async () => {
    const { reader } = await given();
    expect(await reader().page(org, { logical_guid: 'log_B', variant_id: 'var_2' }, 50)).toEqual({ items: [], next_token: null });
  });

  it('the org: every movement in log order, nothing of another org, no policy events', async () => {
    const { reader } = await given();
    const pages = await all(reader(), {}, 4);
    const lines = pages.flat();
    expect(lines).toHaveLength(17);
    expect(pages.map((p) => p.length)).toEqual([4, 4, 4, 4, 1]);
    expect(lines.map((e) => e.position)).toEqual([...lines.map((e) => e.position)].sort((a, b) => a - b));
    expect(new Set(lines.map((e) => e.org_guid))).toEqual(new Set([org]));
    // Deltas of lines whose previous movement is on an earlier page come from their streams.
    for (const line of lines.filter((e) => e.movement === 'received')) expect(line.deltas).toEqual({ on_hand: 3, available: 3 });
  });

  it('one facility or one variant: the org ledger filtered, within the scan budget, nothing lost across pages', async () => {
    const { reader } = await given();
    const facility = (await all(reader(), { logical_guid: 'log_A' }, 50)).flat();
    expect(facility.map((e) => `${e.variant_id}@${e.revision}`)).toEqual([
      'var_1@0', 'var_2@0', 'var_1@1', 'var_2@1', 'var_1@2', 'var_2@2', 'var_1@3', 'var_2@3', 'var_1@4', 'var_2@4', 'var_1@5', 'var_1@6',
    ]);
    // A budget of 4 events per request: pages end early (even empty) with a token, and the whole is the same.
    const budgeted = await all(reader(4), { variant_id: 'var_1' }, 50);
    expect(budgeted.length).toBeGreaterThan(2);
    expect(budgeted.flat().map((e) => `${e.logical_guid}@${e.revision}`)).toEqual(
      (await all(reader(), { variant_id: 'var_1' }, 50)).flat().map((e) => `${e.logical_guid}@${e.revision}`),
    );
    expect(budgeted.flat().filter((e) => e.logical_guid === 'log_B').every((e) => e.deltas.on_hand === 3)).toBe(true);
  });

  it('one hold: its movements, read from their streams; another org cannot see them', async () => {
    const { reader } = await given();
    const lines = (await all(reader(), { hold_id: 'h1' }, 1)).flat();
    expect(lines.map((e) => [e.movement, e.revision, e.deltas])).toEqual([['reserved', 5, { reserved: 2, available: -2 }], ['released', 6, { reserved: -2, available: 2 }]]);
    expect(await reader().page(org, { hold_id: 'h1', logical_guid: 'log_B' }, 50)).toEqual({ items: [], next_token: null });
    expect((await reader().page('org_2', { hold_id: 'h1' }, 50)).items).toEqual([]);
  });

  it('refuses a token issued for another filter, or not issued at all', async () => {
    const { reader } = await given();
    const first = await reader().page(org, { logical_guid: 'log_A', variant_id: 'var_1' }, 2);
    await expect(reader().page(org, { logical_guid: 'log_A', variant_id: 'var_2' }, 2, first.next_token as string)).rejects.toThrow(InvalidCursorError);
    await expect(reader().page(org, {}, 2, first.next_token as string)).rejects.toThrow(InvalidCursorError);
    await expect(reader().page(org, {}, 2, 'not-a-token')).rejects.toThrow(InvalidCursorError);
  });
});
