import { createHash } from 'crypto';
import { validationError } from '@g3n/es';
import type { KpiBucketRef, KpiComparator } from './kpi.events';

/** Scopes that name a logical facility: their snapshots and alerts must carry logical_guid. */
export const FACILITY_SCOPES = new Set(['facility', 'logical_facility']);

/** The rules every snapshot and alert bucket obeys (pure: the deciders call it). */
export function assertBucket(ref: KpiBucketRef): void {
  const start = Date.parse(ref.bucket_start);
  const end = Date.parse(ref.bucket_end);
  if (!(end > start)) {
    throw validationError('invalid-bucket-window', 'bucket_end must be after bucket_start.', {
      fields: [{ field: 'bucket_end', reason: 'must be after bucket_start' }],
    });
  }
  if (FACILITY_SCOPES.has(ref.scope) && !ref.logical_guid) {
    throw validationError('logical-guid-required', `scope ${ref.scope} needs logical_guid.`, {
      fields: [{ field: 'logical_guid', reason: `required for scope ${ref.scope}` }],
    });
  }
}

export function breaches(value: number, threshold: { comparator: KpiComparator; value: number }): boolean {
  switch (threshold.comparator) {
    case 'gt': return value > threshold.value;
    case 'gte': return value >= threshold.value;
    case 'lt': return value < threshold.value;
    case 'lte': return value <= threshold.value;
    case 'eq': return value === threshold.value;
    case 'ne': return value !== threshold.value;
  }
}

/**
 * A snapshot's id is derived from its bucket, so a rollup that runs twice revises one snapshot instead of
 * creating two (callers need no id of their own to be idempotent).
 */
export function kpiIdOf(org_guid: string, ref: KpiBucketRef): string {
  const dimensions = Object.keys(ref.dimensions).sort().map((k) => [k, ref.dimensions[k]]);
  const key = JSON.stringify([org_guid, ref.kpi_code, ref.scope, ref.logical_guid, ref.bucket, new Date(ref.bucket_start).toISOString(), dimensions]);
  return `kpi_${createHash('sha256').update(key).digest('hex').slice(0, 32)}`;
}
