import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, Writes } from '@g3n/platform';
import type { IcsAdjustmentCreateRequest } from '../api/dto/stock.dto';
import { stockDecider } from '../stock/stock.decide';
import { stockStream } from '../stock/streams';
import { IcsLookups, why } from './ics-lookups';

export class AdjustStockCommand {
  constructor(readonly ctx: RequestContext, readonly request: IcsAdjustmentCreateRequest) {}
}

/** Walkthrough 4: add or remove on-hand units, within the org's negative-stock policy. */
@CommandHandler(AdjustStockCommand)
export class AdjustStockHandler implements ICommandHandler<AdjustStockCommand, void> {
  constructor(private readonly writes: Writes, private readonly lookups: IcsLookups) {}

  async execute({ ctx, request: r }: AdjustStockCommand): Promise<void> {
    await this.lookups.assertStockTarget(ctx.org_guid, r.logical_guid, r.variant_id);
    const policy = await this.lookups.policy(ctx.org_guid);
    await this.writes.execute(ctx, {
      stream: stockStream(ctx.org_guid, r.logical_guid, r.variant_id),
      decider: stockDecider,
      command: { kind: 'adjust', logical_guid: r.logical_guid, variant_id: r.variant_id, qty_delta: r.qty_delta, policy },
      ...why(r),
    });
  }
}
