import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, Writes } from '@g3n/platform';
import type { SalesChannelStatusRequest } from '../api/dto/sales-channel.dto';
import { salesChannelDecider } from '../channel/sales-channel.decide';
import { salesChannelStream } from '../shared/streams';
import { FacilityWrites, why } from './facility-writes';

export class SetSalesChannelStatusCommand {
  constructor(readonly ctx: RequestContext, readonly request: SalesChannelStatusRequest) {}
}

@CommandHandler(SetSalesChannelStatusCommand)
export class SetSalesChannelStatusHandler implements ICommandHandler<SetSalesChannelStatusCommand, void> {
  constructor(private readonly writes: Writes, private readonly facilities: FacilityWrites) {}

  async execute({ ctx, request: r }: SetSalesChannelStatusCommand): Promise<void> {
    const stream = salesChannelStream(ctx.org_guid, r.channel_guid);
    await this.facilities.assertExists(stream, salesChannelDecider, 'sales-channel-not-found');
    await this.writes.execute(ctx, {
      stream,
      decider: salesChannelDecider,
      command: { kind: 'set-status', status: r.status },
      expectedRevision: r.expected_revision,
      ...why(r),
    });
  }
}
