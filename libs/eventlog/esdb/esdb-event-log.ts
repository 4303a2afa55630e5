/**
 * The production EventLog on EventStoreDB through the official gRPC client. Streams, revisions and
 * expected-revision checks are EventStoreDB's own; positions are $all commit positions (esdb-positions.ts).
 */
import {
  BACKWARDS, END, EventStoreDBClient, FORWARDS, START, StreamNotFoundError, WrongExpectedVersionError, jsonEvent,
} from '@eventstore/db-client';
import type { AllStreamResolvedEvent, ResolvedEvent, StreamingRead } from '@eventstore/db-client';
import {
  AppendOptions, AppendResult, BatchHandler, EventLog, LogSubscription, NewEvent, ReadAllOptions, ReadAllPage,
  ReadStreamOptions, RecordedEvent, SubscribeOptions, WrongExpectedRevisionError,
} from '../event-log.port';
import { assertAppendable, pageLimit } from '../shared/append-rules';
import { readFilteredPage, serverFilterFor } from './esdb-filtered-read';
import { fromCurrentRevision, isSystemEvent, toClientExpectedRevision, toRecordedEvent, toStoreEventId } from './esdb-mapping';
import { eventPosition, startPosition, toSafeNumber } from './esdb-positions';
import { subscribeToEventStoreDb } from './esdb-subscription';

export interface EventStoreDbEventLogOptions {
  /** e.g. `esdb://localhost:2113?tls=false` */
  connectionString: string;
}

/** Events read per request while looking backwards for the newest non-system event. */
const HEAD_SCAN = 256;

export function openEventStoreDbEventLog(options: EventStoreDbEventLogOptions): EventStoreDbEventLog {
  return new EventStoreDbEventLog(EventStoreDBClient.connectionString(options.connectionString));
}

export class EventStoreDbEventLog implements EventLog {
  readonly kind = 'eventstoredb';
  private readonly subscriptions = new Set<LogSubscription>();
  private closed = false;

  constructor(private readonly client: EventStoreDBClient) {}

  async append(stream: string, events: NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    this.assertOpen();
    assertAppendable(stream, events);
    const expected = options.expectedRevision ?? 'any';
    const payload = events.map((event) => jsonEvent({
      id: toStoreEventId(event.metadata.event_id),
      type: event.type,
      data: event.data,
      metadata: event.metadata,
    }));
    let written;
    try {
      written = await this.client.appendToStream(stream, payload, { expectedRevision: toClientExpectedRevision(expected) });
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        const actual = fromCurrentRevision(error.actualVersion) ?? await this.streamRevision(stream);
        throw new WrongExpectedRevisionError(stream, expected, actual);
      }
      throw error;
    }
    const nextRevision = Number(written.nextExpectedRevision);
    const single = written.position && written.position.commit === written.position.prepare;
    if (events.length === 1 && single && written.position) {
      const position = toSafeNumber(written.position.commit, 'position');
      return { nextRevision, position, positions: [position] };
    }
    // A multi-event append reports one position for the whole write; each event's own position is read back.
    const appended = await this.readStream(stream, { fromRevision: nextRevision - events.length + 1, maxCount: events.length });
    const positions = appended.map((event) => event.position);
    if (positions.length !== events.length) throw new Error(`append to ${stream}: could not read back the appended events`);
    return { nextRevision, position: positions[positions.length - 1], positions };
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const backwards = options.direction === 'backwards';
    if (options.maxCount !== undefined && options.maxCount <= 0) return [];
    const read = this.client.readStream(stream, {
      direction: backwards ? BACKWARDS : FORWARDS,
      fromRevision: options.fromRevision !== undefined ? BigInt(Math.max(0, options.fromRevision)) : backwards ? END : START,
      maxCount: options.maxCount ?? Number.MAX_SAFE_INTEGER,
    });
    return collectStream(read);
  }

  async streamRevision(stream: string): Promise<number> {
    this.assertOpen();
    const newest = await collectStream(this.client.readStream(stream, { direction: BACKWARDS, fromRevision: END, maxCount: 1 }));
    return newest.length > 0 ? newest[0].revision : -1;
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllPage> {
    this.assertOpen();
    const after = Math.max(0, options.after ?? 0);
    const limit = pageLimit(options.limit);
    const server = serverFilterFor(options);
    if (server) return readFilteredPage(this.client, server, after, limit);
    return this.readUnfiltered(after, limit);
  }

  subscribe(options: SubscribeOptions, handler: BatchHandler): LogSubscription {
    this.assertOpen();
    const subscription = subscribeToEventStoreDb(this.client, options, handler);
    this.subscriptions.add(subscription);
    void subscription.done.catch(() => undefined).then(() => this.subscriptions.delete(subscription));
    return subscription;
  }

  async headPosition(): Promise<number> {
    this.assertOpen();
    let from: ReturnType<typeof startPosition> = END;
    for (;;) {
      let seen = 0;
      let oldest: number | undefined;
      for await (const resolved of this.client.readAll({ direction: BACKWARDS, fromPosition: from, maxCount: HEAD_SCAN })) {
        seen += 1;
        const event = resolved.event;
        if (!event) continue;
        if (!isSystemEvent(event.streamId, event.type)) return eventPosition(event.position, event.streamId);
        oldest = toSafeNumber(event.position.commit, 'position');
      }
      if (seen < HEAD_SCAN || oldest === undefined) return 0;
      // Backwards reads exclude the record at `from`, so this continues just before the oldest one seen.
      from = startPosition(oldest);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    await this.client.dispose();
  }

  /** Unfiltered page: plain readAll, skipping EventStoreDB's system events client-side. */
  private async readUnfiltered(after: number, limit: number): Promise<ReadAllPage> {
    const events: RecordedEvent[] = [];
    let next = after;
    let scanned = 0;
    // One extra: a read from {after, after} is inclusive and usually starts with the event at `after` itself.
    const wanted = limit + 1;
    const read = this.client.readAll({ direction: FORWARDS, fromPosition: startPosition(after), maxCount: wanted });
    for await (const resolved of read) {
      scanned += 1;
      const raw = resolved.event;
      if (!raw) continue;
      const event = toRecordedEvent(resolved);
      const position = event ? event.position : toSafeNumber(raw.position.commit, 'position');
      if (position <= after) continue;
      if (event) {
        if (events.length === limit) return { events, next: events[events.length - 1].position, atEnd: false };
        events.push(event);
      }
      next = position;
    }
    return { events, next, atEnd: scanned < wanted };
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('the event log is closed');
  }
}

/** Reads a stream to the end; a missing stream is simply empty. */
async function collectStream(read: StreamingRead<ResolvedEvent> | StreamingRead<AllStreamResolvedEvent>): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  try {
    for await (const resolved of read) {
      const event = toRecordedEvent(resolved);
      if (event) events.push(event);
    }
  } catch (error) {
    if (error instanceof StreamNotFoundError) return [];
    throw error;
  }
  return events;
}
