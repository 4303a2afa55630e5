import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Doc } from '@g3n/docstore';
import { notFound } from '@g3n/es';
import { Runtime, RUNTIME, toRecord } from '@g3n/platform';
import { PVM_BARCODES, PVM_IDENTIFIERS, PVM_STYLES, PVM_VARIANTS, identifierDocId } from '../../../../projections/pvm/product-docs';
import { lookupKey } from '../shared/barcodes';
import { normaliseStyleCode } from '../shared/codes';
import { identifierKey } from '../shared/streams';

export type ResolveBy = { kind: 'barcode'; value: string } | { kind: 'code'; value: string } | { kind: 'identifier'; type: string; value: string };

export interface Resolution {
  resolved: { kind: 'style' | 'variant'; matched_by: string; style_id: string; variant_id: string | null };
  style: Record<string, unknown> | null;
  variant: Record<string, unknown> | null;
  identifier?: Record<string, unknown>;
  barcode?: Record<string, unknown>;
}

/** Finds the style or live variant a scanned barcode, code, SKU, alias or other identifier names (404 otherwise). */
export class ResolveProductQuery {
  constructor(readonly orgGuid: string, readonly by: ResolveBy) {}
}

@QueryHandler(ResolveProductQuery)
export class ResolveProductHandler implements IQueryHandler<ResolveProductQuery, Resolution> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute({ orgGuid: org, by }: ResolveProductQuery): Promise<Resolution> {
    if (by.kind === 'barcode') return this.byBarcode(org, by.value);
    if (by.kind === 'identifier') return this.byIdentifier(org, by.type, by.value, by.type);
    // A code is a style code first, else a SKU: both are what people type at a till or in a search box.
    const styles = await this.runtime.readModels.collection<Doc>(PVM_STYLES).find({ org_guid: org, code: normaliseStyleCode(by.value), status: { $ne: 'doomed' } }, { limit: 1 });
    const style = styles.items[0];
    if (style) return { resolved: { kind: 'style', matched_by: 'style-code', style_id: String(style.style_id), variant_id: null }, style: toRecord(style), variant: null };
    return this.byIdentifier(org, 'sku', by.value, 'sku');
  }

  private async byIdentifier(org: string, type: string, value: string, matchedBy: string): Promise<Resolution> {
    const doc = await this.runtime.readModels.collection<Doc>(PVM_IDENTIFIERS).get(identifierDocId(org, identifierKey(type, value)));
    if (!doc || doc.org_guid !== org || doc.status !== 'active' || !doc.variant_id) throw notFound('identifier-not-found', 'Nothing in this org carries that identifier.');
    return { ...(await this.variantAndStyle(org, String(doc.variant_id), matchedBy)), identifier: toRecord(doc) };
  }

  private async byBarcode(org: string, value: string): Promise<Resolution> {
    const page = await this.runtime.readModels.collection<Doc>(PVM_BARCODES).find({ org_guid: org, key: lookupKey(value), status: 'active' }, { limit: 1 });
    const barcode = page.items[0];
    if (!barcode) throw notFound('barcode-not-found', 'No active barcode in this org has that value.');
    const found = await this.variantAndStyle(org, String(barcode.variant_id), 'barcode');
    return { ...found, barcode: { ...toRecord(barcode), revision: found.variant?.revision } };
  }

  private async variantAndStyle(org: string, variantId: string, matchedBy: string): Promise<Resolution> {
    const variant = await this.runtime.readModels.collection<Doc>(PVM_VARIANTS).get(variantId);
    if (!variant || variant.org_guid !== org || variant.status === 'doomed') throw notFound('variant-not-found', 'The matching variant is gone.');
    const style = await this.runtime.readModels.collection<Doc>(PVM_STYLES).get(String(variant.style_id));
    return {
      resolved: { kind: 'variant', matched_by: matchedBy, style_id: String(variant.style_id), variant_id: variantId },
      style: style ? toRecord(style) : null,
      variant: toRecord(variant),
    };
  }
}

/** A barcode with the revision of its variant (barcodes live on the variant's stream). */
export class GetBarcodeQuery {
  constructor(readonly orgGuid: string, readonly barcodeId: string) {}
}

@QueryHandler(GetBarcodeQuery)
export class GetBarcodeHandler implements IQueryHandler<GetBarcodeQuery, Record<string, unknown>> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(q: GetBarcodeQuery): Promise<Record<string, unknown>> {
    const doc = await this.runtime.readModels.collection<Doc>(PVM_BARCODES).get(q.barcodeId);
    if (!doc || doc.org_guid !== q.orgGuid) throw notFound('barcode-not-found', 'No such barcode.');
    const variant = await this.runtime.readModels.collection<Doc>(PVM_VARIANTS).get(String(doc.variant_id));
    return { ...toRecord(doc), revision: variant?.revision ?? 0 };
  }
}

/** Health of PVM products, with record counts (answers only when the read side is reachable). */
export class PvmStatusQuery {}

@QueryHandler(PvmStatusQuery)
export class PvmStatusHandler implements IQueryHandler<PvmStatusQuery, Record<string, unknown>> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(): Promise<Record<string, unknown>> {
    const [styles, variants] = await Promise.all([this.runtime.readModels.collection(PVM_STYLES).count(), this.runtime.readModels.collection(PVM_VARIANTS).count()]);
    return { service: 'pvm', status: 'ok', styles, variants };
  }
}
