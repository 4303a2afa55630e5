// The subscriptions as delivery targets, folded from the log itself (never the read models), incrementally.
import type { DeliveryTarget, DeliveryTargetSource } from '@g3n/delivery';
import type { Runtime } from '@g3n/platform';
import { RBS_OWNER, targetOf } from '../delivery/subscription-delivery';
import { subscriptionDecider } from './subscription.decide';
import type { SubscriptionEvent } from './subscription.events';
import { evolveSubscription, initialSubscriptionState, SubscriptionState } from './subscription.state';

interface Folded { state: SubscriptionState; stream: string; verifiedAt: number | null }

/**
 * Targets for the shared delivery engine. Only subscriptions verified at least once are targets: a subscription
 * that never proved its endpoint is not one, so nothing but verification can reach it. `start_after` is the log
 * position of its first verification (no history). A target back in pending_verification (new target URL/queue)
 * is reported with that status: not active, so the engine holds its place until it is verified again.
 * Unregistered subscriptions are not targets.
 */
export function rbsSubscriptionSource(runtime: Pick<Runtime, 'log' | 'commands' | 'clock'>): DeliveryTargetSource {
  const folded = new Map<string, Folded>();
  let after = 0;
  let catchingUp: Promise<void> | null = null;

  async function catchUp(): Promise<void> {
    for (;;) {
      const page = await runtime.log.readAll({ after, typePrefixes: ['rbs.subscription-'], limit: 1000 });
      for (const event of page.events) {
        const id = String(event.data.subscription_id);
        const current = folded.get(id) ?? { state: initialSubscriptionState(), stream: event.stream, verifiedAt: null };
        const state = evolveSubscription(current.state, event as unknown as SubscriptionEvent);
        const verifiedAt = current.verifiedAt ?? (event.type === 'rbs.subscription-verified' ? event.position : null);
        folded.set(id, { state, stream: event.stream, verifiedAt });
      }
      if (page.next <= after || page.atEnd) {
        after = Math.max(after, page.next);
        return;
      }
      after = page.next;
    }
  }

  async function record(target: DeliveryTarget, status: 'paused' | 'disabled', note: string): Promise<void> {
    await (catchingUp ??= catchUp().finally(() => { catchingUp = null; }));
    const entry = folded.get(target.target_id);
    if (!entry) return;
    await runtime.commands.execute({
      stream: entry.stream,
      decider: subscriptionDecider,
      command: { kind: 'set-status', status, by: 'delivery-engine', note: note.slice(0, 500), now: runtime.clock.now().toISOString() },
      context: { actor: 'system:delivery', org_guid: target.org_guid, reason: status === 'paused' ? 'delivery-failing' : 'receiver-gone' },
    });
  }

  return {
    owner: RBS_OWNER,
    async targets() {
      await (catchingUp ??= catchUp().finally(() => { catchingUp = null; }));
      const targets: DeliveryTarget[] = [];
      for (const { state, verifiedAt } of folded.values()) {
        if (verifiedAt === null || state.status === 'unregistered') continue;
        targets.push(targetOf(state, verifiedAt));
      }
      return targets;
    },
    pause: (target, reason) => record(target, 'paused', reason),
    disable: (target, reason) => record(target, 'disabled', reason),
  };
}
