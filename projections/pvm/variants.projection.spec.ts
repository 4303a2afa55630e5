import type { Doc } from '@g3n/docstore';
import { ProjectionContext, ProjectionDefinition } from '@g3n/es';
import type { RecordedEvent } from '@g3n/eventlog';
import { PVM_BARCODES, PVM_IDENTIFIERS, PVM_VARIANTS } from './product-docs';
import { pvmVariantsProjection } from './variants.projection';

let position = 0;
const event = (type: string, data: Record<string, unknown>, revision: number): RecordedEvent => {
  position += 1;
  return {
    type, data, revision, position, stream: 'org1/pvm.x/y', tenant: 'org1', recorded_at: '2026-01-01T00:00:00.000Z',
    metadata: { event_id: `evt_${position}`, actor: 'user:u1', occurred_at: `2026-01-01T00:00:${String(position).padStart(2, '0')}.000Z`, schema_version: 1 },
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

const created = (variant_id: string) => event('pvm.variant-created', {
  variant_id, org_guid: 'org1', style_id: 'sty_1', selections: [{ group_code: 'COLOR', option_code: 'RED' }], combination_key: 'COLOR=RED', caption: null,
}, 0);
const barcode = (barcode_id: string, primary: boolean, previous_primary_id: string | null, revision: number) => event('pvm.barcode-added', {
  variant_id: 'var_1', style_id: 'sty_1', org_guid: 'org1', barcode_id, value: barcode_id, scheme: 'internal', packaging_level: 'each', key: barcode_id.toUpperCase(), primary, previous_primary_id,
}, revision);
const identifier = (variant_id: string, previous_variant_id: string | null) => event('pvm.identifier-added', {
  identifier_key: 'alias:A', type: 'alias', value: 'a', org_guid: 'org1', variant_id, style_id: 'sty_1', previous_variant_id,
}, 0);

describe('pvm.variants projection', () => {
  it('keeps one primary among active barcodes and the stream revision on the variant', async () => {
    const ctx = await run(pvmVariantsProjection, [
      created('var_1'),
      barcode('b1', true, null, 1),
      barcode('b2', true, 'b1', 2),
      event('pvm.barcode-status-changed', { variant_id: 'var_1', style_id: 'sty_1', barcode_id: 'b2', from: 'active', to: 'inactive', primary_cleared: true }, 3),
    ]);
    const variant = await ctx.get<Doc>(PVM_VARIANTS, 'var_1');
    expect(variant).toMatchObject({ revision: 3, barcodes: [{ barcode_id: 'b1', value: 'b1', scheme: 'internal', primary: false }] });
    expect(await ctx.get<Doc>(PVM_BARCODES, 'b2')).toMatchObject({ status: 'inactive', primary: false });
  });

  it('moves identifiers between variants without touching their revisions', async () => {
    const ctx = await run(pvmVariantsProjection, [
      created('var_1'),
      created('var_2'),
      identifier('var_1', null),
      event('pvm.identifier-transferred', { identifier_key: 'alias:A', type: 'alias', value: 'a', from_variant_id: 'var_1', from_style_id: 'sty_1', to_variant_id: 'var_2', to_style_id: 'sty_1' }, 1),
      event('pvm.identifier-released', { identifier_key: 'alias:A', type: 'alias', value: 'a', variant_id: 'var_2', style_id: 'sty_1' }, 2),
      identifier('var_1', null),
    ]);
    expect(await ctx.get<Doc>(PVM_VARIANTS, 'var_1')).toMatchObject({ revision: 0, identifiers: [{ type: 'alias', value: 'a' }] });
    expect(await ctx.get<Doc>(PVM_VARIANTS, 'var_2')).toMatchObject({ revision: 0, identifiers: [] });
    expect(await ctx.get<Doc>(PVM_IDENTIFIERS, 'org1|alias:A')).toMatchObject({ variant_id: 'var_1', status: 'active', revision: 0, created_at: '2026-01-01T00:00:' + String(position - 3).padStart(2, '0') + '.000Z' });
  });

  it('takes an identifier over from a gone holder', async () => {
    const ctx = await run(pvmVariantsProjection, [created('var_1'), created('var_2'), identifier('var_1', null), identifier('var_2', 'var_1')]);
    expect((await ctx.get<Doc>(PVM_VARIANTS, 'var_1'))?.identifiers).toEqual([]);
    expect((await ctx.get<Doc>(PVM_VARIANTS, 'var_2'))?.identifiers).toEqual([{ type: 'alias', value: 'a' }]);
  });
});
