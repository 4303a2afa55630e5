import type { Doc } from '@g3n/docstore';
import { eventually, openShelfHarness, ShelfHarness } from '../../../test/support/shelf/shelf-runtime';
import { demoEventCounter, shelfLevels, ShelfLevel } from '../../../test/support/shelf/shelf.projections';
import { checkpointKey, physicalName, ProjectionDefinition } from './projection-definition';
import { rebuildProjection } from './rebuild';
import { rebuildProjections } from './rebuild-all';
import { verifyProjections } from './verify';

/** Fed by one event type only, so most pages hold nothing for it: its checkpoint still has to follow the pass. */
const takenTotals: ProjectionDefinition = {
  name: 'demo.taken-totals',
  version: 1,
  collections: [{ name: 'demo_taken_totals' }],
  handlers: {
    'demo.items-taken': (e, ctx) =>
      ctx.update<Doc & { taken: number; last_position: number }>('demo_taken_totals', String(e.data.shelf_id), (d) => ({
        _id: String(e.data.shelf_id),
        taken: (d?.taken ?? 0) + Number(e.data.quantity),
        last_position: e.position,
      })),
  },
};

/** Takes every event (`*`): with it in the set the pass reads the log unfiltered. */
const everyEvent: ProjectionDefinition = {
  name: 'demo.every-event',
  version: 1,
  collections: [{ name: 'demo_every_event' }],
  handlers: {
    '*': (e, ctx) => ctx.update<Doc & { n: number; types: string[] }>('demo_every_event', e.tenant, (d) => ({ _id: e.tenant, n: (d?.n ?? 0) + 1, types: [...new Set([...(d?.types ?? []), e.type])].sort() })),
  },
};

/** 12 shelves in 3 orgs: opened, 10 rounds of adds, takes in rounds 1, 4 and 7 (so the log ends with adds only). */
async function fill(h: ShelfHarness): Promise<void> {
  await Promise.all(Array.from({ length: 12 }, (_, i) => h.open(`org${i % 3}`, `s${i}`)));
  for (let round = 0; round < 10; round++) {
    await Promise.all(Array.from({ length: 12 }, (_, i) => h.add(`org${i % 3}`, `s${i}`, 2 + (round % 3))));
    if (round % 3 === 1) await Promise.all(Array.from({ length: 12 }, (_, i) => h.take(`org${i % 3}`, `s${i}`, 1)));
  }
}

async function documentsOf(h: ShelfHarness, definition: ProjectionDefinition, generation: number): Promise<Record<string, Doc[]>> {
  const out: Record<string, Doc[]> = {};
  for (const c of definition.collections) {
    const docs: Doc[] = [];
    let cursor: string | undefined;
    do {
      const page = await h.runtime.store.collection(physicalName(c.name, generation)).find({}, { limit: 1000, cursor });
      docs.push(...page.items);
      cursor = page.next_cursor;
    } while (cursor);
    out[c.name] = docs.sort((a, b) => (a._id < b._id ? -1 : 1));
  }
  return out;
}

async function checkpointOf(h: ShelfHarness, name: string, generation: number): Promise<number | undefined> {
  return (await h.runtime.store.getCheckpoint(checkpointKey(name, generation)))?.position;
}

