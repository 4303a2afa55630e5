import type { Doc } from '@g3n/docstore';
import { ProjectionContext, ProjectionDefinition } from '@g3n/es';
import type { RecordedEvent } from '@g3n/eventlog';
import { holdDocId, icsHoldsProjection, ICS_HOLDS } from './holds.projection';
import { icsStockCardProjection, ICS_STOCK_CARD, stockCardEntryId } from './stock-card.projection';
import { icsStockLevelsProjection, ICS_STOCK_LEVELS } from './stock-levels.projection';

let position = 0;
const t = { logical_guid: 'log_1', variant_id: 'var_1' };
const bal = (on_hand: number, reserved = 0, committed = 0) => ({ on_hand, reserved, allocated: 0, committed, available: on_hand - reserved - committed, quarantine: 0, damaged: 0 });
const event = (type: string, data: Record<string, unknown>, revision: number): RecordedEvent => {
  position += 1;
  return {
    type, data: { ...t, ...data }, revision, position, stream: 'org1/ics.stock/log_1:var_1', tenant: 'org1', recorded_at: '2026-01-01T00:00:00.000Z',
    metadata: { event_id: `evt_${position}`, org_guid: 'org1', actor: 'user:u1', reason: 'why', occurred_at: `2026-01-01T00:00:0${revision}.000Z`, schema_version: 1 },
  };
};

async function run(definitions: ProjectionDefinition[], events: RecordedEvent[]): Promise<ProjectionContext> {
  const physical = Object.fromEntries(definitions.flatMap((d) => d.collections.map((c) => [c.name, `${c.name}__g1`])));
  const ctx = new ProjectionContext({ get: async () => null }, physical);
  for (const e of events) {
    ctx.position = e.position;
    for (const d of definitions) await d.handlers[e.type]?.(e, ctx);
  }
  return ctx;
}

describe('ICS stock projections', () => {
  const api = { kind: 'api' };
  const history = [
    event('ics.stock-adjusted', { qty_delta: 5, source: api, balance: bal(5) }, 0),
    event('ics.stock-reserved', { hold_id: 'h1', qty: 2, expires_at: null, source: api, balance: bal(5, 2) }, 1),
    event('ics.stock-committed', { hold_id: 'h1', qty: 2, from_stage: 'reserved', source: api, balance: bal(5, 0, 2) }, 2),
    event('ics.stock-shipped', { hold_id: 'h1', qty: 2, from_stage: 'committed', from_hold: 2, from_available: 0, source: api, balance: bal(3) }, 3),
  ];

  it('writes a ledger line per movement with its deltas and running balance', async () => {
    const ctx = await run([icsStockCardProjection], history);
    const line = (rev: number) => ctx.get<Doc>(ICS_STOCK_CARD, stockCardEntryId(history[rev].position));
    expect(await line(0)).toMatchObject({ movement: 'adjusted', qty: 5, deltas: { on_hand: 5, available: 5 }, reason: 'why', actor: 'user:u1' });
    expect(await line(1)).toMatchObject({ movement: 'reserved', hold_id: 'h1', deltas: { reserved: 2, available: -2 } });
    expect(await line(2)).toMatchObject({ movement: 'committed', deltas: { reserved: -2, committed: 2 } });
    expect(await line(3)).toMatchObject({ movement: 'shipped', deltas: { on_hand: -2, committed: -2 }, balance: bal(3) });
    expect(await line(3)).toMatchObject({ logical_guid: 'log_1', variant_id: 'var_1', revision: 3, position: history[3].position });
  });

  it('keys entries by log position, so ids sort in log order across stocks', () => {
    expect(stockCardEntryId(7)).toBe('0000000000000007');
    expect(stockCardEntryId(Number.MAX_SAFE_INTEGER)).toBe('9007199254740991');
    const ids = [9, 10, 99, 100, 123_456_789].map(stockCardEntryId);
    expect([...ids].sort()).toEqual(ids);
  });

  it('keeps the level equal to the last balance, and the hold\'s life', async () => {
    const ctx = await run([icsStockLevelsProjection, icsHoldsProjection], history);
    expect(await ctx.get<Doc>(ICS_STOCK_LEVELS, 'log_1:var_1')).toMatchObject({ org_guid: 'org1', on_hand: 3, committed: 0, available: 3, revision: 3, created_at: '2026-01-01T00:00:00.000Z' });
    expect(await ctx.get<Doc>(ICS_HOLDS, holdDocId('org1', 'h1'))).toMatchObject({ stage: 'committed', status: 'shipped', qty: 2, revision: 3 });
  });
});
