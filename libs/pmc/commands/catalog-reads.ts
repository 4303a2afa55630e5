import { Inject, Injectable } from '@nestjs/common';
import type { Doc, Filter } from '@g3n/docstore';
import { notFound, validationError } from '@g3n/es';
import { RUNTIME, Runtime } from '@g3n/platform';
import type { RunSelector } from '../run/publish-run.events';
import type { VariantSnapshot } from '../shared/variant-snapshot';

/** Read models PMC reads of other services (the shared commerce contract); nothing else of theirs. */
const PVM_VARIANTS = 'pvm_variants';
const PVM_STYLES = 'pvm_styles';
const OFM_SALES_CHANNELS = 'ofm_sales_channels';

/** A run snapshots at most this many variants: the snapshot travels in one event. Narrow the selector beyond it. */
export const MAX_RUN_VARIANTS = 1000;
const PAGE = 200;

/**
 * What PMC needs from OFM and PVM, read from their published read models: the channel behind a channel_code,
 * and the variants a run selector covers, as snapshots.
 */
@Injectable()
export class CatalogReads {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async channel(org: string, channelCode: string): Promise<{ channel_guid: string; status: string } | null> {
    const page = await this.runtime.readModels.collection(OFM_SALES_CHANNELS).find({ org_guid: org, channel_code: channelCode }, { limit: 1 });
    const doc = page.items[0];
    return doc ? { channel_guid: String(doc.channel_guid ?? doc._id), status: String(doc.status) } : null;
  }

  /** Every variant the selector covers (any status; eligibility is decided later), in a stable order. */
  async variantsOf(org: string, selector: RunSelector): Promise<VariantSnapshot[]> {
    const variants = this.runtime.readModels.collection(PVM_VARIANTS);
    const styles = this.runtime.readModels.collection(PVM_STYLES);
    let variantDocs: Doc[];
    if (selector.variant_id) {
      const doc = await variants.get(selector.variant_id);
      if (!doc || doc.org_guid !== org) throw notFound('variant-not-found', 'No such variant in this org.');
      variantDocs = [doc];
    } else if (selector.style_id) {
      const style = await styles.get(selector.style_id);
      if (!style || style.org_guid !== org) throw notFound('style-not-found', 'No such style in this org.');
      variantDocs = await this.all(PVM_VARIANTS, { org_guid: org, style_id: selector.style_id });
    } else if (selector.category_id || selector.brand_id) {
      const filter: Filter = selector.category_id ? { org_guid: org, category_id: selector.category_id } : { org_guid: org, brand_id: selector.brand_id! };
      const styleIds = (await this.all(PVM_STYLES, filter)).map((s) => s._id);
      variantDocs = [];
      for (let i = 0; i < styleIds.length; i += PAGE) {
        variantDocs.push(...(await this.all(PVM_VARIANTS, { org_guid: org, style_id: { $in: styleIds.slice(i, i + PAGE) } }, MAX_RUN_VARIANTS - variantDocs.length)));
      }
    } else {
      variantDocs = await this.all(PVM_VARIANTS, { org_guid: org });
    }
    const styleDocs = new Map((await styles.getMany([...new Set(variantDocs.map((v) => String(v.style_id)))])).map((s) => [s._id, s]));
    return variantDocs.map((v) => snapshotOf(v, styleDocs.get(String(v.style_id)) ?? null));
  }

  /** Every document of the filter, by _id; refuses a selector that covers more than MAX_RUN_VARIANTS. */
  private async all(collection: string, filter: Filter, room = MAX_RUN_VARIANTS): Promise<Doc[]> {
    const out: Doc[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.runtime.readModels.collection(collection).find(filter, { limit: PAGE, cursor });
      out.push(...page.items);
      cursor = page.next_cursor;
      if (out.length > room) {
        throw validationError('selector-too-broad', `A publish run covers at most ${MAX_RUN_VARIANTS} variants; narrow the selector.`, {
          fields: [{ field: 'selector', reason: `more than ${MAX_RUN_VARIANTS} variants` }],
        });
      }
    } while (cursor);
    return out;
  }
}

const arr = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
const strOrNull = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** The variant as PVM's read model shows it now, with the style fields a channel needs. */
export function snapshotOf(v: Doc, style: Doc | null): VariantSnapshot {
  return {
    variant_id: String(v.variant_id ?? v._id),
    style_id: String(v.style_id),
    sku: strOrNull(v.sku),
    status: String(v.status),
    selections: arr<{ group_code: string; option_code: string }>(v.selections).map(({ group_code, option_code }) => ({ group_code, option_code })),
    identifiers: arr<{ type: string; value: string }>(v.identifiers).map(({ type, value }) => ({ type, value })),
    barcodes: arr<{ value: string; scheme: string; primary?: boolean }>(v.barcodes).map(({ value, scheme, primary }) => ({ value, scheme, primary: primary === true })),
    variant_revision: typeof v.revision === 'number' ? v.revision : 0,
    style: style
      ? { style_id: String(style.style_id ?? style._id), code: strOrNull(style.code), caption: strOrNull(style.caption), category_id: strOrNull(style.category_id), brand_id: strOrNull(style.brand_id) }
      : null,
  };
}
