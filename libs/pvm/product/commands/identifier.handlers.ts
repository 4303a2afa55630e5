import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, Writes } from '@g3n/platform';
import type { PvmIdentifierAddRequest, PvmIdentifierTransferRequest } from '../api/dto/identifier.dto';
import { identifierDecider } from '../identifier/identifier.decide';
import type { IdentifierType } from '../identifier/identifier.events';
import { identifierKey, identifierStream } from '../shared/streams';
import { ProductWrites, why } from './product-writes';

export class AddIdentifierCommand {
  constructor(readonly ctx: RequestContext, readonly request: PvmIdentifierAddRequest) {}
}

@CommandHandler(AddIdentifierCommand)
export class AddIdentifierHandler implements ICommandHandler<AddIdentifierCommand, string> {
  constructor(private readonly products: ProductWrites) {}

  async execute({ ctx, request: r }: AddIdentifierCommand): Promise<string> {
    const variant = await this.products.requireVariant(ctx.org_guid, r.variant_id, r.style_id);
    return this.products.attachIdentifier(ctx, variant, r.type as IdentifierType, r.value, r);
  }
}

export class TransferIdentifierCommand {
  constructor(readonly ctx: RequestContext, readonly request: PvmIdentifierTransferRequest) {}
}

/** Moves an identifier to another live variant; the holder's current SKU stays put (change it first). */
@CommandHandler(TransferIdentifierCommand)
export class TransferIdentifierHandler implements ICommandHandler<TransferIdentifierCommand, string> {
  constructor(private readonly writes: Writes, private readonly products: ProductWrites) {}

  async execute({ ctx, request: r }: TransferIdentifierCommand): Promise<string> {
    const org = ctx.org_guid;
    const key = identifierKey(r.type, r.value);
    const stream = identifierStream(org, key);
    const current = await this.products.assertExists(stream, identifierDecider, 'identifier-not-found');
    const [holder, target] = await Promise.all([
      current.variant_id ? this.products.variant(org, current.variant_id) : null,
      this.products.variant(org, r.to_variant_id),
    ]);
    await this.writes.execute(ctx, {
      stream,
      decider: identifierDecider,
      command: { kind: 'transfer', to_variant_id: r.to_variant_id, to_style_id: target?.style_id ?? '', target: target && { status: target.status }, holder_sku: holder?.sku ?? null },
      expectedRevision: r.expected_revision,
      ...why(r),
    });
    return key;
  }
}
