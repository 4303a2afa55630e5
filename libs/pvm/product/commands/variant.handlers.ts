import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { Doc } from '@g3n/docstore';
import { RevisionConflictError } from '@g3n/es';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { PvmVariantCreateRequest, PvmVariantStatusRequest, PvmVariantUpdateRequest } from '../api/dto/variant.dto';
import { identifierDecider } from '../identifier/identifier.decide';
import { identifierStream, variantStream } from '../shared/streams';
import { combinationKey, normaliseSelections } from '../variant/selections';
import { assertVariantCreatable, variantDecider } from '../variant/variant.decide';
import { ProductWrites, why } from './product-writes';

/** The combination claim is per style: two styles may both have a RED variant. */
export const combinationClaimKey = (styleId: string, key: string) => `${styleId}:${key}`;

export class CreateVariantCommand {
  constructor(readonly ctx: RequestContext, readonly request: PvmVariantCreateRequest) {}
}

@CommandHandler(CreateVariantCommand)
export class CreateVariantHandler implements ICommandHandler<CreateVariantCommand, string> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes, private readonly products: ProductWrites) {}

  async execute({ ctx, request: r }: CreateVariantCommand): Promise<string> {
    const org_guid = ctx.org_guid;
    const variant_id = this.runtime.ids.next('var');
    const selections = normaliseSelections(r.selections);
    const style = await this.products.style(org_guid, r.style_id);
    const facts = style ? await this.products.selectionFacts(org_guid, style, selections) : { ogm_groups: [], options: {} };
    const command = { kind: 'create' as const, variant_id, org_guid, style_id: r.style_id, selections, caption: r.caption ?? null, style: style && { status: style.status }, facts };
    assertVariantCreatable(command); // Before claiming, so a refused create leaves the combination free.
    await this.products.claim(ctx, 'combination', combinationClaimKey(r.style_id, combinationKey(selections)), variant_id);
    await this.writes.execute(ctx, { stream: variantStream(org_guid, variant_id), decider: variantDecider, command, ...why(r) });
    return variant_id;
  }
}

export class UpdateVariantCommand {
  constructor(readonly ctx: RequestContext, readonly request: PvmVariantUpdateRequest) {}
}

/** A new SKU is attached as a `sku` identifier first (uniqueness), then set on the variant. */
@CommandHandler(UpdateVariantCommand)
export class UpdateVariantHandler implements ICommandHandler<UpdateVariantCommand, void> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes, private readonly products: ProductWrites) {}

  async execute({ ctx, request: r }: UpdateVariantCommand): Promise<void> {
    const stream = variantStream(ctx.org_guid, r.variant_id);
    const variant = await this.products.requireVariant(ctx.org_guid, r.variant_id, r.style_id);
    const { revision } = await this.runtime.commands.load(stream, variantDecider);
    // A stale write must not leave the SKU claimed behind it.
    if (revision !== r.expected_revision) throw new RevisionConflictError(stream, r.expected_revision, revision);
    if (r.sku !== undefined && r.sku !== variant.sku) await this.products.attachIdentifier(ctx, variant, 'sku', r.sku, r);
    await this.writes.execute(ctx, { stream, decider: variantDecider, command: { kind: 'update', changes: { sku: r.sku, caption: r.caption } }, expectedRevision: r.expected_revision, ...why(r) });
  }
}

export class SetVariantStatusCommand {
  constructor(readonly ctx: RequestContext, readonly request: PvmVariantStatusRequest) {}
}

/** Activation needs an active style; dooming frees the combination, the barcodes and the identifiers. */
@CommandHandler(SetVariantStatusCommand)
export class SetVariantStatusHandler implements ICommandHandler<SetVariantStatusCommand, void> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes, private readonly products: ProductWrites) {}

  async execute({ ctx, request: r }: SetVariantStatusCommand): Promise<void> {
    const org = ctx.org_guid;
    const before = await this.products.requireVariant(org, r.variant_id, r.style_id);
    const style = await this.products.style(org, before.style_id);
    const result = await this.writes.execute(ctx, {
      stream: variantStream(org, r.variant_id), decider: variantDecider,
      command: { kind: 'set-status', status: r.status, style: style && { status: style.status } }, expectedRevision: r.expected_revision, ...why(r),
    });
    if (result.state.status !== 'doomed' || result.events.length === 0) return;
    await this.products.release(ctx, 'combination', combinationClaimKey(before.style_id, before.combination_key), r.variant_id);
    for (const b of before.barcodes) await this.products.release(ctx, 'barcode', b.key, r.variant_id);
    const held = await this.runtime.readModels.collection<Doc>('pvm_identifiers').find({ org_guid: org, variant_id: r.variant_id }, { limit: 1000 });
    for (const id of held.items) {
      await this.writes.execute(ctx, { stream: identifierStream(org, String(id.identifier_key)), decider: identifierDecider, command: { kind: 'release', variant_id: r.variant_id } });
    }
  }
}
