import type { RecordedEvent } from '@g3n/eventlog';
import { actionOf, serviceOf } from '@g3n/es';
import type { Runtime } from '@g3n/platform';

/** One change as the CDC feed hands it out (the ndjson line of the export contracts). */
export interface CdcItem {
  event_id: string;
  type: string;
  service: string;
  action: string;
  position: number;
  stream: string;
  revision: number;
  occurred_at: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

export interface CdcRead {
  org_guid: string;
  /** Exclusive: items come strictly after this log position. */
  after: number;
  limit: number;
  service?: string;
  action_prefix?: string;
}

export interface CdcPage {
  items: CdcItem[];
  /** Where the next read starts; may be past the last item when filters skipped events. */
  next: number;
  /** The read reached the current end of the org's log. */
  at_end: boolean;
}

/** Events a filtered read may pass over before answering a short page (it still moves the cursor forward). */
export const CDC_SCAN_BUDGET = 20_000;
const SCAN_PAGE = 1000;

export function toCdcItem(event: RecordedEvent): CdcItem {
  return {
    event_id: event.metadata.event_id,
    type: event.type,
    service: serviceOf(event.type),
    action: actionOf(event.type),
    position: event.position,
    stream: event.stream,
    revision: event.revision,
    occurred_at: event.metadata.occurred_at,
    data: event.data,
    metadata: { ...event.metadata },
  };
}

/**
 * Reads one org's changes straight from the log (never the read models), in log order. With a service, the log does
 * the filtering (type prefix); an action prefix alone is matched here, so the page may stop at the last match and the
 * cursor never skips an unread match.
 */
export async function readCdcPage(runtime: Pick<Runtime, 'log'>, read: CdcRead): Promise<CdcPage> {
  const typePrefix = read.service ? `${read.service}.${read.action_prefix ?? ''}` : undefined;
  const matches = (type: string) => read.service || !read.action_prefix || actionOf(type).startsWith(read.action_prefix);
  const items: CdcItem[] = [];
  let after = read.after;
  let scanned = 0;
  for (let round = 0; ; round++) {
    const want = typePrefix || !read.action_prefix ? read.limit - items.length : SCAN_PAGE;
    const page = await runtime.log.readAll({ after, tenant: read.org_guid, typePrefixes: typePrefix ? [typePrefix] : undefined, limit: want });
    scanned += page.events.length;
    for (const event of page.events) {
      if (!matches(event.type)) continue;
      items.push(toCdcItem(event));
      if (items.length === read.limit) {
        const atEnd = page.atEnd && event === page.events[page.events.length - 1];
        return { items, next: event === page.events[page.events.length - 1] ? page.next : event.position, at_end: atEnd };
      }
    }
    const stalled = page.events.length === 0 && page.next <= after;
    after = Math.max(after, page.next);
    if (page.atEnd || stalled || scanned >= CDC_SCAN_BUDGET || round >= 50) return { items, next: after, at_end: page.atEnd };
  }
}
