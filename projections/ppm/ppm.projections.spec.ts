import type { Doc } from '@g3n/docstore';
import { ProjectionContext, ProjectionDefinition } from '@g3n/es';
import type { RecordedEvent } from '@g3n/eventlog';
import { ppmPriceListsProjection, PPM_PRICE_LISTS } from './price-lists.projection';
import { ppmPricesProjection, PPM_PRICES } from './prices.projection';
import { ppmUomsProjection, PPM_UOMS, uomDocId } from './uoms.projection';

let position = 0;
const event = (type: string, data: Record<string, unknown>, revision: number): RecordedEvent => {
  position += 1;
  return {
    type, data, revision, position, stream: 'org1/x/y', tenant: 'org1', recorded_at: '2026-01-01T00:00:00.000Z',
    metadata: { event_id: `evt_${position}`, org_guid: 'org1', actor: 'user:u1', occurred_at: `2026-01-01T00:00:0${position % 10}.000Z`, schema_version: 1 },
  };
};

async function run(definition: ProjectionDefinition, events: RecordedEvent[]): Promise<ProjectionContext> {
  const physical = Object.fromEntries(definition.collections.map((c) => [c.name, `${c.name}__g1`]));
  const ctx = new ProjectionContext({ get: async () => null }, physical);
  for (const e of events) {
    ctx.position = e.position;
    await definition.handlers[e.type](e, ctx);
  }
  return ctx;
}

const price = {
  price_id: 'prc_1', org_guid: 'org1', variant_id: 'var_1', currency: 'USD', price_list_id: null, channel_code: 'web', logical_guid: null,
  uom_code: null, effective_from: null, amount_minor: 1999, effective_to: null,
};

describe('PPM projections', () => {
  it('ppm.prices keeps the whole price, its revision and timestamps, never the previous terms', async () => {
    const ctx = await run(ppmPricesProjection, [
      event('ppm.price-created', price, 0),
      event('ppm.price-updated', { ...price, amount_minor: 1799, effective_to: '2026-06-01T00:00:00.000Z', previous: { amount_minor: 1999, effective_to: null } }, 1),
    ]);
    const doc = await ctx.get<Doc>(PPM_PRICES, 'prc_1');
    expect(doc).toEqual({
      _id: 'prc_1', ...price, amount_minor: 1799, effective_to: '2026-06-01T00:00:00.000Z', revision: 1,
      created_at: expect.any(String), updated_at: expect.any(String),
    });
    expect(doc?.created_at).not.toBe(doc?.updated_at);
  });

  it('ppm.price-lists applies changes and status', async () => {
    const ctx = await run(ppmPriceListsProjection, [
      event('ppm.price-list-created', { price_list_id: 'pl_1', org_guid: 'org1', code: 'RETAIL', caption: 'Retail', currency: 'USD', channel_codes: [], priority: 0, status: 'active' }, 0),
      event('ppm.price-list-updated', { price_list_id: 'pl_1', changes: { priority: 5, channel_codes: ['web'] } }, 1),
      event('ppm.price-list-status-changed', { price_list_id: 'pl_1', from: 'active', to: 'inactive' }, 2),
    ]);
    expect(await ctx.get<Doc>(PPM_PRICE_LISTS, 'pl_1')).toMatchObject({ code: 'RETAIL', priority: 5, channel_codes: ['web'], status: 'inactive', revision: 2 });
  });

  it('ppm.uoms keys units by org and code', async () => {
    const ctx = await run(ppmUomsProjection, [
      event('ppm.uom-created', { org_guid: 'org1', uom_code: 'CS12', caption: 'Case', base_uom: 'EA', factor: 12 }, 0),
      event('ppm.uom-updated', { org_guid: 'org1', uom_code: 'CS12', changes: { factor: 24 } }, 1),
    ]);
    expect(await ctx.get<Doc>(PPM_UOMS, uomDocId('org1', 'CS12'))).toMatchObject({ code: 'CS12', base_uom: 'EA', factor: 24, revision: 1 });
  });
});
