import type { Doc } from '@g3n/docstore';
import { openShelfHarness, ShelfHarness } from '../../../test/support/shelf/shelf-runtime';
import { demoEventCounter, shelfLevels } from '../../../test/support/shelf/shelf.projections';
import { rebuildProjection } from './rebuild';
import { canonical, sameDocument, verifyProjections } from './verify';

/** Shelves s0..s5 in org0..org2 (shelf i in org i % 3), 2 adds each: 18 events. */
async function fill(h: ShelfHarness, shelves = 6): Promise<void> {
  for (let i = 0; i < shelves; i++) await h.open(`org${i % 3}`, `s${i}`);
  for (let round = 0; round < 2; round++) for (let i = 0; i < shelves; i++) await h.add(`org${i % 3}`, `s${i}`, 1 + round);
}

describe('verify in one pass over the log', () => {
  let h: ShelfHarness;
  afterEach(() => h?.close());

  async function given(): Promise<{ deps: Parameters<typeof verifyProjections>[1]; physical: (name: string) => Promise<string> }> {
    h = await openShelfHarness({ withWorker: false });
    const deps = { log: h.runtime.log, store: h.runtime.store, catalog: h.runtime.catalog, clock: h.runtime.clock };
    // The shelf levels are built up to the first 12 events, the counter up to all 18: each folds to its own checkpoint.
    await fill(h, 6);
    await rebuildProjection(shelfLevels, deps);
    await h.add('org0', 's0', 5);
    await h.add('org1', 's1', 5);
    await h.add('org0', 's3', 5);
    await h.add('org1', 's4', 5);
    await h.add('org2', 's2', 5);
    await h.add('org2', 's5', 5);
    await rebuildProjection(demoEventCounter, deps);
    return { deps, physical: async (name) => Object.values((await h.runtime.catalog.get(name))!.collections)[0] };
  }

  it('given untouched read models, finds no difference and counts each event of the log once', async () => {
    const { deps } = await given();
    const report = await verifyProjections([shelfLevels, demoEventCounter], deps);
    expect(report.differences).toEqual([]);
    // 24 events read once for both, though each projection re-folds up to its own checkpoint.
    expect(report.events).toBe(24);
    expect(report.projections.map((p) => [p.name, p.checkpoint, p.events, p.documents, p.differences])).toEqual([
      ['demo.shelf-levels', 18, 18, 6, 0],
      ['demo.event-counter', 24, 24, 3, 0],
    ]);
  });

  it('given tampered documents in both projections, reports each as missing, unexpected or different', async () => {
    const { deps, physical } = await given();
    const levels = h.runtime.store.collection<Doc>(await physical('demo.shelf-levels'));
    const counts = h.runtime.store.collection<Doc>(await physical('demo.event-counter'));
    await levels.upsert({ _id: 's1', org_guid: 'org1', label: 's1', quantity: 99 });
    await levels.delete('s2');
    await levels.upsert({ _id: 'ghost', org_guid: 'org0', label: 'x', quantity: 1 });
    await counts.delete('org1');
    await counts.upsert({ ...(await counts.get('org2'))!, count: 1 });

    const report = await verifyProjections([shelfLevels, demoEventCounter], deps);
    expect(report.differences.map((d) => [d.projection, d.id, d.kind]).sort()).toEqual([
      ['demo.event-counter', 'org1', 'missing'],
      ['demo.event-counter', 'org2', 'different'],
      ['demo.shelf-levels', 'ghost', 'unexpected'],
      ['demo.shelf-levels', 's1', 'different'],
      ['demo.shelf-levels', 's2', 'missing'],
    ]);
    expect(report.differences.find((d) => d.id === 's1')).toMatchObject({ stored: { quantity: 99 }, expected: { _id: 's1', quantity: 3 } });

    const org2 = await verifyProjections([shelfLevels, demoEventCounter], deps, { tenant: 'org2' });
    expect(org2.differences.map((d) => [d.projection, d.id, d.kind]).sort()).toEqual([
      ['demo.event-counter', 'org2', 'different'],
      ['demo.shelf-levels', 's2', 'missing'],
    ]);
    expect(org2.events).toBe(8);
  });

  it('given a stored document whose keys are in another order, finds no difference', async () => {
    const { deps, physical } = await given();
    const levels = h.runtime.store.collection<Doc>(await physical('demo.shelf-levels'));
    const s0 = (await levels.get('s0'))!;
    const reordered = Object.fromEntries(Object.entries(s0).reverse()) as Doc;
    await levels.upsert(reordered);
    expect(JSON.stringify(await levels.get('s0'))).not.toBe(JSON.stringify(s0));
    expect(canonical(await levels.get('s0'))).toBe(canonical(s0));
    const report = await verifyProjections([shelfLevels], deps);
    expect(report.differences).toEqual([]);
  });

  it('given projections never built, reads nothing and reports none of them', async () => {
    h = await openShelfHarness({ withWorker: false });
    await fill(h, 3);
    const report = await verifyProjections([shelfLevels, demoEventCounter], { log: h.runtime.log, store: h.runtime.store, catalog: h.runtime.catalog });
    expect(report).toMatchObject({ projections: [], differences: [], events: 0 });
  });
});

describe('comparing a folded document with a stored one', () => {
  const stored = { _id: 'a', n: 1, tags: ['x', 'y'], nested: { b: 2, a: [{ k: 1 }] }, none: null };

  it('counts what JSON keeps, in any key order', () => {
    expect(sameDocument({ ...stored }, stored)).toBe(true);
    expect(sameDocument({ none: null, nested: { a: [{ k: 1 }], b: 2 }, tags: ['x', 'y'], n: 1, _id: 'a' }, stored)).toBe(true);
    // JSON drops undefined fields and writes a Date as its ISO string, NaN as null: the stored side has those.
    expect(sameDocument({ ...stored, gone: undefined }, stored)).toBe(true);
    expect(sameDocument({ _id: 'd', at: new Date('2026-01-02T03:04:05.000Z') }, { _id: 'd', at: '2026-01-02T03:04:05.000Z' })).toBe(true);
    expect(sameDocument({ _id: 'n', v: NaN }, { _id: 'n', v: null })).toBe(true);
  });

  it('tells apart values, array order, types and missing or extra fields', () => {
    expect(sameDocument({ ...stored, n: 2 }, stored)).toBe(false);
    expect(sameDocument({ ...stored, tags: ['y', 'x'] }, stored)).toBe(false);
    expect(sameDocument({ ...stored, n: '1' }, stored)).toBe(false);
    expect(sameDocument({ ...stored, nested: { b: 2, a: [{ k: 1, j: 0 }] } }, stored)).toBe(false);
    expect(sameDocument({ ...stored, extra: 0 }, stored)).toBe(false);
    const { none: _none, ...withoutNone } = stored;
    expect(sameDocument(withoutNone, stored)).toBe(false);
    expect(sameDocument({ ...stored, nested: [] as unknown as typeof stored.nested }, { ...stored, nested: {} as typeof stored.nested })).toBe(false);
  });
});
