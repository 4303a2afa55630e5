import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, Writes } from '@g3n/platform';
import type { SalesChannelUpdateRequest } from '../api/dto/sales-channel.dto';
import { salesChannelDecider } from '../channel/sales-channel.decide';
import { salesChannelStream } from '../shared/streams';
import { FacilityWrites, why } from './facility-writes';
import { canonicalLocales, linkedLogical } from './sales-channel-inputs';

export class UpdateSalesChannelCommand {
  constructor(readonly ctx: RequestContext, readonly request: SalesChannelUpdateRequest) {}
}

@CommandHandler(UpdateSalesChannelCommand)
export class UpdateSalesChannelHandler implements ICommandHandler<UpdateSalesChannelCommand, void> {
  constructor(private readonly writes: Writes, private readonly facilities: FacilityWrites) {}

  async execute({ ctx, request: r }: UpdateSalesChannelCommand): Promise<void> {
    const stream = salesChannelStream(ctx.org_guid, r.channel_guid);
    await this.facilities.assertExists(stream, salesChannelDecider, 'sales-channel-not-found');
    const changes = {
      caption: r.caption, market_code: r.market_code, default_currency: r.default_currency, logical_guid: r.logical_guid,
      locale_codes: r.locale_codes ? canonicalLocales(r.locale_codes) : undefined,
      default_locale_code: r.default_locale_code ? canonicalLocales([r.default_locale_code])[0] : undefined,
    };
    await this.writes.execute(ctx, {
      stream,
      decider: salesChannelDecider,
      command: { kind: 'update', changes, logical: await linkedLogical(this.facilities, ctx.org_guid, r.logical_guid) },
      expectedRevision: r.expected_revision,
      ...why(r),
    });
  }
}
