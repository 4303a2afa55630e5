// KPI snapshots and alerts: numbers that jobs (rollups, monitors) record against the org, and the alerts they raise.
import { defineEvent, DomainEvent } from '@g3n/es';

export const KPI_BUCKETS = ['hourly', 'daily', 'weekly', 'monthly'] as const;
export type KpiBucket = (typeof KPI_BUCKETS)[number];
export const KPI_COMPARATORS = ['gt', 'gte', 'lt', 'lte', 'eq', 'ne'] as const;
export type KpiComparator = (typeof KPI_COMPARATORS)[number];
export const KPI_PRIORITIES = ['low', 'normal', 'high', 'critical'] as const;
export type KpiPriority = (typeof KPI_PRIORITIES)[number];

/** What identifies a snapshot's bucket, besides the org: re-recording the same bucket revises it. */
export type KpiBucketRef = {
  kpi_code: string;
  scope: string;
  logical_guid: string | null;
  bucket: KpiBucket;
  bucket_start: string;
  bucket_end: string;
  dimensions: Record<string, string>;
};

export type KpiRecorded = DomainEvent<'ipm.kpi-recorded', KpiBucketRef & {
  org_guid: string;
  kpi_id: string;
  value: number;
  value_unit: string | null;
  /** The value this recording replaced (null on the first recording of the bucket). */
  previous_value: number | null;
}>;

export type KpiAlertRaised = DomainEvent<'ipm.kpi-alert-raised', KpiBucketRef & {
  org_guid: string;
  alert_id: string;
  value: number;
  threshold: { comparator: KpiComparator; value: number };
  team_guid: string | null;
  /** Recorded for the inbox the alert is meant for; delivery to that inbox is not part of IPM (docs/ipm.md). */
  inbox_service: string | null;
  priority: KpiPriority;
}>;

export type KpiEvent = KpiRecorded;
export type KpiAlertEvent = KpiAlertRaised;

const bucketSchema = {
  kpi_code: { type: 'string' },
  scope: { type: 'string' },
  logical_guid: { type: ['string', 'null'] },
  bucket: { type: 'string', enum: [...KPI_BUCKETS] },
  bucket_start: { type: 'string', format: 'date-time' },
  bucket_end: { type: 'string', format: 'date-time' },
  dimensions: { type: 'object', additionalProperties: { type: 'string' } },
};
const bucketRequired = ['kpi_code', 'scope', 'logical_guid', 'bucket', 'bucket_start', 'bucket_end', 'dimensions'];

export const kpiEvents = [
  defineEvent({
    type: 'ipm.kpi-recorded',
    version: 1,
    description: 'A KPI snapshot was recorded for one bucket (kpi_code × scope × logical_guid × bucket × bucket_start × dimensions); recording the same bucket again revises its value.',
    stream: '<org_guid>/ipm.kpi/<kpi_id>',
    schema: {
      type: 'object',
      required: ['org_guid', 'kpi_id', ...bucketRequired, 'value', 'value_unit', 'previous_value'],
      properties: {
        org_guid: { type: 'string' },
        kpi_id: { type: 'string' },
        ...bucketSchema,
        value: { type: 'number' },
        value_unit: { type: ['string', 'null'] },
        previous_value: { type: ['number', 'null'] },
      },
    },
  }),
  defineEvent({
    type: 'ipm.kpi-alert-raised',
    version: 1,
    description: 'A KPI value breached its threshold and an alert was raised (priority, team and the inbox service it is meant for).',
    stream: '<org_guid>/ipm.kpi-alert/<alert_id>',
    schema: {
      type: 'object',
      required: ['org_guid', 'alert_id', ...bucketRequired, 'value', 'threshold', 'team_guid', 'inbox_service', 'priority'],
      properties: {
        org_guid: { type: 'string' },
        alert_id: { type: 'string' },
        ...bucketSchema,
        value: { type: 'number' },
        threshold: {
          type: 'object',
          required: ['comparator', 'value'],
          properties: { comparator: { type: 'string', enum: [...KPI_COMPARATORS] }, value: { type: 'number' } },
        },
        team_guid: { type: ['string', 'null'] },
        inbox_service: { type: ['string', 'null'] },
        priority: { type: 'string', enum: [...KPI_PRIORITIES] },
      },
    },
  }),
];
