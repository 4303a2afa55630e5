import type { RecordedEvent } from '@g3n/eventlog';

/**
 * What every OFM org-spine record carries from the event that last touched its stream: `revision` (the stream
 * revision, what clients send back as expected_revision), `created_at` and `updated_at` (from the event's own
 * occurred_at, never the clock, so rebuilds reproduce them).
 */
export function created(e: RecordedEvent): { revision: number; created_at: string; updated_at: string } {
  return { revision: e.revision, created_at: e.metadata.occurred_at, updated_at: e.metadata.occurred_at };
}

export function touched(e: RecordedEvent): { revision: number; updated_at: string } {
  return { revision: e.revision, updated_at: e.metadata.occurred_at };
}

/** Event data with the fields a handler reads; the event's JSON schema guarantees them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const dataOf = (e: RecordedEvent): Record<string, any> => e.data;

/** Copies only the fields present in an update event (absent = unchanged). */
export function changed(data: Record<string, unknown>, fields: string[]): Record<string, unknown> {
  return Object.fromEntries(fields.filter((f) => data[f] !== undefined).map((f) => [f, data[f]]));
}
