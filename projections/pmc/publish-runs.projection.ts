import type { ProjectionDefinition } from '@g3n/es';
import type {
  IneligibleVariant, PublishRunCancelled, PublishRunCompleted, PublishRunStarted, PublishRunStepped, RunSelector, RunStatus,
} from '../../libs/pmc/run/publish-run.events';
import { created, PmcRecordDoc, touched } from './pmc-docs';

export const PMC_PUBLISH_RUNS = 'pmc_publish_runs';

export interface RunItemDoc {
  variant_id: string;
  style_id: string;
  product_id: string;
  sku: string | null;
  state: 'pending' | 'published';
  product_rev: number | null;
}

export interface PublishRunDoc extends PmcRecordDoc {
  run_id: string;
  channel_code: string;
  channel_guid: string;
  selector: RunSelector;
  set_online: boolean;
  profile: { required_sku: boolean; required_identifier_types: string[]; profile_revision: number };
  status: RunStatus;
  reason: string | null;
  /** Snapshot contents are on the product revisions; the run lists what it covers and how far it got. */
  items: RunItemDoc[];
  ineligible: IneligibleVariant[];
  counts: { eligible: number; published: number; pending: number; ineligible: number };
  completed_at: string | null;
  cancelled_at: string | null;
}

const countsOf = (items: RunItemDoc[], ineligible: number) => {
  const published = items.filter((i) => i.state === 'published').length;
  return { eligible: items.length, published, pending: items.length - published, ineligible };
};

/** Publish runs by run_id, with their items' progress; lists by org, channel and status. */
export const pmcPublishRunsProjection: ProjectionDefinition = {
  name: 'pmc.publish-runs',
  version: 1,
  collections: [{ name: PMC_PUBLISH_RUNS, indexes: [{ fields: ['org_guid', 'channel_code', 'status', '-created_at'] }] }],
  handlers: {
    'pmc.publish-run-started': (e, ctx) => {
      const d = e.data as PublishRunStarted['data'];
      const items: RunItemDoc[] = d.items.map((i) => ({ variant_id: i.variant_id, style_id: i.style_id, product_id: i.product_id, sku: i.snapshot.sku, state: 'pending', product_rev: null }));
      ctx.put<PublishRunDoc>(PMC_PUBLISH_RUNS, {
        _id: d.run_id, run_id: d.run_id, org_guid: d.org_guid, channel_code: d.channel_code, channel_guid: d.channel_guid, selector: d.selector,
        set_online: d.set_online, profile: d.profile, status: 'pending', reason: e.metadata.reason ?? null, items, ineligible: d.ineligible,
        counts: countsOf(items, d.ineligible.length), completed_at: null, cancelled_at: null, ...created(e),
      });
    },
    'pmc.publish-run-stepped': (e, ctx) => {
      const d = e.data as PublishRunStepped['data'];
      const revs = new Map(d.published.map((p) => [p.variant_id, p.product_rev]));
      return ctx.update<PublishRunDoc>(PMC_PUBLISH_RUNS, d.run_id, (doc) => {
        if (!doc) return undefined;
        const items = doc.items.map((i) => (revs.has(i.variant_id) ? { ...i, state: 'published' as const, product_rev: revs.get(i.variant_id)! } : i));
        return touched(doc, e, { items, status: 'running', counts: countsOf(items, doc.ineligible.length) });
      });
    },
    'pmc.publish-run-completed': (e, ctx) =>
      ctx.update<PublishRunDoc>(PMC_PUBLISH_RUNS, (e.data as PublishRunCompleted['data']).run_id, (doc) => touched(doc, e, { status: 'completed', completed_at: e.metadata.occurred_at })),
    'pmc.publish-run-cancelled': (e, ctx) =>
      ctx.update<PublishRunDoc>(PMC_PUBLISH_RUNS, (e.data as PublishRunCancelled['data']).run_id, (doc) => touched(doc, e, { status: 'cancelled', cancelled_at: e.metadata.occurred_at })),
  },
};
