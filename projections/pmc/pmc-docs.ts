import type { Doc } from '@g3n/docstore';
import type { RecordedEvent } from '@g3n/eventlog';

/**
 * Shared shape of PMC documents: stream revision and timestamps come from the event (never the clock), so a
 * rebuild reproduces every document exactly.
 */
export interface PmcRecordDoc extends Doc {
  org_guid: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

export const created = (e: RecordedEvent) => ({ revision: e.revision, created_at: e.metadata.occurred_at, updated_at: e.metadata.occurred_at });

/** A later event on the record's own stream: new revision and updated_at, plus the changed fields. */
export function touched<T extends PmcRecordDoc>(doc: T | null, e: RecordedEvent, change: Partial<T>): T | undefined {
  if (!doc) return undefined;
  return { ...doc, ...change, revision: e.revision, updated_at: e.metadata.occurred_at };
}
