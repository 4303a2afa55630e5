import type { Doc } from '@g3n/docstore';
import { ProjectionContext, ProjectionDefinition } from '@g3n/es';
import type { RecordedEvent } from '@g3n/eventlog';
import { holdDocId, HoldMovementsDoc, icsHoldsProjection, ICS_HOLDS, ICS_HOLD_MOVEMENTS } from './holds.projection';
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

describe('ICS stock levels and holds projections', () => {
  const api = { kind: 'api' };
  const history = [
    event('ics.stock-adjusted', { qty_delta: 5, source: api, balance: bal(5) }, 0),
    event('ics.stock-reserved', { hold_id: 'h1', qty: 2, expires_at: null, source: api, balance: bal(5, 2) }, 1),
    event('ics.stock-committed', { hold_id: 'h1', qty: 2, from_stage: 'reserved', source: api, balance: bal(5, 0, 2) }, 2),
    event('ics.stock-shipped', { hold_id: 'h1', qty: 2, from_stage: 'committed', from_hold: 2, from_available: 0, source: api, balance: bal(3) }, 3),
  ];

  it('keeps the level equal to the last balance, and the hold\'s life', async () => {
    const ctx = await run([icsStockLevelsProjection, icsHoldsProjection], history);
    expect(await ctx.get<Doc>(ICS_STOCK_LEVELS, 'log_1:var_1')).toMatchObject({ org_guid: 'org1', on_hand: 3, committed: 0, available: 3, revision: 3, created_at: '2026-01-01T00:00:00.000Z' });
    expect(await ctx.get<Doc>(ICS_HOLDS, holdDocId('org1', 'h1'))).toMatchObject({ stage: 'committed', status: 'shipped', qty: 2, revision: 3 });
  });

  it('lists every movement that named a hold, for the stock card, even of a hold that never opened', async () => {
    const refused = event('ics.stock-request-refused', { hold_id: 'h2', qty: 1, action: 'allocate', reason: 'hold-not-found', source: api, balance: bal(3) }, 4);
    const ctx = await run([icsHoldsProjection], [...history, refused]);
    const movements = async (hold: string) => (await ctx.get<HoldMovementsDoc>(ICS_HOLD_MOVEMENTS, holdDocId('org1', hold)))?.movements;
    expect(await movements('h1')).toEqual([1, 2, 3].map((revision) => ({ logical_guid: 'log_1', variant_id: 'var_1', revision })));
    expect(await movements('h2')).toEqual([{ logical_guid: 'log_1', variant_id: 'var_1', revision: 4 }]);
    expect(await ctx.get<Doc>(ICS_HOLDS, holdDocId('org1', 'h2'))).toBeNull();
  });

  it('is fed only by the movements that can name a hold', () => {
    expect(Object.keys(icsHoldsProjection.handlers).sort()).toEqual([
      'ics.stock-allocated', 'ics.stock-committed', 'ics.stock-hold-expired', 'ics.stock-released', 'ics.stock-request-refused', 'ics.stock-reserved', 'ics.stock-shipped',
    ]);
  });
});
