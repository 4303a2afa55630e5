/**
 * SQLite-specific guarantees the shared contract cannot see: durability settings, the tenant index being
 * used, group commit batching, conflicts isolated within a batch, and close() flushing accepted appends.
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'crypto';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { NewEvent, WrongExpectedRevisionError } from '../event-log.port';
import { openSqliteEventLog } from './sqlite-event-log';
import { configureConnection } from './sqlite-schema';
import { buildReadAllQuery } from './sqlite-statements';

const event = (type = 'scm.order-placed'): NewEvent => ({
  type,
  data: { at: Date.now() },
  metadata: { event_id: randomUUID(), actor: 'operator', occurred_at: new Date().toISOString(), schema_version: 1 },
});

describe('SqliteEventLog', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'g3n-sqlite-log-')); });
  afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

  it('opens in WAL mode with synchronous NORMAL by default, FULL when asked, creating the directory', async () => {
    const normal = openSqliteEventLog({ file: join(dir, 'a', 'b', 'events.sqlite') });
    expect(normal.durability).toEqual({ journalMode: 'wal', synchronous: 'normal' });
    await normal.close();
    const full = openSqliteEventLog({ file: join(dir, 'a', 'b', 'events.sqlite'), synchronous: 'full' });
    expect(full.durability).toEqual({ journalMode: 'wal', synchronous: 'full' });
    await full.close();
  });

  it('reads one tenant through the (tenant, position) index, never scanning the table', () => {
    const db = new Database(join(dir, 'plan.sqlite'));
    configureConnection(db, 'normal', false);
    const insert = db.prepare(`INSERT INTO events (stream, revision, tenant, type, event_id, data, metadata, recorded_at)
      VALUES (?, ?, ?, ?, ?, '{}', '{}', '')`);
    for (let index = 0; index < 300; index += 1) insert.run(`t${index % 3}/s/${index}`, 0, `t${index % 3}`, 'scm.x', `${index}`);
    db.exec('ANALYZE');
    const plans = [
      buildReadAllQuery({ tenant: 't1' }, 0, 100),
      buildReadAllQuery({ tenant: 't1', typePrefixes: ['scm.', 'ics.stock-'] }, 10, 100),
    ].map((query) => db.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.params) as Array<{ detail: string }>);
    for (const plan of plans) {
      const details = plan.map((step) => step.detail).join(' | ');
      expect(details).toMatch(/SEARCH events USING (COVERING )?INDEX events_tenant_position \(tenant=\? AND (rowid|position)>\?\)/);
      expect(details).not.toMatch(/SCAN events/);
      expect(details).not.toMatch(/TEMP B-TREE/);
    }
    db.close();
  });

  it('commits appends arriving together in one transaction', async () => {
    const log = openSqliteEventLog({ file: join(dir, 'events.sqlite') });
    const before = log.commitStats;
    const results = await Promise.all(Array.from({ length: 50 }, (_, index) => log.append(`t/s/${index}`, [event()])));
    expect(log.commitStats.transactions - before.transactions).toBe(1);
    expect(log.commitStats.appends - before.appends).toBe(50);
    expect(results.map((result) => result.position)).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
    await log.close();
  });

  it('rejects a conflicting append alone, writing none of it, while the rest of its batch commits', async () => {
    const log = openSqliteEventLog({ file: join(dir, 'events.sqlite') });
    await log.append('t/s/1', [event()]);
    const outcomes = await Promise.allSettled([
      log.append('t/s/1', [event(), event()], { expectedRevision: 0 }),
      log.append('t/s/1', [event(), event(), event()], { expectedRevision: 0 }),
      log.append('t/s/2', [event()], { expectedRevision: 'no_stream' }),
      log.append('t/s/1', [event()], { expectedRevision: 2 }),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedRevisionError);
    expect((outcomes[1] as PromiseRejectedResult).reason.actual).toBe(2);
    expect((await log.readStream('t/s/1')).map((stored) => stored.revision)).toEqual([0, 1, 2, 3]);
    const page = await log.readAll({});
    expect(page.events.map((stored) => stored.position)).toEqual([1, 2, 3, 4, 5]);
    expect(log.commitStats.transactions).toBe(2);
    await log.close();
  });

  it('an event that cannot be serialized fails only its own append', async () => {
    const log = openSqliteEventLog({ file: ':memory:' });
    const bad = { ...event(), data: { amount: 10n } as unknown as Record<string, unknown> };
    const [good, broken] = await Promise.allSettled([log.append('t/s/1', [event()]), log.append('t/s/2', [bad])]);
    expect(good.status).toBe('fulfilled');
    expect(broken.status).toBe('rejected');
    expect(await log.streamRevision('t/s/2')).toBe(-1);
    await log.close();
  });

  it('close() commits appends that were accepted but not yet flushed', async () => {
    const file = join(dir, 'events.sqlite');
    const log = openSqliteEventLog({ file });
    const pending = [log.append('t/s/1', [event()]), log.append('t/s/2', [event(), event()])];
    await log.close();
    await expect(Promise.all(pending)).resolves.toHaveLength(2);
    await expect(log.append('t/s/3', [event()])).rejects.toThrow(/closed/);
    const reopened = openSqliteEventLog({ file });
    expect(await reopened.headPosition()).toBe(3);
    await reopened.close();
  });

  it('a filtered read that reaches the end moves `next` to the head, past skipped events', async () => {
    const log = openSqliteEventLog({ file: ':memory:' });
    await log.append('a/s/1', [event()]);
    await log.append('b/s/1', [event(), event(), event()]);
    const page = await log.readAll({ tenant: 'a', after: 0 });
    expect(page).toMatchObject({ next: 4, atEnd: true });
    expect(page.events).toHaveLength(1);
    const full = await log.readAll({ tenant: 'b', after: 0, limit: 3 });
    expect(full).toMatchObject({ next: 4, atEnd: true });
    await log.close();
  });

  it('checks expected revisions against appends made through another connection', async () => {
    const file = join(dir, 'events.sqlite');
    const server = openSqliteEventLog({ file });
    const cli = openSqliteEventLog({ file });
    await server.append('t/s/1', [event()]);
    await cli.append('t/s/1', [event()], { expectedRevision: 0 });
    await expect(server.append('t/s/1', [event()], { expectedRevision: 0 })).rejects.toMatchObject({ actual: 1 });
    expect((await server.append('t/s/1', [event()], { expectedRevision: 1 })).position).toBe(3);
    await Promise.all([server.close(), cli.close()]);
  });

  it('answers "anything from revision R on?" from what it knows, yet sees other connections\' appends', async () => {
    const file = join(dir, 'events.sqlite');
    const server = openSqliteEventLog({ file });
    const cli = openSqliteEventLog({ file });
    expect(await server.readStream('t/s/1', { fromRevision: 0 })).toEqual([]); // missing: remembered as such
    await server.append('t/s/1', [event(), event()]);
    expect((await server.readStream('t/s/1', { fromRevision: 0 })).map((e) => e.revision)).toEqual([0, 1]);
    expect(await server.readStream('t/s/1', { fromRevision: 2 })).toEqual([]);
    await cli.append('t/s/1', [event()], { expectedRevision: 1 });
    await cli.append('t/s/2', [event()]);
    expect((await server.readStream('t/s/1', { fromRevision: 2 })).map((e) => e.revision)).toEqual([2]);
    expect((await server.readStream('t/s/2', { fromRevision: 0 })).map((e) => e.revision)).toEqual([0]);
    await expect(server.append('t/s/1', [event()], { expectedRevision: 1 })).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect((await server.readStream('t/s/1', { fromRevision: 3 }))).toEqual([]);
    await Promise.all([server.close(), cli.close()]);
  });
});
