import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, Writes } from '@g3n/platform';
import type { LoyaltyPolicySetRequest } from '../api/dto/loyalty.dto';
import { policyDecider } from '../policy/policy.decide';
import { policyStream } from '../shared/streams';
import { why } from './crm-writes';

export class SetLoyaltyPolicyCommand {
  constructor(readonly ctx: RequestContext, readonly request: LoyaltyPolicySetRequest) {}
}

/** The whole policy at once; expected_revision is optional because the first set has no revision to pin. */
@CommandHandler(SetLoyaltyPolicyCommand)
export class SetLoyaltyPolicyHandler implements ICommandHandler<SetLoyaltyPolicyCommand, void> {
  constructor(private readonly writes: Writes) {}

  async execute({ ctx, request: r }: SetLoyaltyPolicyCommand): Promise<void> {
    const policy = { points_per_unit: r.points_per_unit, rounding: r.rounding, expiry_days: r.expiry_days, earn_on_settled_orders: r.earn_on_settled_orders };
    await this.writes.execute(ctx, {
      stream: policyStream(ctx.org_guid), decider: policyDecider, command: { kind: 'set', org_guid: ctx.org_guid, ...policy }, expectedRevision: r.expected_revision, ...why(r),
    });
  }
}
