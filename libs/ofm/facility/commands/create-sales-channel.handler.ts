import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { SalesChannelCreateRequest } from '../api/dto/sales-channel.dto';
import { assertCoherent, salesChannelDecider } from '../channel/sales-channel.decide';
import { normaliseChannelCode } from '../shared/facility-formats';
import { salesChannelStream } from '../shared/streams';
import { FacilityWrites, why } from './facility-writes';
import { canonicalLocales, linkedLogical } from './sales-channel-inputs';

export class CreateSalesChannelCommand {
  constructor(readonly ctx: RequestContext, readonly request: SalesChannelCreateRequest) {}
}

@CommandHandler(CreateSalesChannelCommand)
export class CreateSalesChannelHandler implements ICommandHandler<CreateSalesChannelCommand, string> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes, private readonly facilities: FacilityWrites) {}

  async execute({ ctx, request: r }: CreateSalesChannelCommand): Promise<string> {
    const channel_guid = this.runtime.ids.next('chn');
    const channel_code = normaliseChannelCode(r.channel_code);
    const logical = await linkedLogical(this.facilities, ctx.org_guid, r.logical_guid);
    const details = {
      caption: r.caption ?? channel_code, market_code: r.market_code, locale_codes: canonicalLocales(r.locale_codes),
      default_locale_code: canonicalLocales(r.default_locale_code ? [r.default_locale_code] : [])[0] ?? null,
      default_currency: r.default_currency ?? null, logical_guid: r.logical_guid ?? null,
    };
    // Refusals the decider would make are checked first, so a refused create leaves the code free.
    assertCoherent(details, logical);
    await this.facilities.claimCode(ctx, 'sales-channel', channel_code, channel_guid);
    await this.writes.execute(ctx, {
      stream: salesChannelStream(ctx.org_guid, channel_guid),
      decider: salesChannelDecider,
      command: { kind: 'create', channel_guid, org_guid: ctx.org_guid, channel_code, logical, ...details },
      ...why(r),
    });
    return channel_guid;
  }
}
