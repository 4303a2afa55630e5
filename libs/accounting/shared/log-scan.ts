import type { EventLog, RecordedEvent } from '@g3n/eventlog';

export interface ScanOptions {
  tenant: string;
  /** Exact types or prefixes; undefined: every type. */
  typePrefixes?: string[];
  /** Stop at this log position (inclusive): the head when the scan started, so a re-read covers the same events. */
  through: number;
  /** Exclusive start position. */
  after?: number;
  /** Inclusive start / exclusive end on metadata.occurred_at. */
  from?: string | null;
  to?: string | null;
}

/** The org's events from the durable log in position order (never the read models), paged, within a time window. */
export async function* scanOrgLog(log: EventLog, o: ScanOptions): AsyncGenerator<RecordedEvent> {
  let after = o.after ?? 0;
  while (after < o.through) {
    const page = await log.readAll({ after, tenant: o.tenant, typePrefixes: o.typePrefixes, limit: 1000 });
    for (const event of page.events) {
      if (event.position > o.through) return;
      const at = event.metadata.occurred_at;
      if (o.from && at < o.from) continue;
      if (o.to && at >= o.to) continue;
      yield event;
    }
    if (page.atEnd || page.next <= after) return;
    after = page.next;
  }
}
