/**
 * The EventLog port: one append-only log, one total order over all events, streams per aggregate instance.
 * Every adapter (SQLite embedded, EventStoreDB) passes the same contract suite in test/contract/eventlog.
 */

/** Metadata carried by every event (ARCHITECTURE.md "Events"). Adapters store it verbatim. */
export interface EventMetadata {
  event_id: string;
  org_guid?: string;
  orgcode?: string;
  actor: string;
  request_id?: string;
  trace_id?: string;
  reason?: string;
  source_refs?: Array<{ kind: string; id: string }>;
  cccode?: string;
  occurred_at: string;
  schema_version: number;
  correlation_id?: string;
  causation_id?: string;
  [extra: string]: unknown;
}

/** An event to append: a plain JSON object; `metadata.event_id` is its unique id (adapters use it as the store's event id). */
export interface NewEvent {
  type: string;
  data: Record<string, unknown>;
  metadata: EventMetadata;
}

/** An event as read back from the log. */
export interface RecordedEvent extends NewEvent {
  /** Stream (aggregate instance) it belongs to. */
  stream: string;
  /** 0-based revision within its stream. */
  revision: number;
  /** Global log position: unique, strictly increasing in log order (not necessarily contiguous on every adapter). */
  position: number;
  /** Tenant key, the stream name's first segment (see streamName()). */
  tenant: string;
  /** When the store recorded it (ISO-8601 UTC). */
  recorded_at: string;
}

/**
 * - 'any': append whatever the stream's state;
 * - 'no_stream': the stream must not exist yet;
 * - 'stream_exists': the stream must exist;
 * - a number: the revision of the stream's last event must equal it.
 */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | number;

export interface AppendOptions {
  expectedRevision?: ExpectedRevision;
}

export interface AppendResult {
  /** Revision of the last event appended (the stream's new current revision). */
  nextRevision: number;
  /** Global position of the last event appended. */
  position: number;
  /** Global position of each appended event, in order. */
  positions: number[];
  /**
   * The appended events exactly as a read of the log returns them, built when first asked for (adapters that hold
   * what they stored may offer it; the others leave it out). The projection worker serves the log's tail from it
   * instead of reading back what this process just wrote.
   */
  recorded?: () => RecordedEvent[];
}

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  /** Inclusive start revision; forwards defaults to 0, backwards to the end of the stream. */
  fromRevision?: number;
  maxCount?: number;
}

/** A filter over the whole log. Both parts are optional; an event matches when it matches every part given. */
export interface LogFilter {
  /** Only events of streams belonging to this tenant (must be served without scanning other tenants' events). */
  tenant?: string;
  /** Only events whose type starts with one of these prefixes, e.g. ['ics.', 'scm.order-']. */
  typePrefixes?: string[];
}

export interface ReadAllOptions extends LogFilter {
  /** Exclusive: events with position strictly greater than this. Omit (or 0) to start at the beginning. */
  after?: number;
  /** Page size; adapters cap it at 10 000. */
  limit?: number;
}

export interface ReadAllPage {
  events: RecordedEvent[];
  /**
   * Where the next page starts (pass as `after`). When a filter skipped events, this can be past the last
   * returned event, so a filtered reader does not re-scan what it already passed over.
   */
  next: number;
  /** True when the read reached the current end of the log. */
  atEnd: boolean;
}

export interface SubscribeOptions extends LogFilter {
  /** Exclusive start position, as for readAll. */
  after?: number;
  /** Maximum events handed to the handler at once. */
  batchSize?: number;
}

/**
 * Handler for a subscription: called with batches in log order; the next batch is not delivered until the
 * returned promise settles. If it rejects, the subscription stops and `done` rejects with that error.
 */
export type BatchHandler = (events: RecordedEvent[]) => Promise<void>;

export interface LogSubscription {
  /** Stop delivering; resolves once the handler is no longer running. */
  stop(): Promise<void>;
  /** Settles when the subscription ends: resolves after stop(), rejects if the handler or the store failed. */
  readonly done: Promise<void>;
}

export interface EventLog {
  /** Human-readable adapter name, e.g. "sqlite" or "eventstoredb". */
  readonly kind: string;
  append(stream: string, events: NewEvent[], options?: AppendOptions): Promise<AppendResult>;
  readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** Current revision of a stream, or -1 when it does not exist. */
  streamRevision(stream: string): Promise<number>;
  readAll(options?: ReadAllOptions): Promise<ReadAllPage>;
  /** Catch-up from `after`, then live, until stopped. */
  subscribe(options: SubscribeOptions, handler: BatchHandler): LogSubscription;
  /** Position of the newest event in the log (0 when empty). */
  headPosition(): Promise<number>;
  close(): Promise<void>;
}

/** Raised when an append's expected revision does not hold. */
export class WrongExpectedRevisionError extends Error {
  constructor(
    readonly stream: string,
    readonly expected: ExpectedRevision,
    /** The stream's current revision, -1 when it does not exist. */
    readonly actual: number,
  ) {
    super(`wrong expected revision on ${stream}: expected ${String(expected)}, actual ${actual}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

/** The platform tenant: streams of events that belong to no org (users, sessions, invitations). */
export const PLATFORM_TENANT = 'platform';

/**
 * Stream names start with the tenant so one tenant's events can be read without scanning the others':
 * `<tenant>/<category>/<id>`, for example `org_01H.../ics.stock/LOG1:VAR9`.
 */
export function streamName(tenant: string, category: string, id: string): string {
  if (!tenant || tenant.includes('/')) throw new Error(`invalid tenant for a stream name: ${JSON.stringify(tenant)}`);
  if (!category || category.includes('/')) throw new Error(`invalid stream category: ${JSON.stringify(category)}`);
  if (!id) throw new Error('a stream id is required');
  return `${tenant}/${category}/${id}`;
}

export function tenantOfStream(stream: string): string {
  const slash = stream.indexOf('/');
  return slash > 0 ? stream.slice(0, slash) : stream;
}

export const MAX_READ_PAGE = 10_000;
