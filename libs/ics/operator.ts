import type { Runtime } from '@g3n/platform';
import { stockPolicyDecider } from './policy/policy.decide';
import { policyStream } from './stock/streams';

/**
 * Operator action (no public route in the seeds): turns the org's negative-stock policy on or off. With
 * `allow_negative`, adjustments, shipments and transitions may take on_hand/available below zero; reservations,
 * allocations and commits still never take more than is available.
 */
export async function setStockPolicy(runtime: Runtime, args: { org_guid: string; allow_negative: boolean; reason?: string }): Promise<void> {
  await runtime.commands.execute({
    stream: policyStream(args.org_guid),
    decider: stockPolicyDecider,
    command: { kind: 'set', org_guid: args.org_guid, allow_negative: args.allow_negative },
    context: { actor: 'operator', org_guid: args.org_guid, reason: args.reason ?? 'stock policy set by operator' },
  });
}
