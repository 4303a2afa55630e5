import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { ConfigUploadDto, SalesChannelConfigPresignRequest } from '../api/dto/sales-channel.dto';
import { salesChannelDecider } from '../channel/sales-channel.decide';
import type { SalesChannelConfigPresigned } from '../channel/sales-channel.events';
import { salesChannelStream } from '../shared/streams';
import { FacilityWrites, why } from './facility-writes';

export class PresignSalesChannelConfigCommand {
  constructor(readonly ctx: RequestContext, readonly request: SalesChannelConfigPresignRequest) {}
}

const DEFAULT_UPLOAD_SECONDS = 900;

/** Records the next config version, then signs a PUT for its key; the URL is returned, never recorded. */
@CommandHandler(PresignSalesChannelConfigCommand)
export class PresignSalesChannelConfigHandler implements ICommandHandler<PresignSalesChannelConfigCommand, ConfigUploadDto> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes, private readonly facilities: FacilityWrites) {}

  async execute({ ctx, request: r }: PresignSalesChannelConfigCommand): Promise<ConfigUploadDto> {
    const stream = salesChannelStream(ctx.org_guid, r.channel_guid);
    await this.facilities.assertExists(stream, salesChannelDecider, 'sales-channel-not-found');
    const seconds = r.expires_in_seconds ?? DEFAULT_UPLOAD_SECONDS;
    const expires_at = new Date(this.runtime.clock.now().getTime() + seconds * 1000).toISOString();
    const result = await this.writes.execute(ctx, {
      stream,
      decider: salesChannelDecider,
      command: { kind: 'presign-config', expires_at },
      expectedRevision: r.expected_revision,
      ...why(r),
    });
    const { version, key } = (result.events[0].data as SalesChannelConfigPresigned['data']);
    const signed = await this.runtime.blobs.presignPut(key, { expiresInSeconds: seconds, contentType: 'application/json' });
    return { channel_guid: r.channel_guid, upload_url: signed.url, method: 'PUT', key, version, expires_at: signed.expires_at, headers: signed.headers, revision: result.revision };
  }
}
