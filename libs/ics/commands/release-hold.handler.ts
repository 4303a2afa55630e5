import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, Writes } from '@g3n/platform';
import type { IcsHoldReleaseRequest } from '../api/dto/hold.dto';
import type { HoldStage } from '../stock/stock.events';
import { stockDecider } from '../stock/stock.decide';
import { stockStream } from '../stock/streams';
import type { HoldRef } from './create-hold.handler';
import { IcsLookups, why } from './ics-lookups';

export class ReleaseHoldCommand {
  constructor(readonly ctx: RequestContext, readonly stage: HoldStage, readonly request: IcsHoldReleaseRequest) {}
}

/** Frees a hold's units; the route names the stage the hold must be at (409 hold-stage-mismatch otherwise). */
@CommandHandler(ReleaseHoldCommand)
export class ReleaseHoldHandler implements ICommandHandler<ReleaseHoldCommand, HoldRef> {
  constructor(private readonly writes: Writes, private readonly lookups: IcsLookups) {}

  async execute({ ctx, stage, request: r }: ReleaseHoldCommand): Promise<HoldRef> {
    const target = await this.lookups.holdTarget(ctx.org_guid, r);
    await this.writes.execute(ctx, {
      stream: stockStream(ctx.org_guid, target.logical_guid, target.variant_id),
      decider: stockDecider,
      command: { kind: 'release', ...target, hold_id: r.hold_id, stage, source: { kind: 'api' } },
      ...why(r),
    });
    return { hold_id: r.hold_id, ...target };
  }
}
