import { EventEmitter } from 'events';
import type {
  AppendOptions, AppendResult, BatchHandler, EventLog, LogSubscription, NewEvent, ReadAllOptions, ReadAllPage,
  ReadStreamOptions, RecordedEvent, SubscribeOptions,
} from '@g3n/eventlog';
import type { EventRegistry } from '../events/event-registry';
import { TypeLedger } from './type-ledger';

/**
 * The event log as the runtime uses it: every read is upcast to the current schema versions, and every append
 * in this process is announced (`appended`), so projections wake at once instead of waiting for their poll.
 */
export class ObservedEventLog implements EventLog {
  readonly kind: string;
  private readonly emitter = new EventEmitter();
  /** The types of the newest events, from this process's appends and unfiltered reads (see TypeLedger). */
  private readonly ledger = new TypeLedger();

  constructor(readonly inner: EventLog, private readonly registry: EventRegistry) {
    this.kind = inner.kind;
    this.emitter.setMaxListeners(0);
  }

  /**
   * Subscribes to appends made through this instance (position of the last event, types appended, position of the
   * first event, the stream, and when the adapter offers them the appended events as a read returns them, upcast,
   * built on first call); returns the unsubscribe function.
   */
  onAppended(listener: (position: number, types: string[], first: number, stream: string, recorded?: () => RecordedEvent[]) => void): () => void {
    this.emitter.on('appended', listener);
    return () => this.emitter.off('appended', listener);
  }

  async append(stream: string, events: NewEvent[], options?: AppendOptions): Promise<AppendResult> {
    const result = await this.inner.append(stream, events, options);
    const types = events.map((e) => e.type);
    this.ledger.appended(result.positions, types);
    const recorded = result.recorded;
    const upcast = recorded && (() => recorded().map((e) => this.registry.upcast(e)));
    this.emitter.emit('appended', result.position, types, result.positions[0] ?? result.position, stream, upcast);
    return result;
  }

  async readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return (await this.inner.readStream(stream, options)).map((e) => this.registry.upcast(e));
  }

  streamRevision(stream: string): Promise<number> {
    return this.inner.streamRevision(stream);
  }

  /**
   * A type-filtered read (no tenant) of a range in which this process knows every event and none has those types is
   * answered from the ledger after one head lookup, as the log would answer it: no events, `next` at the head.
   */
  async readAll(options: ReadAllOptions = {}): Promise<ReadAllPage> {
    const after = options.after ?? 0;
    // The head is asked for only when the ledger could answer: a reader catching up, or one whose types were
    // appended, goes straight to the log.
    const through = options.typePrefixes?.length && options.tenant === undefined ? this.ledger.quietThrough(after, options.typePrefixes) : null;
    if (through !== null) {
      const head = await this.inner.headPosition();
      if (head <= through) return { events: [], next: Math.max(after, head), atEnd: true };
    }
    const page = await this.inner.readAll(options);
    if (!options.typePrefixes?.length && options.tenant === undefined) this.ledger.read(after, page.next, page.events);
    return { ...page, events: page.events.map((e) => this.registry.upcast(e)) };
  }

  subscribe(options: SubscribeOptions, handler: BatchHandler): LogSubscription {
    return this.inner.subscribe(options, (events) => handler(events.map((e) => this.registry.upcast(e))));
  }

  headPosition(): Promise<number> {
    return this.inner.headPosition();
  }

  close(): Promise<void> {
    this.emitter.removeAllListeners();
    return this.inner.close();
  }
}