describe('rebuilding several projections in one pass', () => {
  let h: ShelfHarness;
  afterEach(() => h?.close());

  it.each([
    ['a type filter (the union of their prefixes)', [shelfLevels, demoEventCounter, takenTotals]],
    ['no filter (one of them takes *)', [shelfLevels, demoEventCounter, takenTotals, everyEvent]],
  ])('given a log, one pass with %s gives the documents and checkpoints of rebuilding each alone', async (_filter, definitions) => {
    h = await openShelfHarness({ withWorker: false, projections: definitions });
    await fill(h);
    const head = await h.runtime.log.headPosition();
    const deps = { log: h.runtime.log, store: h.runtime.store, catalog: h.runtime.catalog, clock: h.runtime.clock };
    // Alone: generation 1 of each, small pages so page boundaries differ between the two ways.
    const alone = [];
    for (const d of definitions) alone.push(await rebuildProjection(d, deps, { batchSize: 37 }));
    expect(alone.map((r) => r.generation)).toEqual(definitions.map(() => 1));

    const progress: number[] = [];
    const result = await rebuildProjections(definitions, deps, { batchSize: 37, onProgress: (p) => progress.push(p.position) });

    expect(result.events).toBe(head);
    expect(result.rebuilt.map((r) => [r.name, r.generation, r.previous_generation])).toEqual(definitions.map((d) => [d.name, 2, 1]));
    expect(result.rebuilt.map((r) => r.events)).toEqual(alone.map((r) => r.events));
    expect(progress[progress.length - 1]).toBe(head);
    for (const d of definitions) {
      expect(await documentsOf(h, d, 2)).toEqual(await documentsOf(h, d, 1));
      expect(await checkpointOf(h, d.name, 2)).toBe(await checkpointOf(h, d.name, 1));
      expect(await checkpointOf(h, d.name, 2)).toBe(head);
      expect(await h.runtime.catalog.get(d.name)).toMatchObject({ generation: 2, retired: [{ generation: 1 }] });
    }
    // The rebuilt generation holds something for each projection (the comparison above is not between two empties).
    expect((await documentsOf(h, takenTotals, 2)).demo_taken_totals).toHaveLength(12);
  });

  it('given an empty log, leaves no checkpoint, like a rebuild of one projection', async () => {
    h = await openShelfHarness({ withWorker: false });
    const deps = { log: h.runtime.log, store: h.runtime.store, catalog: h.runtime.catalog, clock: h.runtime.clock };
    const result = await rebuildProjections([shelfLevels, demoEventCounter], deps);
    expect(result).toMatchObject({ events: 0, rebuilt: [{ generation: 1, events: 0 }, { generation: 1, events: 0 }] });
    expect(await checkpointOf(h, shelfLevels.name, 1)).toBeUndefined();
  });

  it('given a rebuild lease held elsewhere on one projection, fails the whole call and releases the leases it took', async () => {
    h = await openShelfHarness({ withWorker: false, projections: [shelfLevels, demoEventCounter, takenTotals] });
    await fill(h);
    const { store } = h.runtime;
    const deps = { log: h.runtime.log, store, catalog: h.runtime.catalog, clock: h.runtime.clock };
    expect(await store.tryAcquireLease('rebuild:demo.event-counter', 'another-host:1:rebuild', 60_000)).toBe(true);
    const before = await store.listCollections();

    await expect(rebuildProjections([shelfLevels, demoEventCounter, takenTotals], deps, { owner: 'me' })).rejects.toThrow(
      'a rebuild of demo.event-counter is already running elsewhere',
    );

    expect(await store.tryAcquireLease('rebuild:demo.shelf-levels', 'someone-else', 60_000)).toBe(true);
    expect(await store.tryAcquireLease('rebuild:demo.taken-totals', 'someone-else', 60_000)).toBe(true);
    expect(await store.listCollections()).toEqual(before);
    expect(await h.runtime.catalog.get('demo.shelf-levels')).toBeNull();
  });

  it('loses nothing written while the rebuild runs: every live runner follows the switch', async () => {
    h = await openShelfHarness();
    await fill(h);
    const deps = { log: h.runtime.log, store: h.runtime.store, catalog: h.runtime.catalog, clock: h.runtime.clock };
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        await h.add('org0', 's0', 1);
        written++;
      }
    })();
    const result = await rebuildProjections([shelfLevels, demoEventCounter], deps, { batchSize: 50 });
    await new Promise((r) => setTimeout(r, 100));
    writing = false;
    await writer;
    const head = await h.runtime.log.headPosition();
    await eventually(async () => {
      for (const r of result.rebuilt) {
        const runner = h.runtime.worker!.runner(r.name)!;
        expect(runner.generation).toBe(r.generation);
        expect(runner.checkpoint).toBe(head);
      }
    });
    expect(written).toBeGreaterThan(0);
    const s0 = await h.runtime.readModels.collection<ShelfLevel>('demo_shelf_levels').get('s0');
    const added = Array.from({ length: 10 }, (_, round) => 2 + (round % 3)).reduce((a, b) => a + b, 0);
    expect(s0!.quantity).toBe(added - 3 + written);
    const counts = await h.runtime.readModels.collection('demo_event_counts').find({}, { limit: 10 });
    expect(counts.items.reduce((n, d) => n + Number(d.count), 0)).toBe(head);
    await h.runtime.worker!.stop();
    const report = await verifyProjections([shelfLevels, demoEventCounter], deps);
    expect(report.differences).toEqual([]);
  });
});
