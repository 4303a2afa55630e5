import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, Writes } from '@g3n/platform';
import type { IcsStockTransitionRequest } from '../api/dto/stock.dto';
import { stockDecider } from '../stock/stock.decide';
import { stockStream } from '../stock/streams';
import { IcsLookups, why } from './ics-lookups';

export class TransitionStockCommand {
  constructor(readonly ctx: RequestContext, readonly request: IcsStockTransitionRequest) {}
}

/** Moves units between on_hand, quarantine and damaged (QC holds, damage found on the shelf, release from QC). */
@CommandHandler(TransitionStockCommand)
export class TransitionStockHandler implements ICommandHandler<TransitionStockCommand, void> {
  constructor(private readonly writes: Writes, private readonly lookups: IcsLookups) {}

  async execute({ ctx, request: r }: TransitionStockCommand): Promise<void> {
    await this.lookups.assertStockTarget(ctx.org_guid, r.logical_guid, r.variant_id);
    const policy = await this.lookups.policy(ctx.org_guid);
    await this.writes.execute(ctx, {
      stream: stockStream(ctx.org_guid, r.logical_guid, r.variant_id),
      decider: stockDecider,
      command: { kind: 'transition', logical_guid: r.logical_guid, variant_id: r.variant_id, qty: r.qty, from: r.from, to: r.to, policy },
      ...why(r),
    });
  }
}
