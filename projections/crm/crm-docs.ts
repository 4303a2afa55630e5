import type { RecordedEvent } from '@g3n/eventlog';

/** Timestamps and revisions come from the event, never the clock: a rebuild reproduces every document exactly. */
export const created = (e: RecordedEvent) => ({ revision: e.revision, created_at: e.metadata.occurred_at, updated_at: e.metadata.occurred_at });
export const touched = (e: RecordedEvent) => ({ revision: e.revision, updated_at: e.metadata.occurred_at });
export const orgOf = (e: RecordedEvent): string => String(e.metadata.org_guid ?? e.tenant);
