import type { Doc } from '@g3n/docstore';
import { ProjectionContext, ProjectionDefinition } from '@g3n/es';
import type { RecordedEvent } from '@g3n/eventlog';
import { PVM_OGMS, pvmOgmsProjection } from './ogms.projection';
import { PVM_VENDORS, pvmSuppliersProjection } from './suppliers.projection';
import { PVM_TAXONOMY, pvmTaxonomyProjection } from './taxonomy.projection';

let position = 0;
const event = (type: string, data: Record<string, unknown>, revision: number): RecordedEvent => {
  position += 1;
  return {
    type, data, revision, position, stream: 'org1/x/y', tenant: 'org1', recorded_at: '2026-01-01T00:00:00.000Z',
    metadata: { event_id: `evt_${position}`, actor: 'user:u1', occurred_at: `2026-01-01T00:00:0${position % 10}.000Z`, schema_version: 1 },
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

describe('pvm catalog projections', () => {
  it('pvm_vendors: the contract fields, revision and timestamps from the events', async () => {
    const ctx = await run(pvmSuppliersProjection, [
      event('pvm.vendor-created', { vendor_id: 'ven_1', org_guid: 'org1', code: 'VEND1', caption: 'Vendor One', status: 'draft' }, 0),
      event('pvm.vendor-status-changed', { vendor_id: 'ven_1', from: 'draft', to: 'verified' }, 1),
    ]);
    const doc = await ctx.get<Doc>(PVM_VENDORS, 'ven_1');
    expect(doc).toMatchObject({ _id: 'ven_1', vendor_id: 'ven_1', org_guid: 'org1', code: 'VEND1', caption: 'Vendor One', status: 'verified', revision: 1 });
    expect(doc?.updated_at).not.toBe(doc?.created_at);
  });

  it('pvm_taxonomy: kind and <kind>_id, parent changes applied', async () => {
    const ctx = await run(pvmTaxonomyProjection, [
      event('pvm.category-created', { category_id: 'cat_1', kind: 'category', org_guid: 'org1', code: 'TOPS', caption: 'Tops', parent_id: 'dep_1' }, 0),
      event('pvm.category-updated', { category_id: 'cat_1', changes: { parent_id: null } }, 1),
    ]);
    expect(await ctx.get<Doc>(PVM_TAXONOMY, 'cat_1')).toMatchObject({ kind: 'category', category_id: 'cat_1', parent_id: null, status: 'active', revision: 1 });
  });

  it('pvm_ogms: each revision listed once, current groups follow the latest', async () => {
    const groups1 = [{ group_code: 'COLOR', priority: 1 }];
    const groups2 = [{ group_code: 'COLOR', priority: 1 }, { group_code: 'SIZE', priority: 2 }];
    const revised = event('pvm.ogm-revised', { ogm_id: 'ogm_1', ogm_rev: 2, groups: groups2 }, 1);
    const ctx = await run(pvmOgmsProjection, [
      event('pvm.ogm-created', { ogm_id: 'ogm_1', org_guid: 'org1', code: 'APPAREL', caption: 'APPAREL', ogm_rev: 1, groups: groups1, cloned_from: null }, 0),
      revised,
      revised,
    ]);
    expect(await ctx.get<Doc>(PVM_OGMS, 'ogm_1')).toMatchObject({
      ogm_rev: 2, groups: groups2, revisions: [{ ogm_rev: 1, groups: groups1 }, { ogm_rev: 2, groups: groups2 }], status: 'active', revision: 1,
    });
  });
});
