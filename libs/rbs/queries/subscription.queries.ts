import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Filter } from '@g3n/docstore';
import { notFound } from '@g3n/es';
import { RUNTIME, Runtime } from '@g3n/platform';
import { RBS_SUBSCRIPTIONS, SubscriptionDoc } from '../../../projections/rbs/subscriptions.projection';
import type { RbsStat, Subscription } from '../api/dto/subscription.dto';

export function subscriptionView(doc: SubscriptionDoc): Subscription {
  const t = doc.transport;
  return {
    subscription_id: doc.subscription_id, org_guid: doc.org_guid, orgcode: doc.orgcode, caption: doc.caption, target_type: t.type,
    target_url: t.type === 'http' ? t.url : null, queue_url: t.type === 'sqs' ? t.queue_url : null,
    queue_region: t.type === 'sqs' ? t.region ?? null : null, queue_endpoint: t.type === 'sqs' ? t.endpoint ?? null : null,
    filters: doc.filters, status: doc.status, status_note: doc.status_note, secret_last4: doc.secret_last4, verified_at: doc.verified_at,
    verification: doc.verification, revision: doc.revision, created_at: doc.created_at, updated_at: doc.updated_at,
  };
}

/** A subscription of the org, or 404 (another org's id answers exactly like an unknown one). */
export async function subscriptionOf(runtime: Runtime, orgGuid: string, subscriptionId: string): Promise<Subscription> {
  const doc = await runtime.readModels.collection<SubscriptionDoc>(RBS_SUBSCRIPTIONS).get(subscriptionId);
  if (!doc || doc.org_guid !== orgGuid) throw notFound('subscription-not-found', 'No such subscription.');
  return subscriptionView(doc);
}

export class GetSubscriptionQuery {
  constructor(readonly orgGuid: string, readonly subscriptionId: string) {}
}

@QueryHandler(GetSubscriptionQuery)
export class GetSubscriptionHandler implements IQueryHandler<GetSubscriptionQuery, Subscription> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}
  execute(q: GetSubscriptionQuery) {
    return subscriptionOf(this.runtime, q.orgGuid, q.subscriptionId);
  }
}

export class ListSubscriptionsQuery {
  constructor(readonly orgGuid: string, readonly limit = 50, readonly nextToken?: string, readonly status?: string) {}
}

/** Newest first; unregistered subscriptions are listed only when asked for by status. */
@QueryHandler(ListSubscriptionsQuery)
export class ListSubscriptionsHandler implements IQueryHandler<ListSubscriptionsQuery, { items: Subscription[]; next_token: string | null }> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}
  async execute(q: ListSubscriptionsQuery) {
    const filter: Filter = q.status ? { org_guid: q.orgGuid, status: q.status } : { org_guid: q.orgGuid, status: { $ne: 'unregistered' } };
    const page = await this.runtime.readModels.collection<SubscriptionDoc>(RBS_SUBSCRIPTIONS).find(
      filter, { sort: [{ field: 'created_at', direction: 'desc' }, { field: '_id', direction: 'desc' }], limit: q.limit, cursor: q.nextToken },
    );
    return { items: page.items.map(subscriptionView), next_token: page.next_cursor ?? null };
  }
}

export class RbsStatQuery {
  constructor(readonly orgGuid: string) {}
}

/** Health plus the org's subscription counts by status (read side reachable → ok). */
@QueryHandler(RbsStatQuery)
export class RbsStatHandler implements IQueryHandler<RbsStatQuery, RbsStat> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}
  async execute(q: RbsStatQuery): Promise<RbsStat> {
    const c = this.runtime.readModels.collection<SubscriptionDoc>(RBS_SUBSCRIPTIONS);
    const count = (status: string) => c.count({ org_guid: q.orgGuid, status });
    const [pending_verification, active, paused, disabled] = await Promise.all(['pending_verification', 'active', 'paused', 'disabled'].map(count));
    return { service: 'rbs', status: 'ok', counts: { subscriptions: pending_verification + active + paused + disabled, pending_verification, active, paused, disabled } };
  }
}
