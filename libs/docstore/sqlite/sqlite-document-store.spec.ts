/**
 * What only the embedded adapter promises, beyond the shared contract: atomic batches, several processes on
 * one file, and queries that really run on the declared indexes.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { DuplicateKeyError } from '../document-store.port';
import { filterTerms } from '../core/filter-terms';
import { planFind } from '../core/find-plan';
import { whereFromTerms } from './sqlite-filter-sql';
import { pageQueries } from './sqlite-find-sql';
import { openSqliteDocumentStore, type SqliteDocumentStore } from './sqlite-document-store';
import { tableName } from './sqlite-schema';

describe('SqliteDocumentStore', () => {
  let dir: string;
  let file: string;
  const open: SqliteDocumentStore[] = [];
  const openStore = (): SqliteDocumentStore => {
    const store = openSqliteDocumentStore({ file });
    open.push(store);
    return store;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'g3n-docstore-sqlite-'));
    file = join(dir, 'data', 'read-models.sqlite');
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens the file in WAL mode, creating its directory', async () => {
    const store = openStore();
    await store.ensureCollection({ name: 'x' });
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

  it('gets are served from memory: own writes at once, other processes\' commits from the next turn or a checkpoint read', async () => {
    const server = openStore();
    const cli = openStore(); // another connection, as the g3n CLI or a separate worker would have
    const orders = server.collection('orders');
    await orders.upsert({ _id: 'o1', status: 'draft' });
    expect(await orders.get('o1')).toEqual({ _id: 'o1', status: 'draft' });
    expect(await orders.get('missing')).toBeNull();

    const first = (await orders.get('o1')) as unknown as { status: string };
    first.status = 'changed by the caller';
    expect(await orders.get('o1')).toEqual({ _id: 'o1', status: 'draft' }); // every caller gets its own copy

    await server.commitBatch([{ op: 'upsert', collection: 'orders', doc: { _id: 'o1', status: 'placed' }, position: 7 }], { key: 'p', position: 7 });
    expect(await orders.get('o1')).toEqual({ _id: 'o1', status: 'placed' });

    await cli.collection('orders').upsert({ _id: 'o1', status: 'cancelled' });
    await cli.collection('orders').upsert({ _id: 'missing', status: 'draft' });
    // data_version is checked once per event-loop turn: from the next turn on, every commit of another connection is seen.
    await nextTurn();
    expect(await orders.get('o1')).toEqual({ _id: 'o1', status: 'cancelled' });
    expect(await orders.get('missing')).toEqual({ _id: 'missing', status: 'draft' });

    // A checkpoint read (how a reader learns that another process has projected an event) revalidates at once.
    await cli.commitBatch([{ op: 'upsert', collection: 'orders', doc: { _id: 'o1', status: 'shipped' }, position: 8 }], { key: 'p', position: 8 });
    expect(await server.getCheckpoint('p')).toMatchObject({ position: 8 });
    expect(await orders.get('o1')).toEqual({ _id: 'o1', status: 'shipped' });
    await cli.commitBatch([{ op: 'upsert', collection: 'orders', doc: { _id: 'o1', status: 'returned' }, position: 9 }], { key: 'p', position: 9 });
    expect(await server.listCheckpoints()).toEqual([expect.objectContaining({ key: 'p', position: 9 })]);
    expect(await orders.get('o1')).toEqual({ _id: 'o1', status: 'returned' });

    await orders.delete('o1');
    expect(await orders.get('o1')).toBeNull();
    await server.dropCollection('orders');
    expect(await orders.get('missing')).toBeNull();
  });

  it('finds are served from memory: any own write to the collection is seen at once, another process\'s from the next turn', async () => {
    const server = openStore();
    const cli = openStore();
    await server.ensureCollection({ name: 'channels', indexes: [{ fields: ['org_guid', 'code'] }] });
    const channels = server.collection('channels');
    const byCode = () => channels.find({ org_guid: 'o1', code: 'web' }, { limit: 1 });
    expect((await byCode()).items).toEqual([]);
    await channels.upsert({ _id: 'c1', org_guid: 'o1', code: 'web', status: 'active' });
    expect((await byCode()).items).toEqual([{ _id: 'c1', org_guid: 'o1', code: 'web', status: 'active' }]);

    (await byCode()).items[0].status = 'changed by the caller';
    expect((await byCode()).items[0].status).toBe('active'); // every caller gets its own copy

    await server.commitBatch([{ op: 'upsert', collection: 'channels', doc: { _id: 'c1', org_guid: 'o1', code: 'web', status: 'inactive' }, position: 3 }]);
    expect((await byCode()).items[0].status).toBe('inactive');
    await server.commitBatch([{ op: 'upsert', collection: 'other', doc: { _id: 'x' }, position: 4 }]); // another collection: no effect
    expect((await byCode()).items[0].status).toBe('inactive');

    await cli.collection('channels').upsert({ _id: 'c1', org_guid: 'o1', code: 'web', status: 'archived' });
    await cli.collection('channels').upsert({ _id: 'c2', org_guid: 'o1', code: 'web', status: 'active' });
    await nextTurn();
    expect((await byCode()).items).toEqual([{ _id: 'c1', org_guid: 'o1', code: 'web', status: 'archived' }]); // limit 1, in id order
    expect((await channels.find({ org_guid: 'o1', code: 'web' })).items.map((c) => c._id)).toEqual(['c1', 'c2']);

    await channels.delete('c1');
    expect((await byCode()).items.map((c) => c._id)).toEqual(['c2']);
    await server.dropCollection('channels');
    expect((await byCode()).items).toEqual([]);
  });

  it('after a commitBatch, get answers what took effect: a write the position guard skipped is not what it sees', async () => {
    const store = openStore();
    const orders = store.collection('orders');
    await store.commitBatch([{ op: 'upsert', collection: 'orders', doc: { _id: 'o1', status: 'placed' }, position: 9 }], { key: 'p', position: 9 });
    expect(await orders.get('o1')).toEqual({ _id: 'o1', status: 'placed' });
    await store.commitBatch([
      { op: 'upsert', collection: 'orders', doc: { _id: 'o1', status: 'draft' }, position: 5 }, // a replay of an older event
      { op: 'delete', collection: 'orders', id: 'o1', position: 6 },
      { op: 'upsert', collection: 'orders', doc: { _id: 'o2', status: 'draft' }, position: 7 },
    ]);
    expect(await orders.get('o1')).toEqual({ _id: 'o1', status: 'placed' });
    expect(await orders.get('o2')).toEqual({ _id: 'o2', status: 'draft' });
    await store.commitBatch([{ op: 'delete', collection: 'orders', id: 'o2', position: 10 }]);
    expect(await orders.get('o2')).toBeNull();
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare('SELECT count(*) AS n FROM doc_orders').get()).toEqual({ n: 1 });
    raw.close();
  });

  it('commitBatch is all or nothing: documents, new collections and the checkpoint', async () => {
    const store = openStore();
    await store.ensureCollection({ name: 'users', indexes: [{ fields: ['email'], unique: true }] });
    await store.collection('users').upsert({ _id: 'u1', email: 'a@x.io' });
    const batch = store.commitBatch(
      [
        { op: 'upsert', collection: 'fresh', doc: { _id: 'f1' }, position: 1 },
        { op: 'upsert', collection: 'users', doc: { _id: 'u1', email: 'a@x.io', name: 'changed' }, position: 2 },
        { op: 'upsert', collection: 'users', doc: { _id: 'u2', email: 'a@x.io' }, position: 3 },
      ],
      { key: 'p', position: 3 },
    );
    await expect(batch).rejects.toBeInstanceOf(DuplicateKeyError);
    expect(await store.listCollections()).toEqual(['users']);
    expect(await store.getCheckpoint('p')).toBeNull();
    expect(await store.collection('users').get('u1')).toEqual({ _id: 'u1', email: 'a@x.io' });
    await store.collection('fresh').upsert({ _id: 'f2' }); // the rolled-back table is not believed to exist
    expect(await store.collection('fresh').count()).toBe(1);
  });

  it('stores the position in its own column, never in the document', async () => {
    const store = openStore();
    await store.commitBatch([{ op: 'upsert', collection: 'c', doc: { _id: 'a', _pos: 1, v: 1 }, position: 9 }]);
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare(`SELECT doc, pos FROM ${tableName('c')}`).get()).toEqual({ doc: '{"_id":"a","v":1}', pos: 9 });
    raw.close();
  });

  it('shares collections, indexes, leases and drops between processes on one file', async () => {
    const server = openStore();
    const cli = openStore();
    await server.ensureCollection({ name: 'orders', indexes: [{ fields: ['number'], unique: true }] });
    await server.collection('orders').upsert({ _id: 'o1', number: 1 });
    expect(await cli.listCollections()).toEqual(['orders']);
    await expect(cli.collection('orders').upsert({ _id: 'o2', number: 1 })).rejects.toThrow(DuplicateKeyError);
    expect(await cli.collection('orders').get('o1')).toEqual({ _id: 'o1', number: 1 });

    expect(await server.tryAcquireLease('projection:orders', 'server', 60_000)).toBe(true);
    expect(await cli.tryAcquireLease('projection:orders', 'cli', 60_000)).toBe(false);

    await server.dropCollection('orders'); // the CLI still holds prepared statements on the dropped table
    await nextTurn();
    expect(await cli.collection('orders').get('o1')).toBeNull();
    await cli.collection('orders').upsert({ _id: 'o3', number: 1 }); // re-created, without the old index
    expect(await server.collection('orders').count()).toBe(1);
  });

  it('answers filtered, sorted pages from the declared index, first page and after a cursor', async () => {
    const store = openStore();
    await store.ensureCollection({ name: 'orders', indexes: [{ fields: ['org', '-created'] }] });
    await store.commitBatch(
      Array.from({ length: 500 }, (_, n) => ({
        op: 'upsert' as const,
        collection: 'orders',
        doc: { _id: `o${n}`, org: `g${n % 5}`, created: 1000 + n, tags: ['x'] },
      })),
    );
    const filter = { org: 'g1' };
    const sort = [{ field: 'created', direction: 'desc' as const }];
    const page = await store.collection('orders').find(filter, { sort, limit: 20 });
    expect(page.items[0]).toMatchObject({ _id: 'o496', created: 1496 });

    const raw = new Database(file, { readonly: true });
    const plans = (after: boolean): string[] => {
      const plan = planFind({ sort, limit: 20, cursor: after ? page.next_cursor : undefined });
      const where = whereFromTerms(filterTerms(filter), () => false); // no arrays are stored in `org`
      return pageQueries(tableName('orders'), where, plan.sort, plan.after).map((q) =>
        raw
          .prepare(`EXPLAIN QUERY PLAN ${q.sql} LIMIT 21`)
          .all(...q.params)
          .map((row) => (row as { detail: string }).detail)
          .join(' | '),
      );
    };
    for (const plan of [...plans(false), ...plans(true)]) {
      expect(plan).toMatch(/SEARCH doc_orders USING INDEX ix_orders_org,-created \(/);
      expect(plan).not.toMatch(/TEMP B-TREE/);
    }
    raw.close();
  });
});
