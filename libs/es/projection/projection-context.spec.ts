import type { Doc } from '@g3n/docstore';
import { cloneDoc, ProjectionContext } from './projection-context';
import { handlerFor, typePrefixesOf, typePrefixesOfAll, assertUniqueProjections, ProjectionDefinition } from './projection-definition';

describe('projection context', () => {
  const stored: Record<string, Doc> = { a: { _id: 'a', n: 1 } };
  const reader = { get: async (_c: string, id: string) => stored[id] ?? null };

  it('reads its own pending writes before the store, and buffers writes in last-touched order', async () => {
    const ctx = new ProjectionContext(reader, { levels: 'levels__g2' });
    ctx.position = 10;
    await ctx.update<Doc & { n: number }>('levels', 'a', (d) => d && { ...d, n: d.n + 1 });
    ctx.position = 11;
    ctx.put('levels', { _id: 'b', n: 5 });
    ctx.position = 12;
    await ctx.update<Doc & { n: number }>('levels', 'a', (d) => d && { ...d, n: d.n + 1 });
    expect(await ctx.get('levels', 'a')).toEqual({ _id: 'a', n: 3 });
    expect(ctx.writes()).toEqual([
      { op: 'upsert', collection: 'levels__g2', doc: { _id: 'b', n: 5 }, position: 11 },
      { op: 'upsert', collection: 'levels__g2', doc: { _id: 'a', n: 3 }, position: 12 },
    ]);
    expect(stored.a).toEqual({ _id: 'a', n: 1 });
  });

  it('keeps the document put as it is, and gives every get its own copy', async () => {
    // given a document put in the batch
    const ctx = new ProjectionContext(reader, { levels: 'levels__g1' });
    const put = { _id: 'c', n: 1, tags: ['x'] };
    ctx.put('levels', put);
    // when a handler changes what get returned without putting it back
    const read = await ctx.get<Doc & { n: number; tags: string[] }>('levels', 'c');
    read!.n = 2;
    read!.tags.push('y');
    // then the pending write is untouched, and it is the object that was put (no copy on put)
    expect(await ctx.get('levels', 'c')).toEqual({ _id: 'c', n: 1, tags: ['x'] });
    expect(ctx.writes()[0]).toMatchObject({ op: 'upsert', doc: { _id: 'c', n: 1, tags: ['x'] } });
    expect((ctx.writes()[0] as { doc: Doc }).doc).toBe(put);
  });

  it('deletes, and refuses undeclared collections', async () => {
    const ctx = new ProjectionContext(reader, { levels: 'levels__g1' });
    ctx.delete('levels', 'a');
    expect(await ctx.get('levels', 'a')).toBeNull();
    expect(() => ctx.put('other', { _id: 'x' })).toThrow(/does not declare/);
  });
});

describe('copying documents', () => {
  it('copies plain JSON deeply, and leaves anything else to structuredClone', () => {
    const doc = { _id: 'a', lines: [{ qty: 1, tags: ['x'] }], totals: { net: 1 }, none: null, gone: undefined, at: new Date(0) };
    const copy = cloneDoc(doc);
    expect(copy).toEqual(doc);
    expect(Object.keys(copy)).toEqual(Object.keys(doc));
    copy.lines[0].tags.push('y');
    copy.totals.net = 2;
    expect(doc).toMatchObject({ lines: [{ qty: 1, tags: ['x'] }], totals: { net: 1 } });
    expect(copy.at).not.toBe(doc.at);
    expect(copy.at.getTime()).toBe(0);
    expect(() => cloneDoc({ _id: 'f', f: () => 1 })).toThrow();
  });
});

describe('projection definitions', () => {
  const noop = () => undefined;
  const definition: ProjectionDefinition = {
    name: 'x.y', version: 1, collections: [{ name: 'c1' }],
    handlers: { 'ics.stock-adjusted': noop, 'ics.*': noop, 'scm.order-*': noop },
  };

  it('derives the log filter and picks the most specific handler', () => {
    expect(typePrefixesOf(definition)).toEqual(['ics.stock-adjusted', 'ics.', 'scm.order-']);
    expect(handlerFor(definition, 'ics.stock-adjusted')).toBe(definition.handlers['ics.stock-adjusted']);
    expect(handlerFor(definition, 'ics.stock-reserved')).toBe(definition.handlers['ics.*']);
    expect(handlerFor(definition, 'scm.order-placed')).toBe(definition.handlers['scm.order-*']);
    expect(handlerFor(definition, 'scm.tender-captured')).toBeUndefined();
    expect(typePrefixesOf({ ...definition, handlers: { '*': noop } })).toBeUndefined();
  });

  it('answers the same handler on every lookup of a type, for copies of a definition too', () => {
    const copy = { ...definition, version: 2 };
    expect(handlerFor(definition, 'ics.stock-reserved')).toBe(handlerFor(copy, 'ics.stock-reserved'));
    expect(handlerFor(copy, 'ics.stock-adjusted')).toBe(definition.handlers['ics.stock-adjusted']);
    expect(handlerFor(copy, 'scm.tender-captured')).toBeUndefined();
    expect(handlerFor({ ...definition, handlers: { '*': noop } }, 'scm.tender-captured')).toBe(noop);
  });

  it('derives one log filter for many projections: the union of prefixes, or every event when one takes *', () => {
    const other = { ...definition, name: 'x.z', handlers: { 'scm.order-placed': noop, 'crm.*': noop, 'ics.stock-counted': noop } };
    expect(typePrefixesOfAll([definition, other])).toEqual(['crm.', 'ics.', 'scm.order-']);
    expect(typePrefixesOfAll([definition, { ...other, handlers: { '*': noop } }])).toBeUndefined();
    expect(typePrefixesOfAll([])).toEqual([]);
  });

  it('fails at start on duplicate names or shared collections', () => {
    expect(() => assertUniqueProjections([definition, definition])).toThrow(/twice/);
    expect(() => assertUniqueProjections([definition, { ...definition, name: 'x.z' }])).toThrow(/owned by both/);
  });
});
