import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, Writes } from '@g3n/platform';
import type { PoTransitionRequest } from '../api/dto/po.dto';
import { poDecider } from '../po/po.decide';
import { PcmReads } from '../shared/pcm-reads';
import { poStream, why } from '../shared/streams';

/** Status changes of a PO that take nothing but the pinned revision: approve, issue (cancel and close slot in here). */
export class TransitionPoCommand {
  constructor(readonly ctx: RequestContext, readonly kind: 'approve' | 'issue' | 'cancel' | 'close', readonly request: PoTransitionRequest) {}
}

@CommandHandler(TransitionPoCommand)
export class TransitionPoHandler implements ICommandHandler<TransitionPoCommand, void> {
  constructor(private readonly writes: Writes, private readonly reads: PcmReads) {}

  async execute({ ctx, kind, request: r }: TransitionPoCommand): Promise<void> {
    await this.reads.existingPo(ctx.org_guid, r.po_id);
    await this.writes.execute(ctx, {
      stream: poStream(ctx.org_guid, r.po_id),
      decider: poDecider,
      command: { kind },
      expectedRevision: r.expected_revision,
      ...why(r),
    });
  }
}
