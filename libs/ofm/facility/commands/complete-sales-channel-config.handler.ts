import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { validationError } from '@g3n/es';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { SalesChannelConfigCompleteRequest } from '../api/dto/sales-channel.dto';
import { configKey, MAX_CONFIG_BYTES, salesChannelDecider, UploadedConfig } from '../channel/sales-channel.decide';
import { salesChannelStream } from '../shared/streams';
import { FacilityWrites, why } from './facility-writes';

export class CompleteSalesChannelConfigCommand {
  constructor(readonly ctx: RequestContext, readonly request: SalesChannelConfigCompleteRequest) {}
}

/** Looks at what was uploaded (head, and a JSON parse of small files) and lets the decider accept or refuse it. */
@CommandHandler(CompleteSalesChannelConfigCommand)
export class CompleteSalesChannelConfigHandler implements ICommandHandler<CompleteSalesChannelConfigCommand, void> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes, private readonly facilities: FacilityWrites) {}

  async execute({ ctx, request: r }: CompleteSalesChannelConfigCommand): Promise<void> {
    const stream = salesChannelStream(ctx.org_guid, r.channel_guid);
    await this.facilities.assertExists(stream, salesChannelDecider, 'sales-channel-not-found');
    const version = r.version ?? Number(/\/v(\d+)\.json$/.exec(r.config_s3_key ?? '')?.[1] ?? NaN);
    if (!Number.isInteger(version) || version < 1) {
      throw validationError('version-required', 'Send version (or config_s3_key) from the presign answer.', { fields: [{ field: 'version', reason: 'required' }] });
    }
    const uploaded = await this.inspect(configKey(ctx.org_guid, r.channel_guid, version));
    await this.writes.execute(ctx, {
      stream,
      decider: salesChannelDecider,
      command: { kind: 'complete-config', version, key: r.config_s3_key, uploaded, bucket: this.runtime.config.s3?.bucket ?? null },
      expectedRevision: r.expected_revision,
      ...why(r),
    });
  }

  private async inspect(key: string): Promise<UploadedConfig | null> {
    const info = await this.runtime.blobs.head(key);
    if (!info) return null;
    let parses_as_json = true;
    if (info.size <= MAX_CONFIG_BYTES) {
      const blob = await this.runtime.blobs.get(key);
      try {
        JSON.parse(blob?.body.toString('utf8') ?? '');
      } catch {
        parses_as_json = false;
      }
    }
    return { etag: info.etag, size: info.size, content_type: info.content_type, parses_as_json };
  }
}
