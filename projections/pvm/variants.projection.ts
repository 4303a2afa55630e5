import type { Doc } from '@g3n/docstore';
import type { ProjectionContext, ProjectionDefinition } from '@g3n/es';
import type { RecordedEvent } from '@g3n/eventlog';
import { createdFields, dataOf, identifierDocId, PVM_BARCODES, PVM_IDENTIFIERS, PVM_VARIANTS } from './product-docs';

/** The contract other services read (a variant is sellable when status is active). */
export interface VariantDoc extends Doc {
  variant_id: string;
  org_guid: string;
  style_id: string;
  sku: string | null;
  caption: string | null;
  status: string;
  selections: Array<{ group_code: string; option_code: string }>;
  combination_key: string;
  /** Identifiers the variant holds now. */
  identifiers: Array<{ type: string; value: string }>;
  /** Active barcodes only; `barcode_id` names the full record in pvm_barcodes. */
  barcodes: Array<{ barcode_id: string; value: string; scheme: string; primary: boolean }>;
  revision: number;
  created_at: string;
  updated_at: string;
}

export interface BarcodeDoc extends Doc {
  barcode_id: string;
  org_guid: string;
  variant_id: string;
  style_id: string;
  value: string;
  scheme: string;
  packaging_level: string;
  key: string;
  primary: boolean;
  status: string;
  created_at: string;
  updated_at: string;
}

export interface IdentifierDoc extends Doc {
  org_guid: string;
  identifier_key: string;
  type: string;
  value: string;
  /** null once released (its variant was doomed). */
  variant_id: string | null;
  style_id: string | null;
  status: 'active' | 'released';
  revision: number;
  created_at: string;
  updated_at: string;
}

/** A variant stream event: new revision and updated_at. Identifier events touch only updated_at (their own stream). */
const onVariant = (e: RecordedEvent, ctx: ProjectionContext, change: (doc: VariantDoc) => Partial<VariantDoc>) =>
  ctx.update<VariantDoc>(PVM_VARIANTS, dataOf(e).variant_id, (doc) => (doc ? { ...doc, ...change(doc), revision: e.revision, updated_at: e.metadata.occurred_at } : undefined));

const onIdentifierHolder = (e: RecordedEvent, ctx: ProjectionContext, variantId: string, change: (ids: VariantDoc['identifiers']) => VariantDoc['identifiers']) =>
  ctx.update<VariantDoc>(PVM_VARIANTS, variantId, (doc) => (doc ? { ...doc, identifiers: change(doc.identifiers), updated_at: e.metadata.occurred_at } : undefined));

const without = (type: string, value: string) => (ids: VariantDoc['identifiers']) => ids.filter((i) => !(i.type === type && i.value === value));
const withId = (type: string, value: string) => (ids: VariantDoc['identifiers']) => [...without(type, value)(ids), { type, value }];

const touchBarcode = (e: RecordedEvent, ctx: ProjectionContext, id: string, change: Partial<BarcodeDoc>) =>
  ctx.update<BarcodeDoc>(PVM_BARCODES, id, (doc) => (doc ? { ...doc, ...change, updated_at: e.metadata.occurred_at } : undefined));

/** Rebuilds the variant's list of active barcodes from the barcode documents it names. */
async function listedBarcodes(ctx: ProjectionContext, doc: VariantDoc, extra: string[] = []): Promise<VariantDoc['barcodes']> {
  const ids = [...new Set([...doc.barcodes.map((b) => b.barcode_id), ...extra])];
  const out: VariantDoc['barcodes'] = [];
  for (const id of ids) {
    const b = await ctx.get<BarcodeDoc>(PVM_BARCODES, id);
    if (b && b.status === 'active') out.push({ barcode_id: b.barcode_id, value: b.value, scheme: b.scheme, primary: b.primary });
  }
  return out;
}

async function refreshBarcodes(e: RecordedEvent, ctx: ProjectionContext, extra: string[] = []): Promise<void> {
  const doc = await ctx.get<VariantDoc>(PVM_VARIANTS, dataOf(e).variant_id);
  if (!doc) return;
  const barcodes = await listedBarcodes(ctx, doc, extra);
  await onVariant(e, ctx, () => ({ barcodes }));
}

