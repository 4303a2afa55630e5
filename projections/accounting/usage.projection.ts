import type { Doc } from '@g3n/docstore';
import type { RecordedEvent } from '@g3n/eventlog';
import type { ProjectionDefinition } from '@g3n/es';

export const ACC_USAGE = 'accounting_usage_events';
export const ACC_ROLLUPS = 'accounting_usage_rollups';
export const ACC_STORAGE = 'accounting_storage_usage';
export const ACC_RECONCILIATIONS = 'accounting_storage_reconciliations';

type Any = Record<string, any>;

/** A rollup's public id: UTC day, metric, unit and cost centre ('-' for none); its document id adds the org. */
export const rollupId = (day: string, metric: string, unit: string, cccode: string | null) => `${day}:${metric}:${unit}:${cccode ?? '-'}`;
export const rollupDocId = (org_guid: string, rollup_id: string) => `${org_guid}:${rollup_id}`;

const stamp = (e: RecordedEvent) => ({
  recorded_by: e.metadata.actor, reason: (e.metadata.reason as string | undefined) ?? null, source_refs: e.metadata.source_refs ?? [],
  revision: e.revision, created_at: e.metadata.occurred_at, updated_at: e.metadata.occurred_at,
});

/** Usage events and storage measurements as recorded, plus daily rollups per org × day × metric × unit × cost centre. */
export const accountingUsageProjection: ProjectionDefinition = {
  name: 'accounting.usage',
  version: 1,
  collections: [
    { name: ACC_USAGE, indexes: [{ fields: ['org_guid', 'occurred_at'] }, { fields: ['org_guid', 'metric', 'occurred_at'] }] },
    { name: ACC_ROLLUPS, indexes: [{ fields: ['org_guid', 'day'] }, { fields: ['org_guid', 'metric', 'day'] }] },
    { name: ACC_STORAGE, indexes: [{ fields: ['org_guid', 'measured_at'] }, { fields: ['org_guid', 'storage_kind', 'measured_at'] }] },
    { name: ACC_RECONCILIATIONS, indexes: [{ fields: ['org_guid', 'created_at'] }] },
  ],
  handlers: {
    'accounting.usage-recorded': async (e, ctx) => {
      const d = e.data as Any;
      const day = (d.occurred_at as string).slice(0, 10);
      ctx.put<Doc>(ACC_USAGE, { _id: d.usage_id, ...d, day, ...stamp(e) });
      const rollup_id = rollupId(day, d.metric, d.unit, d.cccode);
      await ctx.update<Doc>(ACC_ROLLUPS, rollupDocId(d.org_guid, rollup_id), (r) => ({
        _id: rollupDocId(d.org_guid, rollup_id), rollup_id, org_guid: d.org_guid, day, metric: d.metric, unit: d.unit, cccode: d.cccode,
        quantity: ((r?.quantity as number | undefined) ?? 0) + d.quantity,
        event_count: ((r?.event_count as number | undefined) ?? 0) + 1,
        first_position: (r?.first_position as number | undefined) ?? e.position,
        last_position: e.position,
        created_at: (r?.created_at as string | undefined) ?? e.metadata.occurred_at,
        updated_at: e.metadata.occurred_at,
      }));
    },
    'accounting.storage-usage-recorded': (e, ctx) => {
      const d = e.data as Any;
      ctx.put<Doc>(ACC_STORAGE, { _id: d.storage_usage_id, ...d, ...stamp(e) });
    },
    'accounting.storage-usage-reconciled': (e, ctx) => {
      const d = e.data as Any;
      ctx.put<Doc>(ACC_RECONCILIATIONS, { _id: d.reconciliation_id, ...d, ...stamp(e) });
    },
  },
};
