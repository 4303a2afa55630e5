import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { Filter } from '@g3n/docstore';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import { HoldDoc, ICS_HOLDS } from '../../../projections/ics/holds.projection';
import type { IcsHoldExpireRequest } from '../api/dto/hold.dto';
import type { HoldStage } from '../stock/stock.events';
import { stockDecider } from '../stock/stock.decide';
import { stockStream } from '../stock/streams';
import { why } from './ics-lookups';

export class ExpireHoldsCommand {
  constructor(readonly ctx: RequestContext, readonly stage: HoldStage, readonly request: IcsHoldExpireRequest) {}
}

/** Sweeps the org's open holds at `stage` whose expires_at has passed; each stream re-checks that it is still due. */
@CommandHandler(ExpireHoldsCommand)
export class ExpireHoldsHandler implements ICommandHandler<ExpireHoldsCommand, string[]> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, stage, request: r }: ExpireHoldsCommand): Promise<string[]> {
    const now = this.runtime.clock.now().toISOString();
    const filter: Filter = { org_guid: ctx.org_guid, status: 'open', stage, expires_at: { $lte: now } };
    if (r.logical_guid) filter.logical_guid = r.logical_guid;
    if (r.variant_id) filter.variant_id = r.variant_id;
    const due = await this.runtime.readModels.collection<HoldDoc>(ICS_HOLDS).find(filter, { sort: [{ field: 'expires_at', direction: 'asc' }], limit: r.limit ?? 100 });
    const expired: string[] = [];
    for (const hold of due.items) {
      const result = await this.writes.execute(ctx, {
        stream: stockStream(ctx.org_guid, hold.logical_guid, hold.variant_id),
        decider: stockDecider,
        command: { kind: 'expire', logical_guid: hold.logical_guid, variant_id: hold.variant_id, hold_id: hold.hold_id, stage, now },
        ...why(r),
      });
      if (result.events.length > 0) expired.push(hold._id);
    }
    return expired;
  }
}
