import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { PublishRunStepRequest } from '../api/dto/publish-run.dto';
import { productDecider } from '../product/product.decide';
import { nextBatch, publishRunDecider } from '../run/publish-run.decide';
import type { PublishedItem } from '../run/publish-run.events';
import { productStream, publishRunStream } from '../shared/pmc-ids';
import { loadPinned, why } from './pmc-writes';

export class StepPublishRunCommand {
  constructor(readonly ctx: RequestContext, readonly request: PublishRunStepRequest) {}
}

export const DEFAULT_STEP_LIMIT = 50;

/**
 * Publishes the run's next pending variants: a product revision each (products first, unpinned and idempotent
 * per run), then records them on the run with the client's expected_revision. Two clients stepping the same
 * revision both publish the same batch (the second publication is a no-op) and one of them gets the 409.
 */
@CommandHandler(StepPublishRunCommand)
export class StepPublishRunHandler implements ICommandHandler<StepPublishRunCommand, void> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, request: r }: StepPublishRunCommand): Promise<void> {
    const stream = publishRunStream(ctx.org_guid, r.run_id);
    const run = await loadPinned(this.runtime, stream, publishRunDecider, 'publish-run-not-found', r.expected_revision);
    const published: PublishedItem[] = [];
    let position = 0;
    for (const item of nextBatch(run, r.limit ?? DEFAULT_STEP_LIMIT)) {
      const result = await this.runtime.commands.execute({
        stream: productStream(ctx.org_guid, item.product_id),
        decider: productDecider,
        command: {
          kind: 'publish', product_id: item.product_id, org_guid: ctx.org_guid, channel_code: run.channel_code, channel_guid: run.channel_guid,
          variant_id: item.variant_id, style_id: item.style_id, run_id: run.run_id, snapshot: item.snapshot, set_online: run.set_online,
        },
        context: ctx.commandContext(r.reason, why(r).sourceRefs),
      });
      position = Math.max(position, result.position);
      published.push({ variant_id: item.variant_id, product_id: item.product_id, product_rev: result.state.published_by_run[run.run_id] });
    }
    await this.writes.settle(ctx, position, ['pmc.product-revision-published', 'pmc.product-online-set']);
    await this.writes.execute(ctx, { stream, decider: publishRunDecider, command: { kind: 'step', published }, expectedRevision: r.expected_revision, ...why(r) });
  }
}
