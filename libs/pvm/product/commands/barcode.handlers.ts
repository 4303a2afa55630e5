import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { Doc } from '@g3n/docstore';
import { invalidState, notFound } from '@g3n/es';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { PvmBarcodeAddRequest, PvmBarcodeSetPrimaryRequest, PvmBarcodeStatusRequest } from '../api/dto/barcode.dto';
import { barcodeKey } from '../shared/barcodes';
import { variantStream } from '../shared/streams';
import { variantDecider } from '../variant/variant.decide';
import { ProductWrites, why } from './product-writes';

export class AddBarcodeCommand {
  constructor(readonly ctx: RequestContext, readonly request: PvmBarcodeAddRequest) {}
}

/** Validates the check digit, claims the barcode for the variant, then records it on the variant. */
@CommandHandler(AddBarcodeCommand)
export class AddBarcodeHandler implements ICommandHandler<AddBarcodeCommand, string> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes, private readonly products: ProductWrites) {}

  async execute({ ctx, request: r }: AddBarcodeCommand): Promise<string> {
    const scheme = r.scheme ?? 'gtin';
    const key = barcodeKey(r.value, scheme);
    const variant = await this.products.requireVariant(ctx.org_guid, r.variant_id, r.style_id);
    if (variant.status === 'doomed') throw invalidState('variant-doomed', 'A doomed variant takes no barcodes.');
    await this.products.claim(ctx, 'barcode', key, variant.variant_id);
    const barcode_id = this.runtime.ids.next('bar');
    const result = await this.writes.execute(ctx, {
      stream: variantStream(ctx.org_guid, variant.variant_id), decider: variantDecider,
      command: { kind: 'add-barcode', barcode_id, value: r.value.trim(), scheme, packaging_level: r.packaging_level ?? 'each', key, primary: r.primary },
      ...why(r),
    });
    // A retried add answers with the barcode the variant already has.
    return result.state.barcodes.find((b) => b.key === key && b.status !== 'doomed')?.barcode_id ?? barcode_id;
  }
}

/** Barcodes live on their variant's stream: find the variant from the barcode record. */
async function variantOfBarcode(runtime: Runtime, org: string, barcodeId: string): Promise<string> {
  const doc = await runtime.readModels.collection<Doc>('pvm_barcodes').get(barcodeId);
  if (!doc || doc.org_guid !== org) throw notFound('barcode-not-found', 'No such barcode.');
  return String(doc.variant_id);
}

export class SetPrimaryBarcodeCommand {
  constructor(readonly ctx: RequestContext, readonly request: PvmBarcodeSetPrimaryRequest) {}
}

@CommandHandler(SetPrimaryBarcodeCommand)
export class SetPrimaryBarcodeHandler implements ICommandHandler<SetPrimaryBarcodeCommand, void> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, request: r }: SetPrimaryBarcodeCommand): Promise<void> {
    const variantId = await variantOfBarcode(this.runtime, ctx.org_guid, r.barcode_id);
    await this.writes.execute(ctx, {
      stream: variantStream(ctx.org_guid, variantId), decider: variantDecider,
      command: { kind: 'set-primary-barcode', barcode_id: r.barcode_id }, expectedRevision: r.expected_revision, ...why(r),
    });
  }
}

export class SetBarcodeStatusCommand {
  constructor(readonly ctx: RequestContext, readonly request: PvmBarcodeStatusRequest) {}
}

/** Dooming a barcode frees its value for any variant of the org. */
@CommandHandler(SetBarcodeStatusCommand)
export class SetBarcodeStatusHandler implements ICommandHandler<SetBarcodeStatusCommand, void> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes, private readonly products: ProductWrites) {}

  async execute({ ctx, request: r }: SetBarcodeStatusCommand): Promise<void> {
    const variantId = await variantOfBarcode(this.runtime, ctx.org_guid, r.barcode_id);
    const result = await this.writes.execute(ctx, {
      stream: variantStream(ctx.org_guid, variantId), decider: variantDecider,
      command: { kind: 'set-barcode-status', barcode_id: r.barcode_id, status: r.status }, expectedRevision: r.expected_revision, ...why(r),
    });
    const barcode = result.state.barcodes.find((b) => b.barcode_id === r.barcode_id);
    if (barcode?.status === 'doomed') await this.products.release(ctx, 'barcode', barcode.key, variantId);
  }
}
