import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { notFound, validationError } from '@g3n/es';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { PublishRunStartRequest } from '../api/dto/publish-run.dto';
import { assertChannelActive, publishProfileDecider } from '../profile/publish-profile.decide';
import { splitEligible } from '../run/eligibility';
import { publishRunDecider } from '../run/publish-run.decide';
import type { RunSelector } from '../run/publish-run.events';
import { normaliseChannelCode, publishProfileStream, publishRunStream } from '../shared/pmc-ids';
import { CatalogReads } from './catalog-reads';
import { why } from './pmc-writes';

export class StartPublishRunCommand {
  constructor(readonly ctx: RequestContext, readonly request: PublishRunStartRequest) {}
}

/** At most one selector (none: every variant of the org), and a reason (UC-PMC-001 publishes "with reason"). */
function selectorOf(r: PublishRunStartRequest): RunSelector {
  const selector: RunSelector = { style_id: r.style_id ?? null, variant_id: r.variant_id ?? null, category_id: r.category_id ?? null, brand_id: r.brand_id ?? null };
  const given = Object.entries(selector).filter(([, v]) => v !== null).map(([field]) => ({ field, reason: 'send only one selector' }));
  if (given.length > 1) throw validationError('selector-ambiguous', 'Send at most one of style_id, variant_id, category_id, brand_id.', { fields: given });
  if (!r.reason?.trim()) throw validationError('reason-required', 'A publish run needs a reason.', { fields: [{ field: 'reason', reason: 'required' }] });
  return selector;
}

/** Snapshots the selector's variants against the channel's profile and records the run; answers its run_id. */
@CommandHandler(StartPublishRunCommand)
export class StartPublishRunHandler implements ICommandHandler<StartPublishRunCommand, string> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes, private readonly catalog: CatalogReads) {}

  async execute({ ctx, request: r }: StartPublishRunCommand): Promise<string> {
    const selector = selectorOf(r);
    const channel_code = normaliseChannelCode(r.channel_code);
    const channel = await this.catalog.channel(ctx.org_guid, channel_code);
    assertChannelActive(channel, channel_code);
    const profile = await this.runtime.commands.load(publishProfileStream(ctx.org_guid, channel_code), publishProfileDecider);
    if (!profile.state.exists) throw notFound('publish-profile-not-found', `Channel ${channel_code} has no publish profile; set one first.`);
    const rules = { required_sku: profile.state.required_sku, required_identifier_types: profile.state.required_identifier_types };
    const { items, ineligible } = splitEligible(await this.catalog.variantsOf(ctx.org_guid, selector), rules, channel_code);
    const run_id = this.runtime.ids.next('run');
    await this.writes.execute(ctx, {
      stream: publishRunStream(ctx.org_guid, run_id),
      decider: publishRunDecider,
      command: {
        kind: 'start', run_id, org_guid: ctx.org_guid, channel_code, channel_guid: channel.channel_guid, selector, set_online: r.set_online ?? true,
        profile: { ...rules, profile_revision: profile.revision }, items, ineligible,
      },
      ...why(r),
    });
    return run_id;
  }
}
