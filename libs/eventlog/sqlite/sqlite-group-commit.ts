/**
 * Group commit for the embedded log. better-sqlite3 is synchronous, so one transaction per append would
 * pay the commit cost (and, with synchronous=FULL, an fsync) per append. Appends arriving in the same tick,
 * or while the previous batch was committing, are queued and committed together in ONE transaction on the
 * next setImmediate. Each append still checks its own expected revision inside that transaction, so a
 * conflicting append is rejected alone and writes nothing, while the others in the batch commit.
 */
import type { Database } from 'better-sqlite3';
import { AppendResult, ExpectedRevision, RecordedEvent, WrongExpectedRevisionError } from '../event-log.port';
import { expectedRevisionHolds } from '../shared/append-rules';
import { SqliteStatements, toRecordedEvent } from './sqlite-statements';
import type { StreamHeads } from './sqlite-stream-heads';

export interface SerializedEvent {
  type: string;
  eventId: string;
  data: string;
  metadata: string;
}

interface PendingAppend {
  stream: string;
  tenant: string;
  expected: ExpectedRevision;
  events: SerializedEvent[];
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

type Outcome = AppendResult | WrongExpectedRevisionError;

export class GroupCommitter {
  private queue: PendingAppend[] = [];
  private scheduled = false;
  private readonly commitBatch: (batch: PendingAppend[]) => Outcome[];
  /** Transactions committed and appends in them; read by tests and the benchmark. */
  readonly stats = { transactions: 0, appends: 0 };

  constructor(
    db: Database,
    private readonly statements: SqliteStatements,
    private readonly onCommitted: () => void,
    private readonly heads?: StreamHeads,
  ) {
    // IMMEDIATE takes the write lock at BEGIN: the revision checks and the inserts see the same state even
    // when another process writes the same file, and busy_timeout applies instead of a failed lock upgrade.
    const transaction = db.transaction((batch: PendingAppend[]) => this.writeBatch(batch));
    this.commitBatch = (batch) => transaction.immediate(batch);
  }

  get pending(): number {
    return this.queue.length;
  }

  enqueue(stream: string, tenant: string, expected: ExpectedRevision, events: SerializedEvent[]): Promise<AppendResult> {
    return new Promise<AppendResult>((resolve, reject) => {
      this.queue.push({ stream, tenant, expected, events, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Commits everything queued now. Promises settle only after COMMIT returned. */
  flush(): void {
    this.scheduled = false;
    const batch = this.queue;
    if (batch.length === 0) return;
    this.queue = [];
    let outcomes: Outcome[];
    try {
      outcomes = this.commitBatch(batch);
    } catch (error) {
      // The whole transaction rolled back (I/O error, lock timeout): nothing of this batch was written.
      for (const append of batch) {
        this.heads?.forget(append.stream);
        append.reject(error);
      }
      return;
    }
    this.stats.transactions += 1;
    this.stats.appends += batch.length;
    batch.forEach((append, index) => {
      const outcome = outcomes[index];
      if (outcome instanceof WrongExpectedRevisionError) {
        this.heads?.forget(append.stream);
        append.reject(outcome);
      } else {
        this.heads?.appended(append.stream, outcome.nextRevision);
        append.resolve(outcome);
      }
    });
    this.onCommitted();
  }

  private writeBatch(batch: PendingAppend[]): Outcome[] {
    const recordedAt = new Date().toISOString();
    // Revisions reached by earlier appends of this batch, so later ones check against them.
    const revisions = new Map<string, number>();
    const outcomes = batch.map((append): Outcome => {
      const current = revisions.get(append.stream) ?? this.statements.currentRevision(append.stream);
      if (!expectedRevisionHolds(append.expected, current)) {
        return new WrongExpectedRevisionError(append.stream, append.expected, current);
      }
      let revision = current;
      const positions: number[] = [];
      for (const event of append.events) {
        revision += 1;
        const { lastInsertRowid } = this.statements.insertEvent.run(
          append.stream, revision, append.tenant, event.type, event.eventId, event.data, event.metadata, recordedAt,
        );
        positions.push(Number(lastInsertRowid));
      }
      revisions.set(append.stream, revision);
      return { nextRevision: revision, position: positions[positions.length - 1], positions, recorded: recordedOnce(append, current, positions, recordedAt) };
    });
    for (const [stream, revision] of revisions) this.statements.upsertStream.run(stream, revision);
    return outcomes;
  }
}

/** The rows this append wrote, as readAll would return them (parsed from the same text), built once on demand. */
function recordedOnce(append: PendingAppend, before: number, positions: number[], recordedAt: string): () => RecordedEvent[] {
  let events: RecordedEvent[] | undefined;
  return () =>
    (events ??= append.events.map((event, i) =>
      toRecordedEvent({
        stream: append.stream, revision: before + 1 + i, position: positions[i], tenant: append.tenant,
        type: event.type, data: event.data, metadata: event.metadata, recorded_at: recordedAt,
      }),
    ));
}
