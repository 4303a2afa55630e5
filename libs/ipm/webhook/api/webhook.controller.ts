import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import type { ReplayResult } from '@g3n/delivery';
import { CreateWebhookCommand, ReplayWebhookCommand, SetWebhookStatusCommand } from '../commands/webhook.handlers';
import { GetWebhookQuery, ListWebhooksQuery } from '../queries/webhook.queries';
import {
  WebhookCreateRequest, WebhookDto, WebhookGetRequest, WebhookListRequest, WebhookReplayRequest, WebhookReplayResultDto, WebhookStatusSetRequest,
} from './dto/webhook.dto';

const IPM = 'ipm';
const VIEW = ['ipm:view'];
const MANAGE = ['ipm:manage'];

/** Webhooks: the org's matching events POSTed, signed (Standard Webhooks), in log order, with retries, auto-pause and replay. */
@ApiTags(IPM)
@Controller(IPM)
export class WebhookController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({
    service: IPM, call: 'webhook/create', kind: 'write', summary: 'Register a webhook; the response is the only place its signing secret (whsec_…) ever appears.',
    permissions: MANAGE, request: WebhookCreateRequest, response: { type: WebhookDto, key: 'webhook', extra: { webhook_id: { type: 'string' }, signing_secret: { type: 'string' } } },
    errors: [['validation-error', 'private-target'], ['validation-error', 'invalid-target-url']],
  })
  async create(@Body() body: WebhookCreateRequest, @Ctx() ctx: RequestContext) {
    const { webhook_id, signing_secret } = await this.commands.execute<CreateWebhookCommand, { webhook_id: string; signing_secret: string }>(new CreateWebhookCommand(ctx, body));
    const { recent_attempts: _none, ...webhook } = await this.queries.execute<GetWebhookQuery, WebhookDto>(new GetWebhookQuery(ctx.org_guid, webhook_id, 1));
    return { webhook_id, webhook, signing_secret };
  }

  @Endpoint({
    service: IPM, call: 'webhook/get', kind: 'read', summary: 'A webhook with its most recent delivery attempts (the delivery log).',
    permissions: VIEW, request: WebhookGetRequest, response: { type: WebhookDto, key: 'webhook' }, errors: [['not-found', 'webhook-not-found']],
  })
  async get(@Body() body: WebhookGetRequest, @Ctx() ctx: RequestContext) {
    return { webhook: await this.queries.execute<GetWebhookQuery, WebhookDto>(new GetWebhookQuery(ctx.org_guid, body.webhook_id, body.attempts_limit)) };
  }

  @Endpoint({
    service: IPM, call: 'webhook/list', kind: 'read', summary: 'The org\'s webhooks, oldest first; filter by service, service + action_prefix, status.',
    permissions: VIEW, request: WebhookListRequest, response: { type: WebhookDto, list: true }, errors: [['validation-error', 'service-required'], ['validation-error', 'invalid-next-token']],
  })
  async list(@Body() body: WebhookListRequest, @Ctx() ctx: RequestContext) {
    return this.queries.execute(new ListWebhooksQuery(ctx.org_guid, body));
  }

  @Endpoint({
    service: IPM, call: 'webhook/status/set', kind: 'write', revision: true,
    summary: 'Set active, paused or disabled. Re-activating resumes delivery from the first event not yet delivered.',
    permissions: MANAGE, request: WebhookStatusSetRequest, response: { type: WebhookDto, key: 'webhook' },
    errors: [['not-found', 'webhook-not-found'], ['invalid-state', 'status-unchanged']],
  })
  async setStatus(@Body() body: WebhookStatusSetRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new SetWebhookStatusCommand(ctx, body));
    const { recent_attempts: _none, ...webhook } = await this.queries.execute<GetWebhookQuery, WebhookDto>(new GetWebhookQuery(ctx.org_guid, body.webhook_id, 1));
    return { webhook };
  }

  @Endpoint({
    service: IPM, call: 'webhook/replay', kind: 'write',
    summary: 'Send a position range or listed events again now (delivery_reason replay, once each, up to 1000); live delivery is unaffected.',
    permissions: MANAGE, request: WebhookReplayRequest, response: { type: WebhookReplayResultDto },
    errors: [['not-found', 'webhook-not-found'], ['invalid-state', 'webhook-disabled'], ['validation-error', 'replay-selection-required'], ['validation-error', 'invalid-range']],
  })
  async replay(@Body() body: WebhookReplayRequest, @Ctx() ctx: RequestContext): Promise<WebhookReplayResultDto> {
    const result = await this.commands.execute<ReplayWebhookCommand, ReplayResult>(new ReplayWebhookCommand(ctx, body));
    return { webhook_id: body.webhook_id, delivered: result.delivered, failed: result.failed, event_ids: result.event_ids, truncated: result.truncated, last_position: result.last_position };
  }
}
