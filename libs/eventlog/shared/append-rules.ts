/**
 * Rules every adapter applies the same way, so the contract suite sees one behaviour:
 * what a valid append looks like, what an expected revision means, and how big a read page may be.
 */
import { ExpectedRevision, MAX_READ_PAGE, NewEvent, WrongExpectedRevisionError } from '../event-log.port';

/** Page size when the caller gives none: large enough for projections, small enough to keep one read short. */
export const DEFAULT_READ_PAGE = 1_000;

export function pageLimit(limit: number | undefined, fallback = DEFAULT_READ_PAGE): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.min(MAX_READ_PAGE, Math.max(1, Math.floor(limit)));
}

/**
 * Rejects appends no adapter can store faithfully. An empty append is refused rather than silently
 * "succeeding": it has no position to report, and on EventStoreDB it would write a bare record.
 */
export function assertAppendable(stream: string, events: NewEvent[]): void {
  if (typeof stream !== 'string' || stream.length === 0) throw new TypeError('append: a stream name is required');
  if (stream.startsWith('$')) throw new TypeError(`append: stream names starting with "$" are reserved: ${stream}`);
  if (!Array.isArray(events) || events.length === 0) throw new TypeError(`append to ${stream}: at least one event is required`);
  for (const event of events) {
    if (!event || typeof event.type !== 'string' || event.type.length === 0) {
      throw new TypeError(`append to ${stream}: every event needs a type`);
    }
    if (event.type.startsWith('$')) throw new TypeError(`append to ${stream}: event types starting with "$" are reserved`);
    if (!event.metadata || typeof event.metadata.event_id !== 'string' || event.metadata.event_id.length === 0) {
      throw new TypeError(`append to ${stream}: every event needs metadata.event_id`);
    }
  }
}

/** True when a stream whose last revision is `current` (-1: absent) satisfies `expected`. */
export function expectedRevisionHolds(expected: ExpectedRevision, current: number): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return current === -1;
    case 'stream_exists':
      return current >= 0;
    default:
      return current === expected;
  }
}

export function assertExpectedRevision(stream: string, expected: ExpectedRevision, current: number): void {
  if (!expectedRevisionHolds(expected, current)) throw new WrongExpectedRevisionError(stream, expected, current);
}

/** Exact prefix test used wherever a store cannot filter types itself. */
export function typeMatches(type: string, prefixes: readonly string[] | undefined): boolean {
  if (!prefixes || prefixes.length === 0) return true;
  return prefixes.some((prefix) => type.startsWith(prefix));
}
