import type { EventLog, ReadAllOptions, ReadAllPage, RecordedEvent } from '@g3n/eventlog';

/**
 * One read of the log's tail shared by every live projection. An append wakes all the projections its types feed at
 * once, each at the same checkpoint; instead of each running its own type-filtered read of the same few events
 * (26 % of the API's CPU under write load, issue 6 profile), the first reads the tail once, unfiltered, and the rest
 * filter that page in memory.
 *
 * A page is the exact contents of (after, next] of an append-only log, so it never becomes wrong, only short: a reader
 * it moves forward is served it however old (its next step starts past it); an empty one is read again once the worker
 * has heard of a head past it (noteHead), else a reader would keep being told it is at the end. Only the tail is shared: when the unfiltered read does not reach the end of the log, the reader is
 * catching up and does its own filtered read instead.
 *
 * The events this process appended are remembered (`remember`, as the log adapter recorded them), and a tail they
 * cover is served from memory without reading the log: every position from the reader's checkpoint to the newest
 * head the worker has heard of, without a gap (another process's append is a gap, and a head past them means the
 * log holds events they do not). Reading back what this process had just written was about 8 % of the API's event
 * loop per write, each event read about three times (issue 6, Linux perf).
 */
export class SharedPageReader {
  private readonly pages = new Map<number, Promise<ReadAllPage | null>>();
  private head = 0;
  /** The newest events appended in this process, in position order (at most 2 × recentSize). */
  private recent: RecordedEvent[] = [];

  constructor(private readonly log: EventLog, private readonly tailSize = 256, private readonly keep = 8, private readonly recentSize = 4096) {}

  /** The EventLog view a live runner reads through. */
  readonly reader: Pick<EventLog, 'readAll'> = { readAll: (options) => this.readAll(options ?? {}) };

  /** The log's head as the worker last heard it (an append here, or the head poll). */
  noteHead(head: number): void {
    if (head > this.head) this.head = head;
  }

  /** Events just appended in this process, as a read of the log returns them (positions increasing across calls). */
  remember(events: RecordedEvent[]): void {
    if (events.length === 0) return;
    const newest = this.recent[this.recent.length - 1];
    if (newest && events[0].position <= newest.position) this.recent = []; // never expected: start again rather than misorder
    if (process.env.NODE_ENV === 'test') events.forEach(freezeDeep); // a handler mutating a shared event fails in tests
    for (const event of events) this.recent.push(event);
    if (this.recent.length > 2 * this.recentSize) this.recent = this.recent.slice(-this.recentSize);
  }

  async readAll(options: ReadAllOptions): Promise<ReadAllPage> {
    if (options.tenant !== undefined) return this.log.readAll(options);
    const after = options.after ?? 0;
    const remembered = this.fromMemory(after);
    if (remembered) return filterPage(remembered, options);
    let page = await this.tail(after);
    if (page && page.next <= after && after < this.head) {
      if (this.pages.get(after) !== undefined) this.pages.delete(after);
      page = await this.tail(after); // short: the log has grown since it was read
    }
    return page ? filterPage(page, options) : this.log.readAll(options);
  }

  /**
   * The types of the events in (after, head] when one tail page holds them all, else null. The page is kept, so the
   * projections these events wake, sitting at `after`, are served it without reading again.
   */
  async typesAfter(after: number, head: number): Promise<string[] | null> {
    let page = await this.tail(after);
    if (page && page.next < head) {
      this.pages.delete(after); // read before the newest appends
      page = await this.tail(after);
    }
    if (!page || page.next < head) return null;
    return [...new Set(page.events.map((e) => e.type))];
  }

  /** (after, head] from the remembered events when they hold all of it, as the log's tail page would be; else null. */
  private fromMemory(after: number): ReadAllPage | null {
    const recent = this.recent;
    const end = recent.length - 1;
    if (end < 0 || this.head > recent[end].position) return null; // the log reaches past what this process appended
    let from = 0; // the first remembered event past `after`
    for (let hi = end + 1; from < hi; ) {
      const mid = (from + hi) >>> 1;
      if (recent[mid].position <= after) from = mid + 1;
      else hi = mid;
    }
    if (from > end) return { events: [], next: after, atEnd: true }; // at the head
    const count = end - from + 1;
    // Positions increase, so "no gap" is first = after + 1 and last − first = count − 1.
    if (recent[from].position !== after + 1 || recent[end].position - recent[from].position !== count - 1 || count > this.tailSize) return null;
    return { events: recent.slice(from), next: recent[end].position, atEnd: true };
  }

  private tail(after: number): Promise<ReadAllPage | null> {
    let tail = this.pages.get(after);
    if (!tail) {
      tail = this.readTail(after);
      this.pages.set(after, tail);
      if (this.pages.size > this.keep) this.pages.delete(this.pages.keys().next().value as number);
    }
    return tail;
  }

  private async readTail(after: number): Promise<ReadAllPage | null> {
    try {
      const page = await this.log.readAll({ after, limit: this.tailSize });
      if (!page.atEnd) return null;
      if (process.env.NODE_ENV === 'test') page.events.forEach(freezeDeep); // a handler mutating a shared event fails in tests
      return page;
    } catch (error) {
      this.pages.delete(after);
      throw error;
    }
  }
}

/** A page as a filtered read would have answered it: the same events, `next` and `atEnd` semantics. */
export function filterPage(page: ReadAllPage, options: ReadAllOptions): ReadAllPage {
  const prefixes = options.typePrefixes;
  const events = prefixes ? page.events.filter((e) => prefixes.some((p) => e.type.startsWith(p))) : page.events;
  const limit = options.limit;
  if (limit !== undefined && limit > 0 && events.length > limit) {
    const kept = events.slice(0, limit);
    return { events: kept, next: kept[kept.length - 1].position, atEnd: false };
  }
  return { events: events === page.events ? [...events] : events, next: page.next, atEnd: page.atEnd };
}

function freezeDeep(value: unknown): void {
  if (!value || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const v of Object.values(value as RecordedEvent)) freezeDeep(v);
}
