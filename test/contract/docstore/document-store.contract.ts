/**
 * The DocumentStore contract: one set of cases that every adapter must pass (SQLite file, SQLite :memory:,
 * MongoDB). Each case gets a fresh, empty store from the factory, so cases never depend on one another.
 */
import { DuplicateKeyError, type Doc, type DocumentStore, type Filter } from '@g3n/docstore';
import { filterCases, mixedTypeDocs, productDocs } from './document-store.fixtures';

export interface StoreUnderTest {
  store: DocumentStore;
  /** Closes the store and opens another one on the same data (absent for :memory:). */
  reopen?: () => Promise<DocumentStore>;
  /** Closes whatever is open and removes the data. */
  dispose(): Promise<void>;
}

/** Null means the backing server is unavailable; the cases then end at once (their suite printed why). */
export type StoreFactory = () => Promise<StoreUnderTest | null>;

const ids = (docs: Doc[]): string[] => docs.map((d) => d._id);
const padded = (n: number): string => `d${String(n).padStart(4, '0')}`;

export interface ContractOptions {
  /** Register the cases as skipped (the backing server is known to be unavailable). */
  skip?: boolean;
  /** The factory's stores can be reopened on the same data. */
  reopenable?: boolean;
}

export function documentStoreContract(label: string, factory: StoreFactory, options: ContractOptions = {}): void {
  (options.skip ? describe.skip : describe)(label, () => {
    let sut: StoreUnderTest | null;
    let store: DocumentStore;

    beforeEach(async () => {
      sut = await factory();
      if (sut) store = sut.store;
    });
    afterEach(async () => {
      await sut?.dispose();
    });

    /** Registers a case that only runs when the factory produced a store. */
    const it = (name: string, body: () => Promise<void>, timeout?: number): void =>
      test(name, async () => (sut ? body() : undefined), timeout);

    async function seed(collection: string, docs: Doc[]): Promise<void> {
      await store.commitBatch(docs.map((doc) => ({ op: 'upsert' as const, collection, doc })));
    }

    async function findAll(collection: string, filter: Filter, sort?: { field: string; direction: 'asc' | 'desc' }[], limit = 40) {
      const seen: Doc[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await store.collection(collection).find(filter, { sort, limit, cursor });
        expect(page.items.length).toBeLessThanOrEqual(limit);
        seen.push(...page.items);
        cursor = page.next_cursor;
        pages++;
        expect(pages).toBeLessThan(1000);
      } while (cursor);
      return { seen, pages };
    }

    it('ensureCollection is idempotent and keeps the data', async () => {
      const def = { name: 'orders', indexes: [{ fields: ['org_guid', '-created_at'] }, { fields: ['number'], unique: true }] };
      await store.ensureCollection(def);
      await store.collection('orders').upsert({ _id: 'o1', org_guid: 'g1', created_at: '2024-01-01', number: 1 });
      await store.ensureCollection(def);
      await store.ensureCollection({ name: 'orders' });
      expect(await store.listCollections()).toEqual(['orders']);
      expect(await store.collection('orders').get('o1')).toEqual({ _id: 'o1', org_guid: 'g1', created_at: '2024-01-01', number: 1 });
    });

    it('get, getMany, upsert and delete', async () => {
      const items = store.collection('items');
      expect(await items.get('nope')).toBeNull();
      expect(await items.find()).toEqual({ items: [] });
      expect(await items.count()).toBe(0);
      await items.upsert({ _id: 'a', name: 'Anvil', tags: ['heavy'], dims: { w: 1, h: 2 }, note: null });
      await items.upsert({ _id: 'b', name: 'Bell' });
      await items.upsert({ _id: 'c', name: 'Chalk' });
      expect(await items.get('a')).toEqual({ _id: 'a', name: 'Anvil', tags: ['heavy'], dims: { w: 1, h: 2 }, note: null });
      await items.upsert({ _id: 'a', name: 'Anvil 2' }); // a replace, not a merge
      expect(await items.get('a')).toEqual({ _id: 'a', name: 'Anvil 2' });
      expect(ids(await items.getMany(['c', 'missing', 'a', 'c']))).toEqual(['c', 'a']);
      expect(await items.getMany([])).toEqual([]);
      await items.delete('b');
      await items.delete('b');
      await items.delete('never-there');
      expect(await items.get('b')).toBeNull();
      expect(ids((await items.find()).items)).toEqual(['a', 'c']);
      await expect(items.upsert({ _id: '' } as Doc)).rejects.toThrow(/_id/);
    });

    describe.each([
      ['without indexes', []],
      ['with indexes on the filtered fields', [{ fields: ['sku'] }, { fields: ['price'] }, { fields: ['tags'] }, { fields: ['active', 'price'] }]],
    ])('filters %s', (_title, indexes) => {
      test.each(filterCases)('%s', async (_name, filter, expected) => {
        if (!sut) return;
        await store.ensureCollection({ name: 'products', indexes });
        await seed('products', productDocs);
        const page = await store.collection('products').find(filter);
        expect(ids(page.items)).toEqual(expected);
        expect(await store.collection('products').count(filter)).toBe(expected.length);
      });
    });

    it('rejects unknown operators and malformed filters', async () => {
      const products = store.collection('products');
      await expect(products.find({ sku: { $regex: 'A' } as never })).rejects.toThrow(/unknown filter operator/);
      await expect(products.find({ tags: ['a'] as never })).rejects.toThrow(/scalar/);
      await expect(products.find({ 'bad path!': 1 })).rejects.toThrow(/invalid field path/);
    });

    it('sorts ascending and descending on several fields, _id breaking ties', async () => {
      await seed('scores', [
        { _id: 's1', team: 'red', score: 10, name: 'x' },
        { _id: 's2', team: 'blue', score: 7, name: 'y' },
        { _id: 's3', team: 'red', score: 12, name: 'z' },
        { _id: 's4', team: 'blue', score: 7, name: 'w' },
        { _id: 's5', team: 'red', score: 10, name: 'v' },
      ]);
      const scores = store.collection('scores');
      const sorted = async (sort: { field: string; direction: 'asc' | 'desc' }[]) => ids((await scores.find({}, { sort })).items);
      expect(await sorted([])).toEqual(['s1', 's2', 's3', 's4', 's5']);
      expect(await sorted([{ field: 'score', direction: 'asc' }])).toEqual(['s2', 's4', 's1', 's5', 's3']);
      expect(await sorted([{ field: 'score', direction: 'desc' }])).toEqual(['s3', 's5', 's1', 's4', 's2']);
      expect(await sorted([{ field: 'team', direction: 'asc' }, { field: 'score', direction: 'desc' }])).toEqual(['s4', 's2', 's3', 's5', 's1']);
      expect(await sorted([{ field: 'team', direction: 'desc' }, { field: 'name', direction: 'asc' }])).toEqual(['s5', 's1', 's3', 's4', 's2']);
      expect(await sorted([{ field: '_id', direction: 'desc' }])).toEqual(['s5', 's4', 's3', 's2', 's1']);
    });

    it('orders mixed types as null/missing < numbers < strings < booleans, in pages too', async () => {
      await seed('mixed', mixedTypeDocs);
      const mixed = store.collection('mixed');
      const asc = ['m-missing', 'm-null', 'm-neg', 'm-num', 'm-big', 'm-str-a', 'm-str-b', 'm-false', 'm-true'];
      expect(ids((await mixed.find({}, { sort: [{ field: 'v', direction: 'asc' }] })).items)).toEqual(asc);
      expect(ids((await mixed.find({}, { sort: [{ field: 'v', direction: 'desc' }] })).items)).toEqual([...asc].reverse());
      for (const direction of ['asc', 'desc'] as const) {
        const { seen } = await findAll('mixed', {}, [{ field: 'v', direction }], 2);
        expect(ids(seen)).toEqual(direction === 'asc' ? asc : [...asc].reverse());
      }
    });

    it('pages 250 documents with limit 40: every document once, in order, also filtered and descending', async () => {
      const docs = Array.from({ length: 250 }, (_, n) => ({ _id: padded(n), n, group: n % 3, bucket: Math.floor(n / 7) }));
      await store.ensureCollection({ name: 'pages', indexes: [{ fields: ['group', '-n'] }, { fields: ['bucket'] }] });
      await seed('pages', [...docs].reverse());

      const all = await findAll('pages', {});
      expect(all.pages).toBe(7);
      expect(ids(all.seen)).toEqual(docs.map((d) => d._id));

      const filtered = await findAll('pages', { group: { $ne: 1 } }, [{ field: 'n', direction: 'desc' }]);
      expect(ids(filtered.seen)).toEqual(docs.filter((d) => d.group !== 1).reverse().map((d) => d._id));

      const byGroup = await findAll('pages', { n: { $gte: 10 } }, [{ field: 'group', direction: 'asc' }, { field: 'n', direction: 'desc' }]);
      const expected = docs.filter((d) => d.n >= 10).sort((a, b) => a.group - b.group || b.n - a.n);
      expect(ids(byGroup.seen)).toEqual(ids(expected));

      // Ties on the sort field (7 documents per bucket) are broken by _id, in the last field's direction.
      const byBucket = await findAll('pages', {}, [{ field: 'bucket', direction: 'desc' }]);
      expect(ids(byBucket.seen)).toEqual([...docs].reverse().map((d) => d._id));
    });

    it('findJson answers every stored document as JSON text, in _id order, a page at a time, filtered like find', async () => {
      // given 250 documents (one with a position, one written with an undefined field) and an index on group
      const docs = Array.from({ length: 250 }, (_, n) => ({ _id: padded(n), n, group: n % 3, nested: { at: `t${n}` } }));
      await store.ensureCollection({ name: 'texts', indexes: [{ fields: ['group'] }] });
      await seed('texts', [...docs].reverse());
      await store.commitBatch([{ op: 'upsert', collection: 'texts', doc: { ...docs[7], gone: undefined }, position: 9 }]);
      // when they are read with findJson, limit 40, with and without a filter
      const read = async (filter: Filter) => {
        const seen: { _id: string; json: string }[] = [];
        let cursor: string | undefined;
        do {
          const page = await store.collection('texts').findJson(filter, { limit: 40, cursor });
          expect(page.items.length).toBeLessThanOrEqual(40);
          seen.push(...page.items);
          cursor = page.next_cursor;
        } while (cursor);
        return seen;
      };
      const all = await read({});
      const filtered = await read({ group: 1 });
      // then each is the text of what find answers (never _pos, nothing undefined), in find's default order
      expect(all.map((t) => t._id)).toEqual(ids(docs));
      for (const text of all) expect(JSON.parse(text.json)).toEqual(docs[Number(text._id.slice(1))]);
      expect(filtered.map((t) => t._id)).toEqual(ids(docs.filter((d) => d.group === 1)));
      expect(await store.collection('missing').findJson({})).toEqual({ items: [] });
    });

    it('keeps a cursor stable while documents are inserted', async () => {
      await seed('stable', Array.from({ length: 100 }, (_, n) => ({ _id: padded(n * 10), n: n * 10 })));
      const stable = store.collection('stable');
      const sort = [{ field: 'n', direction: 'asc' as const }];
      const first = await stable.find({}, { sort, limit: 40 });
      // Before the cursor (never returned now) and after it (returned once, in place).
      await seed('stable', [{ _id: padded(5), n: 5 }, { _id: padded(995), n: 995 }, { _id: padded(505), n: 505 }]);
      const rest: Doc[] = [];
      let cursor = first.next_cursor;
      while (cursor) {
        const page = await stable.find({}, { sort, limit: 40, cursor });
        rest.push(...page.items);
        cursor = page.next_cursor;
      }
      const seen = [...first.items, ...rest].map((d) => d.n as number);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual([...seen].sort((a, b) => a - b));
      expect(seen).not.toContain(5);
      expect(seen).toContain(505);
      expect(seen).toContain(995);
      expect(seen).toHaveLength(102);
    });

    it('applies the default limit, caps the limit and rejects a cursor from another sort', async () => {
      await seed('limits', Array.from({ length: 1005 }, (_, n) => ({ _id: padded(n), n })));
      const limits = store.collection('limits');
      const defaultPage = await limits.find();
      expect(defaultPage.items).toHaveLength(100);
      expect(defaultPage.next_cursor).toEqual(expect.any(String));
      const capped = await limits.find({}, { limit: 5000 });
      expect(capped.items).toHaveLength(1000);
      const exact = await limits.find({ n: { $lt: 10 } }, { limit: 10 });
      expect(exact.items).toHaveLength(10);
      expect(exact.next_cursor).toBeUndefined();
      await expect(limits.find({}, { cursor: defaultPage.next_cursor, sort: [{ field: 'n', direction: 'desc' }] })).rejects.toThrow(
        /different sort/,
      );
      await expect(limits.find({}, { cursor: 'not-a-cursor' })).rejects.toThrow(/cursor/);
    }, 60000);

    it('counts with and without a filter', async () => {
      await seed('products', productDocs);
      expect(await store.collection('products').count()).toBe(productDocs.length);
      expect(await store.collection('products').count({ active: true })).toBe(2);
      expect(await store.collection('absent').count({ active: true })).toBe(0);
    });

    it('raises DuplicateKeyError on a unique index violation', async () => {
      await store.ensureCollection({ name: 'users', indexes: [{ fields: ['email'], unique: true }, { fields: ['org', 'handle'], unique: true }] });
      const users = store.collection('users');
      await users.upsert({ _id: 'u1', email: 'a@x.io', org: 'o1', handle: 'ann' });
      await users.upsert({ _id: 'u1', email: 'a@x.io', org: 'o1', handle: 'ann', name: 'Ann' }); // same document again
      await users.upsert({ _id: 'u2', email: 'b@x.io', org: 'o2', handle: 'ann' });
      const duplicate = users.upsert({ _id: 'u3', email: 'a@x.io', org: 'o3', handle: 'cid' });
      await expect(duplicate).rejects.toBeInstanceOf(DuplicateKeyError);
      await expect(users.upsert({ _id: 'u4', email: 'd@x.io', org: 'o1', handle: 'ann' })).rejects.toThrow(DuplicateKeyError);
      const batch = store.commitBatch([{ op: 'upsert', collection: 'users', doc: { _id: 'u5', email: 'b@x.io', org: 'o5', handle: 'e' } }]);
      await expect(batch).rejects.toMatchObject({ name: 'DuplicateKeyError', collection: 'users' });
      expect(ids((await users.find()).items)).toEqual(['u1', 'u2']);

      await seed('dupes', [{ _id: 'a', code: 1 }, { _id: 'b', code: 1 }]);
      await expect(store.ensureCollection({ name: 'dupes', indexes: [{ fields: ['code'], unique: true }] })).rejects.toThrow(DuplicateKeyError);
    });

    it('commitBatch applies writes in order and then the checkpoint', async () => {
      await store.commitBatch(
        [
          { op: 'upsert', collection: 'stock', doc: { _id: 'sku-1', qty: 1 } },
          { op: 'upsert', collection: 'stock', doc: { _id: 'sku-2', qty: 5 } },
          { op: 'upsert', collection: 'ledger', doc: { _id: 'l1', sku: 'sku-1' } },
          { op: 'upsert', collection: 'stock', doc: { _id: 'sku-1', qty: 2 } },
          { op: 'delete', collection: 'stock', id: 'sku-2' },
          { op: 'upsert', collection: 'stock', doc: { _id: 'sku-2', qty: 9 } },
          { op: 'delete', collection: 'ledger', id: 'l1' },
        ],
        { key: 'ics.stock-level@1', position: 42 },
      );
      expect(await store.collection('stock').find()).toEqual({ items: [{ _id: 'sku-1', qty: 2 }, { _id: 'sku-2', qty: 9 }] });
      expect(await store.collection('ledger').count()).toBe(0);
      expect(await store.getCheckpoint('ics.stock-level@1')).toMatchObject({ key: 'ics.stock-level@1', position: 42 });
      await store.commitBatch([]);
    });

    it('position guard: a replayed batch is a no-op, a higher position applies', async () => {
      const stock = store.collection('stock');
      await store.commitBatch(
        [
          { op: 'upsert', collection: 'stock', doc: { _id: 'a', qty: 1 }, position: 10 },
          { op: 'upsert', collection: 'stock', doc: { _id: 'b', qty: 1 }, position: 11 },
        ],
        { key: 'p', position: 11 },
      );
      // The same events replayed (positions at or below the stored ones) change nothing, deletes included.
      await store.commitBatch(
        [
          { op: 'upsert', collection: 'stock', doc: { _id: 'a', qty: 99 }, position: 10 },
          { op: 'upsert', collection: 'stock', doc: { _id: 'b', qty: 99 }, position: 9 },
          { op: 'delete', collection: 'stock', id: 'a', position: 10 },
        ],
        { key: 'p', position: 11 },
      );
      expect((await stock.find()).items).toEqual([{ _id: 'a', qty: 1 }, { _id: 'b', qty: 1 }]);
      await store.commitBatch(
        [
          { op: 'upsert', collection: 'stock', doc: { _id: 'a', qty: 2 }, position: 12 },
          { op: 'delete', collection: 'stock', id: 'b', position: 13 },
          { op: 'upsert', collection: 'stock', doc: { _id: 'c', qty: 3 }, position: 14 },
        ],
        { key: 'p', position: 14 },
      );
      expect((await stock.find()).items).toEqual([{ _id: 'a', qty: 2 }, { _id: 'c', qty: 3 }]);
      expect((await store.getCheckpoint('p'))?.position).toBe(14);
      // A write without a position is not guarded, and leaves the document unpositioned.
      await stock.upsert({ _id: 'c', qty: 4 });
      await store.commitBatch([{ op: 'upsert', collection: 'stock', doc: { _id: 'c', qty: 5 }, position: 1 }]);
      expect(await stock.get('c')).toEqual({ _id: 'c', qty: 5 });
    });

    it('never returns _pos', async () => {
      await store.commitBatch([
        { op: 'upsert', collection: 'pos', doc: { _id: 'a', v: 1 }, position: 3 },
        { op: 'upsert', collection: 'pos', doc: { _id: 'b', v: 2, _pos: 77 }, position: 4 },
      ]);
      await store.collection('pos').upsert({ _id: 'c', v: 3, _pos: 5 });
      const all = [
        await store.collection('pos').get('a'),
        await store.collection('pos').get('c'),
        ...(await store.collection('pos').getMany(['a', 'b', 'c'])),
        ...(await store.collection('pos').find({}, { sort: [{ field: 'v', direction: 'desc' }] })).items,
      ];
      expect(all).toHaveLength(8);
      for (const doc of all) expect(doc).not.toHaveProperty('_pos');
      await expect(store.collection('pos').find({ _pos: 3 })).rejects.toThrow(/reserved/);
    });

    it('lists and drops collections', async () => {
      await store.ensureCollection({ name: 'b.read-model@2', indexes: [{ fields: ['x'] }] });
      await store.ensureCollection({ name: 'a_model#1' });
      await store.collection('c-auto').upsert({ _id: '1' }); // created on first write
      await store.collection('ghost').delete('1'); // deletes create nothing
      await store.commitBatch([{ op: 'delete', collection: 'ghost', id: '1', position: 1 }]);
      expect(await store.listCollections()).toEqual(['a_model#1', 'b.read-model@2', 'c-auto']);
      await store.dropCollection('b.read-model@2');
      await store.dropCollection('never-existed');
      expect(await store.listCollections()).toEqual(['a_model#1', 'c-auto']);
      expect(await store.collection('b.read-model@2').get('1')).toBeNull();
      await store.ensureCollection({ name: 'b.read-model@2', indexes: [{ fields: ['x'] }] });
      await store.collection('b.read-model@2').upsert({ _id: '1', x: 1 });
      expect(await store.collection('b.read-model@2').count({ x: 1 })).toBe(1);
      expect(() => store.collection('bad name')).toThrow(/invalid collection name/);
      await expect(store.ensureCollection({ name: 'x'.repeat(121) })).rejects.toThrow(/invalid collection name/);
      await expect(store.ensureCollection({ name: 'a"b' })).rejects.toThrow(/invalid collection name/);
    });

    it('stores, lists by prefix and deletes checkpoints', async () => {
      expect(await store.getCheckpoint('none')).toBeNull();
      await store.commitBatch([], { key: 'ics.stock-level@3#g1', position: 5 });
      await store.commitBatch([], { key: 'ics.stock-level@3#g2', position: 7, updated_at: '2024-05-01T00:00:00.000Z' });
      await store.commitBatch([], { key: 'ics.stock-level@3#g1', position: 6 });
      await store.commitBatch([], { key: 'scm.orders@1', position: 1 });
      const listed = await store.listCheckpoints('ics.stock-level@3');
      expect(listed.map((c) => [c.key, c.position])).toEqual([['ics.stock-level@3#g1', 6], ['ics.stock-level@3#g2', 7]]);
      expect(listed[1].updated_at).toBe('2024-05-01T00:00:00.000Z');
      expect(typeof listed[0].updated_at).toBe('string');
      expect((await store.listCheckpoints()).map((c) => c.key)).toEqual(['ics.stock-level@3#g1', 'ics.stock-level@3#g2', 'scm.orders@1']);
      expect(await store.listCheckpoints('zzz')).toEqual([]);
      await store.deleteCheckpoint('ics.stock-level@3#g1');
      await store.deleteCheckpoint('ics.stock-level@3#g1');
      expect(await store.getCheckpoint('ics.stock-level@3#g1')).toBeNull();
      expect((await store.listCheckpoints()).map((c) => c.key)).toEqual(['ics.stock-level@3#g2', 'scm.orders@1']);
    });

    it('leases: acquire, renew by the owner, refuse others until expiry, release', async () => {
      const t0 = 1_700_000_000_000;
      expect(await store.tryAcquireLease('projection:stock', 'w1', 1000, t0)).toBe(true);
      expect(await store.tryAcquireLease('projection:stock', 'w2', 1000, t0 + 10)).toBe(false);
      expect(await store.tryAcquireLease('projection:stock', 'w1', 1000, t0 + 900)).toBe(true); // renewed to t0+1900
      expect(await store.tryAcquireLease('projection:stock', 'w2', 1000, t0 + 1500)).toBe(false);
      expect(await store.tryAcquireLease('projection:other', 'w2', 1000, t0 + 1500)).toBe(true);
      expect(await store.tryAcquireLease('projection:stock', 'w2', 1000, t0 + 1900)).toBe(true); // expired
      expect(await store.tryAcquireLease('projection:stock', 'w1', 1000, t0 + 2000)).toBe(false);
      await store.releaseLease('projection:stock', 'w1'); // not the owner: no effect
      expect(await store.tryAcquireLease('projection:stock', 'w1', 1000, t0 + 2100)).toBe(false);
      await store.releaseLease('projection:stock', 'w2');
      expect(await store.tryAcquireLease('projection:stock', 'w1', 1000, t0 + 2200)).toBe(true);
      const contenders = await Promise.all(['a', 'b', 'c', 'd'].map((owner) => store.tryAcquireLease('fresh', owner, 1000, t0)));
      expect(contenders.filter(Boolean)).toHaveLength(1);
    });

    if (options.reopenable) it('a reopened store still knows its collections and indexes', async () => {
      if (!sut?.reopen) throw new Error('the factory gave no reopen');
      await store.ensureCollection({ name: 'customers', indexes: [{ fields: ['email'], unique: true }, { fields: ['tier', '-since'] }] });
      await store.collection('customers').upsert({ _id: 'c1', email: 'a@x.io', tier: 'gold', since: 2019 });
      store = await sut.reopen();
      expect(await store.listCollections()).toEqual(['customers']);
      expect(await store.collection('customers').get('c1')).toMatchObject({ email: 'a@x.io' });
      await expect(store.collection('customers').upsert({ _id: 'c2', email: 'a@x.io' })).rejects.toThrow(DuplicateKeyError);
      await store.ensureCollection({ name: 'customers', indexes: [{ fields: ['email'], unique: true }] });
      expect(await store.collection('customers').count({ tier: 'gold' })).toBe(1);
    });
  });
}
