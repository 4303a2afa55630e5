/**
 * The embedded EventLog: one SQLite file (WAL), written through group commit, read with prepared statements.
 * Several processes may open the same file; writes serialize on SQLite's write lock, subscriptions notice
 * other processes' commits by polling data_version.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'fs';
import { dirname } from 'path';
import {
  AppendOptions, AppendResult, BatchHandler, EventLog, LogSubscription, NewEvent, ReadAllOptions, ReadAllPage,
  ReadStreamOptions, RecordedEvent, SubscribeOptions, tenantOfStream,
} from '../event-log.port';
import { assertAppendable, pageLimit } from '../shared/append-rules';
import { StopSignal, startSubscription } from '../shared/subscription-lifecycle';
import { SqliteChangeNotifier } from './sqlite-change-notifier';
import { GroupCommitter, SerializedEvent } from './sqlite-group-commit';
import { configureConnection, SqliteSynchronous } from './sqlite-schema';
import { SqliteStatements, toRecordedEvent } from './sqlite-statements';
import { StreamHeads } from './sqlite-stream-heads';

export interface SqliteEventLogOptions {
  /** Path of the database file, or ':memory:' (one connection only, nothing survives the process). */
  file: string;
  /** 'normal' (default): survives the process being killed. 'full': also survives power loss, one fsync per commit. */
  synchronous?: SqliteSynchronous;
}

const DEFAULT_SUBSCRIPTION_BATCH = 500;

export function openSqliteEventLog(options: SqliteEventLogOptions): SqliteEventLog {
  const inMemory = options.file === ':memory:';
  if (!inMemory) mkdirSync(dirname(options.file), { recursive: true });
  const db = new Database(options.file);
  try {
    configureConnection(db, options.synchronous ?? 'normal', inMemory);
  } catch (error) {
    db.close();
    throw error;
  }
  return new SqliteEventLog(db);
}

export class SqliteEventLog implements EventLog {
  readonly kind = 'sqlite';
  private readonly statements: SqliteStatements;
  private readonly committer: GroupCommitter;
  private readonly notifier: SqliteChangeNotifier;
  private readonly subscriptions = new Set<LogSubscription>();
  /** A consistent snapshot for page + head, so `next`/`atEnd` never claim rows a concurrent writer added. */
  private readonly readPage: (options: ReadAllOptions) => ReadAllPage;
  private closed = false;
  private readonly heads: StreamHeads;

  constructor(private readonly db: Database.Database) {
    this.statements = new SqliteStatements(db);
    this.notifier = new SqliteChangeNotifier(db);
    this.heads = new StreamHeads(db);
    this.committer = new GroupCommitter(db, this.statements, () => this.notifier.notifyCommitted(), this.heads);
    const pageInSnapshot = db.transaction((options: ReadAllOptions) => this.readPageNow(options));
    this.readPage = (options) => pageInSnapshot.deferred(options);
  }

  /** The connection's durability settings as SQLite reports them (for `g3n` status output and tests). */
  get durability(): { journalMode: string; synchronous: SqliteSynchronous } {
    const journalMode = String(this.db.pragma('journal_mode', { simple: true })).toLowerCase();
    const level = Number(this.db.pragma('synchronous', { simple: true }));
    // SQLite numbers them OFF=0, NORMAL=1, FULL=2, EXTRA=3; this adapter only sets NORMAL or FULL.
    return { journalMode, synchronous: level >= 2 ? 'full' : 'normal' };
  }

  /** Group-commit counters: how many transactions carried how many appends. */
  get commitStats(): { transactions: number; appends: number } {
    return { ...this.committer.stats };
  }

  append(stream: string, events: NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    try {
      this.assertOpen();
      assertAppendable(stream, events);
      // Serialized now, outside the batch: an event that cannot be stored fails only its own append.
      const serialized: SerializedEvent[] = events.map((event) => ({
        type: event.type,
        eventId: event.metadata.event_id,
        data: JSON.stringify(event.data),
        metadata: JSON.stringify(event.metadata),
      }));
      return this.committer.enqueue(stream, tenantOfStream(stream), options.expectedRevision ?? 'any', serialized);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const maxCount = options.maxCount === undefined ? -1 : Math.max(0, Math.floor(options.maxCount));
    if (maxCount === 0) return [];
    if (options.direction === 'backwards') {
      return this.statements.stream('backwards', stream, options.fromRevision ?? Number.MAX_SAFE_INTEGER, maxCount).map(toRecordedEvent);
    }
    const from = options.fromRevision ?? 0;
    if (maxCount >= 0) return this.statements.stream('forwards', stream, from, maxCount).map(toRecordedEvent);
    // The command runner's load: "anything after the revision I hold?" is usually answered without SQL.
    if (this.heads.nothingFrom(stream, from)) return [];
    const rows = this.statements.streamForwards.all(stream, from);
    this.heads.readToEnd(stream, from, rows.length ? rows[rows.length - 1].revision : undefined);
    return rows.map(toRecordedEvent);
  }

  async streamRevision(stream: string): Promise<number> {
    this.assertOpen();
    return this.statements.currentRevision(stream);
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllPage> {
    this.assertOpen();
    return this.readPage(options);
  }

  async headPosition(): Promise<number> {
    this.assertOpen();
    return this.statements.headPosition();
  }

  subscribe(options: SubscribeOptions, handler: BatchHandler): LogSubscription {
    this.assertOpen();
    const subscription = startSubscription((signal) => this.deliver(options, handler, signal));
    this.subscriptions.add(subscription);
    void subscription.done.catch(() => undefined).then(() => this.subscriptions.delete(subscription));
    return subscription;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    // Appends already accepted are committed, not dropped.
    this.committer.flush();
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    this.notifier.close();
    this.db.close();
  }

  private readPageNow(options: ReadAllOptions): ReadAllPage {
    const after = Math.max(0, options.after ?? 0);
    const limit = pageLimit(options.limit);
    const rows = this.statements.readAll(options, after, limit);
    const events = rows.map(toRecordedEvent);
    const head = this.statements.headPosition();
    if (events.length === limit) {
      const last = events[events.length - 1].position;
      return { events, next: last, atEnd: last >= head };
    }
    // A short page means every row up to the head was considered: a filtered reader may skip to the head.
    return { events, next: Math.max(after, head), atEnd: true };
  }

  /** Catch-up by pages, then live: waits for a commit (in-process notification or data_version poll). */
  private async deliver(options: SubscribeOptions, handler: BatchHandler, signal: StopSignal): Promise<void> {
    const filter = { tenant: options.tenant, typePrefixes: options.typePrefixes };
    const limit = pageLimit(options.batchSize, DEFAULT_SUBSCRIPTION_BATCH);
    let after = Math.max(0, options.after ?? 0);
    while (!signal.stopped && !this.closed) {
      const baseline = this.notifier.dataVersion();
      const page = this.readPage({ ...filter, after, limit });
      if (page.events.length > 0) {
        await handler(page.events);
        after = page.next;
        continue;
      }
      after = page.next;
      // No await between the read and registering the waiter: an in-process commit cannot slip in between.
      const waiting = this.notifier.wait(baseline);
      const disposeStop = signal.onStop(waiting.cancel);
      await waiting.promise;
      disposeStop();
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('the event log is closed');
  }
}
