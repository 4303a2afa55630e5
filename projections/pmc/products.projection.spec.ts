import { ProjectionContext } from '@g3n/es';
import type { RecordedEvent } from '@g3n/eventlog';
import type { ProductEvent } from '../../libs/pmc/product/product.events';
import type { VariantSnapshot } from '../../libs/pmc/shared/variant-snapshot';
import { pmcProductsProjection, PMC_PRODUCT_REVISIONS, PMC_PRODUCTS, ProductDoc, ProductRevisionDoc } from './products.projection';

let position = 0;
const recorded = (e: ProductEvent, revision: number): RecordedEvent => {
  position += 1;
  return {
    ...e, revision, position, stream: 'org1/pmc.product/prd:web:v1', tenant: 'org1', recorded_at: '2026-01-01T00:00:00.000Z',
    metadata: { event_id: `evt_${position}`, actor: 'user:u1', occurred_at: `2026-01-01T00:00:0${position % 10}.000Z`, schema_version: 1 },
  } as RecordedEvent;
};

const key = { product_id: 'prd:web:v1', channel_code: 'web', variant_id: 'v1' };
const snap = (sku: string): VariantSnapshot => ({
  variant_id: 'v1', style_id: 'sty_1', sku, status: 'active', selections: [], variant_revision: 1,
  identifiers: [{ type: 'SKU', value: sku }], barcodes: [{ value: '012345678905', scheme: 'gtin', primary: true }],
  style: { style_id: 'sty_1', code: 'TEE', caption: 'Tee', category_id: 'cat_1', brand_id: null },
});
const published = (product_rev: number, sku: string): ProductEvent => ({
  type: 'pmc.product-revision-published', data: { ...key, org_guid: 'org1', channel_guid: 'chn_1', style_id: 'sty_1', product_rev, run_id: `run_${product_rev}`, snapshot: snap(sku) },
});
const online = (product_rev: number, previous_rev: number | null, sku: string): ProductEvent => ({
  type: 'pmc.product-online-set', data: { ...key, product_rev, previous_rev, cause: 'publish', snapshot: snap(sku) },
});

async function project(events: ProductEvent[]): Promise<ProjectionContext> {
  const physical = Object.fromEntries(pmcProductsProjection.collections.map((c) => [c.name, `${c.name}__g1`]));
  const ctx = new ProjectionContext({ get: async () => null }, physical);
  for (const [i, e] of events.entries()) {
    const r = recorded(e, i);
    ctx.position = r.position;
    await pmcProductsProjection.handlers[r.type](r, ctx);
  }
  return ctx;
}

describe('pmc.products projection', () => {
  it('keeps the product on its latest revision and flags the one online revision', async () => {
    const ctx = await project([
      published(1, 'A'), online(1, null, 'A'), published(2, 'B'), online(2, 1, 'B'),
      { type: 'pmc.product-online-set', data: { ...key, product_rev: 1, previous_rev: 2, cause: 'pointer-set', snapshot: snap('A') } },
    ]);
    const product = await ctx.get<ProductDoc>(PMC_PRODUCTS, 'prd:web:v1');
    expect(product).toMatchObject({
      latest_rev: 2, online_rev: 1, online_state: 'online', sku: 'B', style_code: 'TEE', category_id: 'cat_1', revision: 4,
      identifier_keys: ['sku:B', 'gtin:012345678905'], created_at: '2026-01-01T00:00:01.000Z',
    });
    const r1 = await ctx.get<ProductRevisionDoc>(PMC_PRODUCT_REVISIONS, 'prd:web:v1#1');
    const r2 = await ctx.get<ProductRevisionDoc>(PMC_PRODUCT_REVISIONS, 'prd:web:v1#2');
    expect(r1).toMatchObject({ online: true, run_id: 'run_1', snapshot: { sku: 'A' } });
    expect(r2).toMatchObject({ online: false, run_id: 'run_2', snapshot: { sku: 'B' } });
  });

  it('takes the product and its revision offline', async () => {
    const ctx = await project([published(1, 'A'), online(1, null, 'A'), { type: 'pmc.product-online-cleared', data: { ...key, previous_rev: 1 } }]);
    expect(await ctx.get<ProductDoc>(PMC_PRODUCTS, 'prd:web:v1')).toMatchObject({ online_rev: null, online_state: 'offline', revision: 2 });
    expect(await ctx.get<ProductRevisionDoc>(PMC_PRODUCT_REVISIONS, 'prd:web:v1#1')).toMatchObject({ online: false });
  });
});
