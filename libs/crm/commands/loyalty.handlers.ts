import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { notFound, validationError } from '@g3n/es';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import { CRM_LOYALTY_TXNS, LoyaltyTxnDoc, loyaltyTxnKey } from '../../../projections/crm/loyalty-txns.projection';
import type {
  LoyaltyAdjustRequest, LoyaltyEarnRequest, LoyaltyExpireRequest, LoyaltyRedeemRequest, LoyaltyRestoreRequest, LoyaltyReverseRequest,
} from '../api/dto/loyalty.dto';
import { LoyaltyCommand, loyaltyDecider } from '../loyalty/loyalty.decide';
import { expiryFor } from '../policy/policy.decide';
import { loyaltyStream } from '../shared/streams';
import { CrmWrites, why } from './crm-writes';

export type LoyaltyOp =
  | { kind: 'earn'; request: LoyaltyEarnRequest }
  | { kind: 'redeem'; request: LoyaltyRedeemRequest }
  | { kind: 'adjust'; request: LoyaltyAdjustRequest }
  | { kind: 'reverse'; request: LoyaltyReverseRequest }
  | { kind: 'restore'; request: LoyaltyRestoreRequest }
  | { kind: 'expire'; request: LoyaltyExpireRequest };

export class LoyaltyTxnCommand {
  constructor(readonly ctx: RequestContext, readonly op: LoyaltyOp) {}
}

/** Every loyalty write: reads what the decider needs (customer, holds, policy), then runs it on the account stream. */
@CommandHandler(LoyaltyTxnCommand)
export class LoyaltyTxnHandler implements ICommandHandler<LoyaltyTxnCommand, { customer_id: string; txn_id: string; appended: boolean }> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes, private readonly crm: CrmWrites) {}

  async execute({ ctx, op }: LoyaltyTxnCommand) {
    const org = ctx.org_guid;
    const txn_id = this.runtime.ids.next('ltx');
    const now = this.runtime.clock.now();
    const command = await this.command(org, op, txn_id, now);
    const result = await this.writes.execute(ctx, { stream: loyaltyStream(org, command.customer_id), decider: loyaltyDecider, command, ...why(op.request) });
    return { customer_id: command.customer_id, txn_id, appended: result.events.length > 0 };
  }

  private async command(org: string, op: LoyaltyOp, txn_id: string, now: Date): Promise<LoyaltyCommand> {
    switch (op.kind) {
      case 'earn': {
        const { customer_id, points, expires_at } = op.request;
        await this.crm.customer(org, customer_id);
        const policy = await this.crm.policy(org);
        return { kind: 'earn', customer_id, txn_id, points, expires_at: expires_at ? new Date(expires_at).toISOString() : expiryFor(policy.policy, now), order_id: null, policy_revision: policy.configured ? policy.revision : null };
      }
      case 'redeem': {
        const { customer_id, points } = op.request;
        return { kind: 'redeem', customer_id, txn_id, points, customer_on_hold: await this.crm.anyOnHold(org, [customer_id]) };
      }
      case 'adjust': {
        const { customer_id, points } = op.request;
        await this.crm.customer(org, customer_id);
        return { kind: 'adjust', customer_id, txn_id, points_delta: points, expires_at: points > 0 ? expiryFor((await this.crm.policy(org)).policy, now) : null };
      }
      case 'reverse':
        return { kind: 'reverse', customer_id: await this.customerOfTxn(org, op.request.loyalty_txn_id), txn_id, reverses_txn_id: op.request.loyalty_txn_id };
      case 'restore':
        return { kind: 'restore', customer_id: await this.customerOfTxn(org, op.request.loyalty_txn_id), txn_id, reversal_txn_id: op.request.loyalty_txn_id };
      case 'expire': {
        const asOf = op.request.as_of ? new Date(op.request.as_of) : now;
        if (asOf > now) throw validationError('as-of-in-future', 'as_of cannot be in the future.', { fields: [{ field: 'as_of', reason: 'in the future' }] });
        await this.crm.customer(org, op.request.customer_id);
        return { kind: 'expire', customer_id: op.request.customer_id, txn_id, as_of: asOf.toISOString() };
      }
    }
  }

  private async customerOfTxn(org: string, txnId: string): Promise<string> {
    const doc = await this.runtime.readModels.collection<LoyaltyTxnDoc>(CRM_LOYALTY_TXNS).get(loyaltyTxnKey(org, txnId));
    if (!doc) throw notFound('loyalty-txn-not-found', 'No such loyalty transaction.');
    return doc.customer_id;
  }
}
