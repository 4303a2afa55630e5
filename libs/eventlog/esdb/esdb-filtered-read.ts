/**
 * A filtered page of $all on EventStoreDB. The official Node client's readAll takes no filter, so a page is
 * read as a short-lived filtered catch-up subscription: the server scans and filters (stream-name prefix for
 * a tenant, event-type prefixes otherwise), we take up to `limit` events or stop at `caughtUp`, then cancel.
 * Requires a server that sends caught-up notices (EventStoreDB 23.10 or later).
 */
import { eventTypeFilter, streamNameFilter } from '@eventstore/db-client';
import type { AllStreamResolvedEvent, EventStoreDBClient, Filter, Position } from '@eventstore/db-client';
import { LogFilter, ReadAllPage, RecordedEvent } from '../event-log.port';
import { typeMatches } from '../shared/append-rules';
import { toRecordedEvent } from './esdb-mapping';
import { checkpointPosition, startPosition } from './esdb-positions';

/** Records the server considers between two checkpoints; a checkpoint lets `next` skip filtered-out stretches. */
const SEARCH_WINDOW = 1_000;
/** Give up when the server sends nothing at all for this long (no events, checkpoints or caught-up notice). */
const IDLE_TIMEOUT_MS = 30_000;

export interface ServerFilter {
  filter: (onCheckpoint: (position: Position) => void) => Filter;
  /** Part of the LogFilter the server could not apply; checked on each delivered event. */
  clientTypePrefixes?: string[];
}

/**
 * Tenant → server-side stream-name prefix (types checked here when both are given, since one server filter
 * can match streams or types, not both); types only → server-side event-type prefixes.
 */
export function serverFilterFor(filter: LogFilter): ServerFilter | undefined {
  const prefixes = filter.typePrefixes?.length ? filter.typePrefixes : undefined;
  if (filter.tenant !== undefined) {
    const tenantPrefix = `${filter.tenant}/`;
    return {
      filter: (onCheckpoint) => streamNameFilter({
        prefixes: [tenantPrefix], checkpointInterval: 1, maxSearchWindow: SEARCH_WINDOW,
        checkpointReached: (_subscription, position) => onCheckpoint(position),
      }),
      clientTypePrefixes: prefixes,
    };
  }
  if (prefixes) {
    return {
      filter: (onCheckpoint) => eventTypeFilter({
        prefixes, checkpointInterval: 1, maxSearchWindow: SEARCH_WINDOW,
        checkpointReached: (_subscription, position) => onCheckpoint(position),
      }),
    };
  }
  return undefined;
}

export function readFilteredPage(
  client: EventStoreDBClient, server: ServerFilter, after: number, limit: number,
): Promise<ReadAllPage> {
  return new Promise<ReadAllPage>((resolve, reject) => {
    const events: RecordedEvent[] = [];
    let next = after;
    let finished = false;
    /** After caught-up: events the stream had already buffered before the notice, still to be handled. */
    let bufferedBeforeCaughtUp: number | null = null;
    let idle: NodeJS.Timeout | undefined;

    const subscription = client.subscribeToAll({
      fromPosition: startPosition(after),
      filter: server.filter((position) => {
        // Checkpoints arrive in stream order, after every event before them was pushed.
        next = Math.max(next, checkpointPosition(position));
        touch();
      }),
    });

    const finish = (error: unknown, atEnd: boolean): void => {
      if (finished) return;
      finished = true;
      if (idle) clearTimeout(idle);
      subscription.removeAllListeners('data');
      // Errors raised while cancelling must not surface as unhandled 'error' events.
      subscription.on('error', () => undefined);
      void subscription.unsubscribe().catch(() => undefined);
      if (error) reject(error);
      else resolve({ events, next, atEnd });
    };
    const touch = (): void => {
      if (idle) clearTimeout(idle);
      idle = setTimeout(() => finish(new Error('EventStoreDB filtered read: no progress and no caught-up notice'), false), IDLE_TIMEOUT_MS);
    };

    subscription.on('data', (resolved: AllStreamResolvedEvent) => {
      if (finished) return;
      touch();
      try {
        const event = toRecordedEvent(resolved);
        if (event && event.position > after && typeMatches(event.type, server.clientTypePrefixes)) {
          events.push(event);
        }
        if (event) next = Math.max(next, event.position);
      } catch (error) {
        finish(error, false);
        return;
      }
      if (events.length >= limit) {
        // More may follow: the next page starts right after the last event returned, never past it.
        next = events[events.length - 1].position;
        finish(null, false);
      } else if (bufferedBeforeCaughtUp !== null && --bufferedBeforeCaughtUp <= 0) {
        finish(null, true);
      }
    });
    subscription.on('caughtUp', () => {
      // 'caughtUp' is emitted while transforming; events before it may still sit in the readable buffer.
      bufferedBeforeCaughtUp = subscription.readableLength;
      if (bufferedBeforeCaughtUp === 0) finish(null, true);
    });
    subscription.on('error', (error: Error) => finish(error, false));
    // A catch-up subscription never ends on its own; ending early means the server dropped us.
    subscription.on('end', () => finish(new Error('EventStoreDB filtered read ended before catching up'), false));
    touch();
  });
}
