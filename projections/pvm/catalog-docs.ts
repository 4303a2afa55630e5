import type { Doc } from '@g3n/docstore';
import type { RecordedEvent } from '@g3n/eventlog';

/**
 * Shared shape of PVM catalog documents: revision and timestamps come from the event (never the clock), so a
 * rebuild reproduces every document exactly.
 */
export interface CatalogDoc extends Doc {
  org_guid: string;
  code: string;
  status: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

export const createdFields = (e: RecordedEvent) => ({ revision: e.revision, created_at: e.metadata.occurred_at, updated_at: e.metadata.occurred_at });

/** A later event on the record's own stream: new revision and updated_at, plus the changed fields. */
export function touched<T extends CatalogDoc>(doc: T | null, e: RecordedEvent, change: Partial<T>): T | undefined {
  if (!doc) return undefined;
  return { ...doc, ...change, revision: e.revision, updated_at: e.metadata.occurred_at };
}

/** Event data with the fields a handler reads; the event's JSON schema guarantees them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const dataOf = (e: RecordedEvent): Record<string, any> => e.data;
