import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiExtraModels, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { MajorTag } from '@g3n/es';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { RegisterSubscriptionCommand } from '../commands/register-subscription.handler';
import { SetSubscriptionStatusCommand } from '../commands/set-subscription-status.handler';
import { TestSubscriptionCommand } from '../commands/test-subscription.handler';
import { UnregisterSubscriptionCommand } from '../commands/unregister-subscription.handler';
import { UpdateSubscriptionCommand } from '../commands/update-subscription.handler';
import { VerifySubscriptionCommand } from '../commands/verify-subscription.handler';
import { GetSubscriptionQuery, ListSubscriptionsQuery, RbsStatQuery } from '../queries/subscription.queries';
import {
  DeliveryResult, RbsStat, RbsStatRequest, Subscription, SubscriptionIdRequest, SubscriptionListRequest, SubscriptionRegisterRequest,
  SubscriptionStatusSetRequest, SubscriptionUnregisterRequest, SubscriptionUpdateRequest, SubscriptionVerifyRequest,
} from './dto/subscription.dto';

const read = { service: 'rbs', kind: 'read' as const, permissions: ['rbs:view'] };
const write = { service: 'rbs', kind: 'write' as const, permissions: ['rbs:manage'] };
const notFoundSub: [MajorTag, string] = ['not-found', 'subscription-not-found'];
const unregistered: [MajorTag, string] = ['invalid-state', 'subscription-unregistered'];
const targetErrors: Array<[MajorTag, string]> = [['validation-error', 'invalid-target'], ['validation-error', 'invalid-target-url'], ['validation-error', 'private-target']];
/** How the signed message to the target went (also in the delivery log). */
const delivery = { $ref: getSchemaPath(DeliveryResult) };

@Controller('rbs')
@ApiTags('rbs')
@ApiExtraModels(DeliveryResult)
export class SubscriptionController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({
    service: 'rbs', call: 'stat', kind: 'health', tenant: 'optional', permissions: ['rbs:view'],
    summary: 'Health of the retail bus, with the org\'s subscription counts by status.', request: RbsStatRequest, response: { type: RbsStat, key: 'stat' },
  })
  async stat(@Body() _dto: RbsStatRequest, @Ctx() ctx: RequestContext) {
    if (!ctx.org) return { stat: { service: 'rbs', status: 'ok', counts: { subscriptions: 0, pending_verification: 0, active: 0, paused: 0, disabled: 0 } } };
    return { stat: await this.queries.execute(new RbsStatQuery(ctx.org_guid)) };
  }

  @Endpoint({
    ...write, call: 'subscription/register',
    summary: 'Registers an HTTP (target_url) or SQS (queue_url) subscription, pending verification: the signing secret is in data.signing_secret (shown once) and a verification token is delivered to the target.',
    request: SubscriptionRegisterRequest, response: { type: Subscription, key: 'subscription', extra: { signing_secret: { type: 'string', example: 'whsec_…' }, verification: delivery } },
    errors: targetErrors,
  })
  register(@Body() dto: SubscriptionRegisterRequest, @Ctx() ctx: RequestContext) {
    return this.commands.execute(new RegisterSubscriptionCommand(ctx, dto));
  }

  @Endpoint({
    ...write, call: 'subscription/verify', summary: 'Completes verification with the token the target received; live deliveries start after it.',
    request: SubscriptionVerifyRequest, response: { type: Subscription, key: 'subscription' },
    errors: [['validation-error', 'verification-token-invalid'], ['invalid-state', 'verification-expired'], ['invalid-state', 'already-verified'], unregistered, notFoundSub],
  })
  async verify(@Body() dto: SubscriptionVerifyRequest, @Ctx() ctx: RequestContext) {
    return { subscription: await this.commands.execute(new VerifySubscriptionCommand(ctx, dto)) };
  }

  @Endpoint({
    ...write, call: 'subscription/update', revision: true,
    summary: 'Changes caption, filters or the target; a new target goes back to pending_verification and receives a new token.',
    request: SubscriptionUpdateRequest, response: { type: Subscription, key: 'subscription', extra: { verification: { nullable: true, allOf: [delivery] } } },
    errors: [...targetErrors, ['validation-error', 'nothing-to-update'], unregistered, notFoundSub],
  })
  update(@Body() dto: SubscriptionUpdateRequest, @Ctx() ctx: RequestContext) {
    return this.commands.execute(new UpdateSubscriptionCommand(ctx, dto));
  }

  @Endpoint({
    ...write, call: 'subscription/status/set', revision: true, summary: 'Activates, pauses or disables a verified subscription (paused keeps its place in the log).',
    request: SubscriptionStatusSetRequest, response: { type: Subscription, key: 'subscription' },
    errors: [['invalid-state', 'subscription-not-verified'], ['invalid-state', 'invalid-status-transition'], unregistered, notFoundSub],
  })
  async statusSet(@Body() dto: SubscriptionStatusSetRequest, @Ctx() ctx: RequestContext) {
    return { subscription: await this.commands.execute(new SetSubscriptionStatusCommand(ctx, dto)) };
  }

  @Endpoint({
    ...write, call: 'subscription/unregister', revision: true, summary: 'Removes the subscription for good (the record stays readable as unregistered).',
    request: SubscriptionUnregisterRequest, response: { type: Subscription, key: 'subscription' }, errors: [unregistered, notFoundSub],
  })
  async unregister(@Body() dto: SubscriptionUnregisterRequest, @Ctx() ctx: RequestContext) {
    return { subscription: await this.commands.execute(new UnregisterSubscriptionCommand(ctx, dto)) };
  }

  @Endpoint({
    ...write, call: 'subscription/test',
    summary: 'Sends a signed test message (delivery_reason test); on a subscription still pending verification, re-sends a fresh verification token instead.',
    request: SubscriptionIdRequest, response: { type: Subscription, key: 'subscription', extra: { delivery } }, errors: [unregistered, notFoundSub],
  })
  test(@Body() dto: SubscriptionIdRequest, @Ctx() ctx: RequestContext) {
    return this.commands.execute(new TestSubscriptionCommand(ctx, dto));
  }

  @Endpoint({ ...read, call: 'subscription/get', summary: 'One subscription (never its secret).', request: SubscriptionIdRequest, response: { type: Subscription, key: 'subscription' }, errors: [notFoundSub] })
  async get(@Body() dto: SubscriptionIdRequest, @Ctx() ctx: RequestContext) {
    return { subscription: await this.queries.execute(new GetSubscriptionQuery(ctx.org_guid, dto.subscription_id)) };
  }

  @Endpoint({ ...read, call: 'subscription/list', summary: 'The org\'s subscriptions, newest first (unregistered ones only when status asks for them).', request: SubscriptionListRequest, response: { type: Subscription, list: true } })
  list(@Body() dto: SubscriptionListRequest, @Ctx() ctx: RequestContext) {
    return this.queries.execute(new ListSubscriptionsQuery(ctx.org_guid, dto.limit ?? 50, dto.next_token, dto.status));
  }
}
