/**
 * Catch-up-then-live delivery from EventStoreDB: one filtered subscribeToAll from the checkpoint covers both
 * the historical part and live events. Batches go to the handler one at a time (the stream is paused while
 * the handler is busy and the queue is full). The checkpoint is the last DELIVERED position; when the
 * connection drops, we resubscribe from it with exponential backoff, and positions at or below it are
 * dropped, so a reconnect neither loses nor repeats events.
 */
import { excludeSystemEvents } from '@eventstore/db-client';
import type { AllStreamResolvedEvent, EventStoreDBClient, Filter } from '@eventstore/db-client';
import { BatchHandler, LogSubscription, RecordedEvent, SubscribeOptions } from '../event-log.port';
import { pageLimit, typeMatches } from '../shared/append-rules';
import { StopSignal, sleepUnlessStopped, startSubscription } from '../shared/subscription-lifecycle';
import { serverFilterFor } from './esdb-filtered-read';
import { toRecordedEvent } from './esdb-mapping';
import { startPosition } from './esdb-positions';

const DEFAULT_BATCH = 500;
const BACKOFF_FIRST_MS = 100;
const BACKOFF_MAX_MS = 10_000;
/** Queue length (in batches) at which the gRPC stream is paused until the handler catches up. */
const QUEUED_BATCHES_BEFORE_PAUSE = 4;

/** Wraps a failure that must end the subscription (the handler's, or an event we cannot map). */
class Fatal {
  constructor(readonly error: unknown) {}
}

class StreamEnded extends Error {
  constructor() {
    super('EventStoreDB subscription ended');
  }
}

/** Client error types after which resubscribing can help: the connection, the node or a deadline. */
const TRANSIENT_TYPES = new Set(['unavailable', 'cancelled', 'deadline-exceeded', 'timeout', 'not-leader', 'unknown']);

/**
 * gRPC status codes of the same kinds, for errors the client passes through unconverted (it does so for its
 * first call on a new connection): CANCELLED, UNKNOWN, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED, ABORTED,
 * INTERNAL, UNAVAILABLE.
 */
const TRANSIENT_GRPC_CODES = new Set([1, 2, 4, 8, 10, 13, 14]);

function isTransient(error: unknown): boolean {
  if (error instanceof StreamEnded) return true;
  const { type, code } = (error ?? {}) as { type?: unknown; code?: unknown };
  if (typeof type === 'string') return TRANSIENT_TYPES.has(type);
  return typeof code === 'number' && TRANSIENT_GRPC_CODES.has(code);
}

export function subscribeToEventStoreDb(
  client: EventStoreDBClient, options: SubscribeOptions, handler: BatchHandler,
): LogSubscription {
  return startSubscription(async (signal) => {
    let checkpoint = Math.max(0, options.after ?? 0);
    let backoff = BACKOFF_FIRST_MS;
    while (!signal.stopped) {
      try {
        await pump(client, options, handler, signal, checkpoint, {
          delivered: (position) => { checkpoint = position; },
          // A confirmed subscription means the server is back: the next drop starts the backoff afresh.
          confirmed: () => { backoff = BACKOFF_FIRST_MS; },
        });
      } catch (error) {
        if (error instanceof Fatal) throw error.error;
        if (!isTransient(error)) throw error;
      }
      if (signal.stopped) return;
      await sleepUnlessStopped(backoff, signal);
      backoff = Math.min(backoff * 2, BACKOFF_MAX_MS);
    }
  });
}

/** One connection's worth of delivery: returns when stopped, throws when the stream fails or ends. */
async function pump(
  client: EventStoreDBClient, options: SubscribeOptions, handler: BatchHandler, signal: StopSignal,
  checkpoint: number, progress: { delivered(position: number): void; confirmed(): void },
): Promise<void> {
  const batchSize = pageLimit(options.batchSize, DEFAULT_BATCH);
  const server = serverFilterFor(options);
  const filter: Filter = server ? server.filter(() => undefined) : excludeSystemEvents();
  const subscription = client.subscribeToAll({ fromPosition: startPosition(checkpoint), filter });
  const queue: RecordedEvent[] = [];
  let lastQueued = checkpoint;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  const poke = (): void => { const resume = wake; wake = null; resume?.(); };

  subscription.on('data', (resolved: AllStreamResolvedEvent) => {
    try {
      const event = toRecordedEvent(resolved);
      if (event && event.position > lastQueued && typeMatches(event.type, server?.clientTypePrefixes)) {
        lastQueued = event.position;
        queue.push(event);
        if (queue.length >= batchSize * QUEUED_BATCHES_BEFORE_PAUSE) subscription.pause();
      }
    } catch (error) {
      failure = failure ?? new Fatal(error);
    }
    poke();
  });
  subscription.on('confirmation', () => progress.confirmed());
  subscription.on('error', (error: Error) => { failure = failure ?? error; poke(); });
  subscription.on('end', () => { failure = failure ?? new StreamEnded(); poke(); });
  const disposeStop = signal.onStop(poke);

  try {
    while (!signal.stopped) {
      if (queue.length > 0) {
        const batch = queue.splice(0, batchSize);
        if (subscription.isPaused() && queue.length < batchSize) subscription.resume();
        try {
          await handler(batch);
        } catch (error) {
          throw new Fatal(error);
        }
        progress.delivered(batch[batch.length - 1].position);
        continue;
      }
      // Events queued before a failure are still delivered (above); only then is the failure acted on.
      if (failure) throw failure;
      await new Promise<void>((resolve) => { wake = resolve; });
    }
  } finally {
    disposeStop();
    subscription.removeAllListeners('data');
    subscription.on('error', () => undefined);
    await subscription.unsubscribe().catch(() => undefined);
  }
}
