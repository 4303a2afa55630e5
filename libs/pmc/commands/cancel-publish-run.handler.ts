import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { PublishRunCancelRequest } from '../api/dto/publish-run.dto';
import { publishRunDecider } from '../run/publish-run.decide';
import { publishRunStream } from '../shared/pmc-ids';
import { loadPinned, why } from './pmc-writes';

export class CancelPublishRunCommand {
  constructor(readonly ctx: RequestContext, readonly request: PublishRunCancelRequest) {}
}

@CommandHandler(CancelPublishRunCommand)
export class CancelPublishRunHandler implements ICommandHandler<CancelPublishRunCommand, void> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, request: r }: CancelPublishRunCommand): Promise<void> {
    const stream = publishRunStream(ctx.org_guid, r.run_id);
    await loadPinned(this.runtime, stream, publishRunDecider, 'publish-run-not-found');
    await this.writes.execute(ctx, { stream, decider: publishRunDecider, command: { kind: 'cancel' }, expectedRevision: r.expected_revision, ...why(r) });
  }
}