/** Variants with their identifiers and barcodes, plus the barcode and identifier records resolvers look up. */
export const pvmVariantsProjection: ProjectionDefinition = {
  name: 'pvm.variants',
  version: 1,
  collections: [
    { name: PVM_VARIANTS, indexes: [{ fields: ['org_guid', 'style_id', 'created_at'] }, { fields: ['org_guid', 'status', 'created_at'] }, { fields: ['org_guid', 'sku'] }] },
    { name: PVM_BARCODES, indexes: [{ fields: ['org_guid', 'key', 'status'] }, { fields: ['org_guid', 'variant_id', 'created_at'] }] },
    { name: PVM_IDENTIFIERS, indexes: [{ fields: ['org_guid', 'variant_id', 'type'] }, { fields: ['org_guid', 'type', 'value'] }] },
  ],
  handlers: {
    'pvm.variant-created': (e, ctx) => {
      const { variant_id, org_guid, style_id, selections, combination_key, caption } = dataOf(e);
      ctx.put<VariantDoc>(PVM_VARIANTS, {
        _id: variant_id, variant_id, org_guid, style_id, sku: null, caption, status: 'draft', selections, combination_key, identifiers: [], barcodes: [], ...createdFields(e),
      });
    },
    'pvm.variant-updated': (e, ctx) => onVariant(e, ctx, () => dataOf(e).changes),
    'pvm.variant-status-changed': (e, ctx) => onVariant(e, ctx, () => ({ status: dataOf(e).to })),
    'pvm.barcode-added': async (e, ctx) => {
      const d = dataOf(e);
      ctx.put<BarcodeDoc>(PVM_BARCODES, {
        _id: d.barcode_id, barcode_id: d.barcode_id, org_guid: d.org_guid, variant_id: d.variant_id, style_id: d.style_id, value: d.value, scheme: d.scheme,
        packaging_level: d.packaging_level, key: d.key, primary: d.primary, status: 'active', created_at: e.metadata.occurred_at, updated_at: e.metadata.occurred_at,
      });
      if (d.previous_primary_id) await touchBarcode(e, ctx, d.previous_primary_id, { primary: false });
      await refreshBarcodes(e, ctx, [d.barcode_id]);
    },
    'pvm.barcode-primary-set': async (e, ctx) => {
      const d = dataOf(e);
      if (d.previous_primary_id) await touchBarcode(e, ctx, d.previous_primary_id, { primary: false });
      await touchBarcode(e, ctx, d.barcode_id, { primary: true });
      await refreshBarcodes(e, ctx, [d.barcode_id]);
    },
    'pvm.barcode-status-changed': async (e, ctx) => {
      const d = dataOf(e);
      await touchBarcode(e, ctx, d.barcode_id, { status: d.to, ...(d.primary_cleared ? { primary: false } : {}) });
      await refreshBarcodes(e, ctx, [d.barcode_id]);
    },
    'pvm.identifier-added': async (e, ctx) => {
      const d = dataOf(e);
      if (d.previous_variant_id) await onIdentifierHolder(e, ctx, d.previous_variant_id, without(d.type, d.value));
      const id = identifierDocId(d.org_guid, d.identifier_key);
      const existing = await ctx.get<IdentifierDoc>(PVM_IDENTIFIERS, id);
      ctx.put<IdentifierDoc>(PVM_IDENTIFIERS, {
        _id: id, org_guid: d.org_guid, identifier_key: d.identifier_key, type: d.type, value: d.value, variant_id: d.variant_id, style_id: d.style_id, status: 'active',
        revision: e.revision, created_at: existing?.created_at ?? e.metadata.occurred_at, updated_at: e.metadata.occurred_at,
      });
      await onIdentifierHolder(e, ctx, d.variant_id, withId(d.type, d.value));
    },
    'pvm.identifier-transferred': async (e, ctx) => {
      const d = dataOf(e);
      await ctx.update<IdentifierDoc>(PVM_IDENTIFIERS, identifierDocId(e.tenant, d.identifier_key), (doc) =>
        doc ? { ...doc, variant_id: d.to_variant_id, style_id: d.to_style_id, revision: e.revision, updated_at: e.metadata.occurred_at } : undefined);
      await onIdentifierHolder(e, ctx, d.from_variant_id, without(d.type, d.value));
      await onIdentifierHolder(e, ctx, d.to_variant_id, withId(d.type, d.value));
    },
    'pvm.identifier-released': async (e, ctx) => {
      const d = dataOf(e);
      await ctx.update<IdentifierDoc>(PVM_IDENTIFIERS, identifierDocId(e.tenant, d.identifier_key), (doc) =>
        doc ? { ...doc, variant_id: null, style_id: null, status: 'released', revision: e.revision, updated_at: e.metadata.occurred_at } : undefined);
      await onIdentifierHolder(e, ctx, d.variant_id, without(d.type, d.value));
    },
  },
};
