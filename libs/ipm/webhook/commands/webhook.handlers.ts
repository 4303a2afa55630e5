import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { notFound, validationError } from '@g3n/es';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import { allowPrivateTargets, assertDeliverableUrl, generateSigningSecret, replayTarget, ReplayResult, ReplaySelection, SecretVault } from '@g3n/delivery';
import { IPM_WEBHOOKS, WebhookDoc } from '../../../../projections/ipm/webhook';
import type { WebhookCreateRequest, WebhookReplayRequest, WebhookStatusSetRequest } from '../api/dto/webhook.dto';
import { webhookDecider } from '../webhook.decide';
import { webhookStream, webhookTarget } from '../webhook-delivery';

const why = (r: { reason?: string; source_refs?: Array<{ kind: string; id: string }> }) => ({ reason: r.reason, sourceRefs: r.source_refs?.map(({ kind, id }) => ({ kind, id })) });

export class CreateWebhookCommand {
  constructor(readonly ctx: RequestContext, readonly request: WebhookCreateRequest) {}
}

/** Checks the URL, seals a new secret in the vault, records the webhook; answers the secret (shown this once). */
@CommandHandler(CreateWebhookCommand)
export class CreateWebhookHandler implements ICommandHandler<CreateWebhookCommand, { webhook_id: string; signing_secret: string }> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, request: r }: CreateWebhookCommand) {
    const url = await assertDeliverableUrl(r.webhook.target_url, allowPrivateTargets(this.runtime.config));
    const signing_secret = generateSigningSecret();
    const secret_ref = await SecretVault.forRuntime(this.runtime).put(signing_secret);
    const webhook_id = this.runtime.ids.next('whk');
    const filters = r.webhook.filters.map((f) => (f.action_prefix ? { service: f.service, action_prefix: f.action_prefix } : { service: f.service }));
    const command = {
      kind: 'create' as const, webhook_id, org_guid: ctx.org_guid, target_url: url.toString(), filters, description: r.webhook.description ?? null, secret_ref, secret_last4: signing_secret.slice(-4),
    };
    await this.writes.execute(ctx, { stream: webhookStream(ctx.org_guid, webhook_id), decider: webhookDecider, command, ...why(r) });
    return { webhook_id, signing_secret };
  }
}

export class SetWebhookStatusCommand {
  constructor(readonly ctx: RequestContext, readonly request: WebhookStatusSetRequest) {}
}

@CommandHandler(SetWebhookStatusCommand)
export class SetWebhookStatusHandler implements ICommandHandler<SetWebhookStatusCommand, void> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, request: r }: SetWebhookStatusCommand) {
    await ownWebhook(this.runtime, ctx.org_guid, r.webhook_id);
    await this.writes.execute(ctx, {
      stream: webhookStream(ctx.org_guid, r.webhook_id), decider: webhookDecider, command: { kind: 'set-status', to: r.status }, expectedRevision: r.expected_revision, ...why(r),
    });
  }
}

export class ReplayWebhookCommand {
  constructor(readonly ctx: RequestContext, readonly request: WebhookReplayRequest) {}
}

/** Records the request (refused when disabled), then sends the selection again now, once each; the live checkpoint stays. */
@CommandHandler(ReplayWebhookCommand)
export class ReplayWebhookHandler implements ICommandHandler<ReplayWebhookCommand, ReplayResult> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, request: r }: ReplayWebhookCommand) {
    const selection = replaySelection(r);
    const doc = await ownWebhook(this.runtime, ctx.org_guid, r.webhook_id);
    const command = {
      kind: 'request-replay' as const, replay_id: this.runtime.ids.next('rpl'),
      from_position: r.from_position ?? null, to_position: r.to_position ?? null, event_ids: r.event_ids ?? null,
    };
    await this.writes.execute(ctx, { stream: webhookStream(ctx.org_guid, r.webhook_id), decider: webhookDecider, command, ...why(r) });
    return replayTarget(this.runtime, webhookTarget(doc), selection);
  }
}

function replaySelection(r: WebhookReplayRequest): ReplaySelection {
  const range = r.from_position !== undefined || r.to_position !== undefined;
  if (range === (r.event_ids !== undefined)) {
    throw validationError('replay-selection-required', 'Give a position range (from_position, to_position) or event_ids, not both.', { fields: [{ field: 'from_position', reason: 'give a range or event_ids' }] });
  }
  if (r.event_ids) return { event_ids: r.event_ids };
  if (r.from_position === undefined) throw validationError('replay-selection-required', 'from_position is required with to_position.', { fields: [{ field: 'from_position', reason: 'required' }] });
  if (r.to_position !== undefined && r.to_position < r.from_position) {
    throw validationError('invalid-range', 'to_position is before from_position.', { fields: [{ field: 'to_position', reason: 'before from_position' }] });
  }
  return { from_position: r.from_position, to_position: r.to_position };
}

/** The caller's org's webhook; another org's is as absent as a missing one. */
export async function ownWebhook(runtime: Runtime, org: string, id: string): Promise<WebhookDoc> {
  const doc = await runtime.readModels.collection<WebhookDoc>(IPM_WEBHOOKS).get(id);
  if (!doc || doc.org_guid !== org) throw notFound('webhook-not-found', 'No such webhook.');
  return doc;
}
