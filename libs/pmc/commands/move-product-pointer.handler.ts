import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import { ProductCommand, productDecider } from '../product/product.decide';
import { productStream } from '../shared/pmc-ids';
import { loadPinned, why } from './pmc-writes';

type PointerMove = Exclude<ProductCommand, { kind: 'publish' }>;

/** /product/online/set|clear and /product/pointer/set|clear: one pinned move of a product's online pointer. */
export class MoveProductPointerCommand {
  constructor(
    readonly ctx: RequestContext,
    readonly request: { product_id: string; expected_revision: number; reason?: string; source_refs?: Array<{ kind: string; id: string }> },
    readonly move: PointerMove,
  ) {}
}

@CommandHandler(MoveProductPointerCommand)
export class MoveProductPointerHandler implements ICommandHandler<MoveProductPointerCommand, void> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, request: r, move }: MoveProductPointerCommand): Promise<void> {
    const stream = productStream(ctx.org_guid, r.product_id);
    await loadPinned(this.runtime, stream, productDecider, 'product-not-found');
    await this.writes.execute(ctx, { stream, decider: productDecider, command: move, expectedRevision: r.expected_revision, ...why(r) });
  }
}
