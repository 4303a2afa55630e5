import type { Doc } from '@g3n/docstore';
import type { RecordedEvent } from '@g3n/eventlog';

/**
 * What every PCM record carries: its stream revision and timestamps from the event (never the clock), so a
 * rebuild reproduces every document exactly.
 */
export interface PcmDoc extends Doc {
  org_guid: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

export const created = (e: RecordedEvent) => ({ revision: e.revision, created_at: e.metadata.occurred_at, updated_at: e.metadata.occurred_at });

/** A later event of the record's own stream: new revision and updated_at, plus the change. */
export function touched<T extends PcmDoc>(doc: T | null, e: RecordedEvent, change: Partial<T>): T | undefined {
  if (!doc) return undefined;
  return { ...doc, ...change, revision: e.revision, updated_at: e.metadata.occurred_at };
}

/** Event data with the fields a handler reads; the event's JSON schema guarantees them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const dataOf = (e: RecordedEvent): Record<string, any> => e.data;
