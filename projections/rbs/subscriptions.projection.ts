import type { Doc } from '@g3n/docstore';
import type { ProjectionDefinition } from '@g3n/es';
import type { EventFilter, TransportSpec } from '@g3n/delivery';

export const RBS_SUBSCRIPTIONS = 'rbs_subscriptions';

export interface SubscriptionDoc extends Doc {
  org_guid: string;
  orgcode: string | null;
  subscription_id: string;
  caption: string | null;
  transport: TransportSpec;
  filters: EventFilter[];
  status: string;
  secret_last4: string;
  verified_at: string | null;
  /** The outstanding verification: when it expires and how its last delivery went. */
  verification: { expires_at: string | null; last_attempt_at: string | null; last_outcome: 'delivered' | 'failed' | null; last_status_code: number | null; last_error: string | null };
  status_note: string | null;
  status_by: string | null;
  revision: number;
  created_at: string;
  updated_at: string;
}

type D = Record<string, any>;
const id = (e: { data: D }) => String(e.data.subscription_id);

/** One document per subscription (never the secret or its vault reference, never the token or its hash). */
export const rbsSubscriptionsProjection: ProjectionDefinition = {
  name: 'rbs.subscriptions',
  version: 1,
  collections: [{ name: RBS_SUBSCRIPTIONS, indexes: [{ fields: ['org_guid', '-created_at'] }, { fields: ['org_guid', 'status'] }] }],
  handlers: {
    'rbs.subscription-registered': (e, ctx) => {
      const d = e.data as D;
      ctx.put<SubscriptionDoc>(RBS_SUBSCRIPTIONS, {
        _id: d.subscription_id, org_guid: d.org_guid, orgcode: e.metadata.orgcode ?? null, subscription_id: d.subscription_id, caption: d.caption ?? null,
        transport: d.transport, filters: d.filters, status: 'pending_verification', secret_last4: d.secret_last4, verified_at: null,
        verification: { expires_at: null, last_attempt_at: null, last_outcome: null, last_status_code: null, last_error: null },
        status_note: null, status_by: null, revision: e.revision, created_at: d.registered_at, updated_at: d.registered_at,
      });
    },
    'rbs.subscription-verification-issued': (e, ctx) =>
      ctx.update<SubscriptionDoc>(RBS_SUBSCRIPTIONS, id(e), (doc) => doc && {
        ...doc, status: 'pending_verification', revision: e.revision, updated_at: String(e.data.issued_at),
        verification: { expires_at: String(e.data.expires_at), last_attempt_at: null, last_outcome: null, last_status_code: null, last_error: null },
      }),
    'rbs.subscription-verification-attempted': (e, ctx) =>
      ctx.update<SubscriptionDoc>(RBS_SUBSCRIPTIONS, id(e), (doc) => doc && {
        ...doc, revision: e.revision, updated_at: String(e.data.attempted_at),
        verification: {
          ...doc.verification, last_attempt_at: String(e.data.attempted_at), last_outcome: e.data.outcome as 'delivered' | 'failed',
          last_status_code: (e.data.status_code as number | null) ?? null, last_error: (e.data.error as string | null) ?? null,
        },
      }),
    'rbs.subscription-verified': (e, ctx) =>
      ctx.update<SubscriptionDoc>(RBS_SUBSCRIPTIONS, id(e), (doc) => doc && {
        ...doc, status: 'active', verified_at: String(e.data.verified_at), revision: e.revision, updated_at: String(e.data.verified_at),
        verification: { ...doc.verification, expires_at: null },
      }),
    'rbs.subscription-updated': (e, ctx) =>
      ctx.update<SubscriptionDoc>(RBS_SUBSCRIPTIONS, id(e), (doc) => {
        if (!doc) return doc;
        const c = e.data.changes as D;
        return {
          ...doc, caption: c.caption !== undefined ? c.caption : doc.caption, transport: c.transport ?? doc.transport, filters: c.filters ?? doc.filters,
          revision: e.revision, updated_at: String(e.data.updated_at),
        };
      }),
    'rbs.subscription-status-set': (e, ctx) =>
      ctx.update<SubscriptionDoc>(RBS_SUBSCRIPTIONS, id(e), (doc) => doc && {
        ...doc, status: String(e.data.status), status_note: (e.data.note as string | null) ?? null, status_by: String(e.data.by),
        revision: e.revision, updated_at: String(e.data.at),
      }),
    'rbs.subscription-unregistered': (e, ctx) =>
      ctx.update<SubscriptionDoc>(RBS_SUBSCRIPTIONS, id(e), (doc) => doc && {
        ...doc, status: 'unregistered', revision: e.revision, updated_at: String(e.data.unregistered_at),
        verification: { ...doc.verification, expires_at: null },
      }),
  },
};
