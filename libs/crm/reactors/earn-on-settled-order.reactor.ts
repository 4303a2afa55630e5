import type { ReactorDefinition } from '@g3n/es';
import { CRM_LOYALTY_POLICIES, LoyaltyPolicyDoc } from '../../../projections/crm/loyalty-policies.projection';
import { customerDecider } from '../customer/customer.decide';
import { loyaltyDecider } from '../loyalty/loyalty.decide';
import { expiryFor } from '../policy/policy.decide';
import { pointsFor } from '../shared/money';
import { customerStream, loyaltyStream } from '../shared/streams';

/** `scm.order-settled` as SCM emits it (shared commerce contract 4). */
export interface OrderSettled {
  order_id: string;
  customer_id: string | null;
  total: { amount_minor: number; currency: string };
  settled_at: string;
}

export const EARN_ON_SETTLED_ORDER = 'crm.earn-on-settled-order';
export const earnTxnId = (orderId: string) => `earn:${orderId}`;

/**
 * A settled order with a customer earns points under the org's policy (when it earns on settled orders).
 * Idempotent: the transaction id is `earn:<order_id>`, which the loyalty decider records once. Expiry counts from
 * `settled_at`, not the clock, so a replay decides the same. A customer that does not exist parks the reaction.
 */
export const earnOnSettledOrderReactor: ReactorDefinition = {
  name: EARN_ON_SETTLED_ORDER,
  handlers: {
    'scm.order-settled': async (event, ctx) => {
      const order = event.data as unknown as OrderSettled;
      if (!order.customer_id) return;
      const org = String(event.metadata.org_guid ?? event.tenant);
      const policy = await ctx.readModels.collection<LoyaltyPolicyDoc>(CRM_LOYALTY_POLICIES).get(org);
      if (!policy || !policy.earn_on_settled_orders) return;
      const points = pointsFor(order.total.amount_minor, order.total.currency, policy.points_per_unit, policy.rounding);
      if (points <= 0) return;
      await ctx.execute({ stream: customerStream(org, order.customer_id), decider: customerDecider, command: { kind: 'assert-exists' } });
      await ctx.execute({
        stream: loyaltyStream(org, order.customer_id),
        decider: loyaltyDecider,
        command: {
          kind: 'earn', customer_id: order.customer_id, txn_id: earnTxnId(order.order_id), points, expires_at: expiryFor(policy, new Date(order.settled_at)),
          order_id: order.order_id, policy_revision: policy.revision,
        },
        reason: `order ${order.order_id} settled`,
      });
    },
  },
};
