import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { PublishProfileSetRequest } from '../api/dto/publish-profile.dto';
import { publishProfileDecider } from '../profile/publish-profile.decide';
import { normaliseChannelCode, publishProfileStream } from '../shared/pmc-ids';
import { CatalogReads } from './catalog-reads';
import { loadPinned, why } from './pmc-writes';

export class SetPublishProfileCommand {
  constructor(readonly ctx: RequestContext, readonly request: PublishProfileSetRequest) {}
}

@CommandHandler(SetPublishProfileCommand)
export class SetPublishProfileHandler implements ICommandHandler<SetPublishProfileCommand, string> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes, private readonly catalog: CatalogReads) {}

  /** Answers the normalised channel_code. */
  async execute({ ctx, request: r }: SetPublishProfileCommand): Promise<string> {
    const channel_code = normaliseChannelCode(r.channel_code);
    const stream = publishProfileStream(ctx.org_guid, channel_code);
    // Set creates or replaces; a pinned set on a profile that does not exist yet is a 404 like any pinned write.
    if (r.expected_revision !== undefined) await loadPinned(this.runtime, stream, publishProfileDecider, 'publish-profile-not-found', r.expected_revision);
    await this.writes.execute(ctx, {
      stream,
      decider: publishProfileDecider,
      command: {
        kind: 'set', org_guid: ctx.org_guid, channel_code, channel: await this.catalog.channel(ctx.org_guid, channel_code),
        required_sku: r.required_sku ?? false, required_identifier_types: r.required_identifier_types ?? [],
      },
      expectedRevision: r.expected_revision,
      ...why(r),
    });
    return channel_code;
  }
}
