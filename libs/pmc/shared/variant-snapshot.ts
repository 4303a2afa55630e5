/**
 * What a publish run freezes of a PVM variant at start: the content of the product revision it publishes.
 * Taken from PVM's read models (`pvm_variants`, `pvm_styles`), so later catalog edits never change a published
 * revision; publishing them takes a new run.
 */
export type VariantSnapshot = {
  variant_id: string;
  style_id: string;
  sku: string | null;
  status: string;
  selections: Array<{ group_code: string; option_code: string }>;
  identifiers: Array<{ type: string; value: string }>;
  barcodes: Array<{ value: string; scheme: string; primary: boolean }>;
  /** The PVM variant's revision the snapshot was taken at. */
  variant_revision: number;
  style: { style_id: string; code: string | null; caption: string | null; category_id: string | null; brand_id: string | null } | null;
};

const str = { type: 'string' };
const nullableStr = { type: ['string', 'null'] };

export const variantSnapshotSchema = {
  type: 'object',
  required: ['variant_id', 'style_id', 'sku', 'status', 'selections', 'identifiers', 'barcodes', 'variant_revision', 'style'],
  properties: {
    variant_id: str, style_id: str, sku: nullableStr, status: str,
    selections: { type: 'array', items: { type: 'object', properties: { group_code: str, option_code: str } } },
    identifiers: { type: 'array', items: { type: 'object', properties: { type: str, value: str } } },
    barcodes: { type: 'array', items: { type: 'object', properties: { value: str, scheme: str, primary: { type: 'boolean' } } } },
    variant_revision: { type: 'integer' },
    style: {
      type: ['object', 'null'],
      properties: { style_id: str, code: nullableStr, caption: nullableStr, category_id: nullableStr, brand_id: nullableStr },
    },
  },
};
