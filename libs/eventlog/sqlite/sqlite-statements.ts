/**
 * Every statement the embedded log runs, prepared once per connection, plus the one dynamic query
 * (readAll with its filters), prepared once per filter shape.
 */
import type { Database, Statement } from 'better-sqlite3';
import { EventMetadata, LogFilter, RecordedEvent } from '../event-log.port';

export interface EventRow {
  position: number;
  stream: string;
  revision: number;
  tenant: string;
  type: string;
  data: string;
  metadata: string;
  recorded_at: string;
}

const COLUMNS = 'position, stream, revision, tenant, type, data, metadata, recorded_at';

/**
 * The exclusive upper bound of "starts with prefix" under SQLite's BINARY (UTF-8 memcmp) collation:
 * U+10FFFF sorts after every character a type can continue with, so `type >= p AND type < p+U+10FFFF`
 * is a range the planner understands, unlike LIKE 'p%' (which is case-insensitive and escapes nothing).
 */
export const PREFIX_UPPER_BOUND = '\u{10FFFF}';

export interface ReadAllQuery {
  sql: string;
  params: Array<string | number>;
  /** Identifies the statement shape so the prepared statement can be reused. */
  shape: string;
}

/** Builds the readAll page query; parameters are (after, [tenant], [lo, hi]*, limit). */
export function buildReadAllQuery(filter: LogFilter, after: number, limit: number): ReadAllQuery {
  const where = ['position > ?'];
  const params: Array<string | number> = [after];
  if (filter.tenant !== undefined) {
    where.push('tenant = ?');
    params.push(filter.tenant);
  }
  const prefixes = filter.typePrefixes ?? [];
  if (prefixes.length > 0) {
    where.push(`(${prefixes.map(() => '(type >= ? AND type < ?)').join(' OR ')})`);
    for (const prefix of prefixes) params.push(prefix, prefix + PREFIX_UPPER_BOUND);
  }
  params.push(limit);
  // With a tenant, the planner may still prefer the rowid range (it does once ANALYZE sees few tenants),
  // which walks every tenant's rows. INDEXED BY pins the (tenant, position) index: one tenant's slice, in order.
  const source = filter.tenant !== undefined ? 'events INDEXED BY events_tenant_position' : 'events';
  const sql = `SELECT ${COLUMNS} FROM ${source} WHERE ${where.join(' AND ')} ORDER BY position LIMIT ?`;
  return { sql, params, shape: `${filter.tenant !== undefined ? 't' : '-'}${prefixes.length}` };
}

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    stream: row.stream,
    revision: row.revision,
    position: row.position,
    tenant: row.tenant,
    type: row.type,
    data: JSON.parse(row.data) as Record<string, unknown>,
    metadata: JSON.parse(row.metadata) as EventMetadata,
    recorded_at: row.recorded_at,
  };
}

export class SqliteStatements {
  readonly insertEvent: Statement<[string, number, string, string, string, string, string, string]>;
  readonly upsertStream: Statement<[string, number]>;
  readonly streamRevision: Statement<[string], { revision: number }>;
  readonly head: Statement<[], { head: number | null }>;
  readonly streamForwards: Statement<[string, number, number], EventRow>;
  readonly streamBackwards: Statement<[string, number, number], EventRow>;
  private readonly readAllByShape = new Map<string, Statement<Array<string | number>, EventRow>>();

  constructor(private readonly db: Database) {
    this.insertEvent = db.prepare(
      `INSERT INTO events (stream, revision, tenant, type, event_id, data, metadata, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.upsertStream = db.prepare(
      `INSERT INTO streams (stream, revision) VALUES (?, ?)
       ON CONFLICT (stream) DO UPDATE SET revision = excluded.revision`,
    );
    this.streamRevision = db.prepare('SELECT revision FROM streams WHERE stream = ?');
    this.head = db.prepare('SELECT max(position) AS head FROM events');
    this.streamForwards = db.prepare(
      `SELECT ${COLUMNS} FROM events WHERE stream = ? AND revision >= ? ORDER BY revision ASC LIMIT ?`,
    );
    this.streamBackwards = db.prepare(
      `SELECT ${COLUMNS} FROM events WHERE stream = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`,
    );
  }

  readAll(filter: LogFilter, after: number, limit: number): EventRow[] {
    const query = buildReadAllQuery(filter, after, limit);
    let statement = this.readAllByShape.get(query.shape);
    if (!statement) {
      statement = this.db.prepare<Array<string | number>, EventRow>(query.sql);
      this.readAllByShape.set(query.shape, statement);
    }
    return statement.all(...query.params);
  }

  headPosition(): number {
    return this.head.get()?.head ?? 0;
  }

  currentRevision(stream: string): number {
    return this.streamRevision.get(stream)?.revision ?? -1;
  }
}
