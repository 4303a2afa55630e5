import { canonical, verifyProjections } from './verify';
import { rebuildProjection } from './rebuild';
import { checkpointKey } from './projection-definition';
import { eventually, openShelfHarness, ShelfHarness } from '../../../test/support/shelf/shelf-runtime';
import { demoEventCounter, shelfLevels, ShelfLevel } from '../../../test/support/shelf/shelf.projections';

async function fill(h: ShelfHarness, shelves: number, addsPerShelf: number): Promise<number> {
  let last = 0;
  await Promise.all(Array.from({ length: shelves }, (_, i) => h.open(`org${i % 3}`, `s${i}`)));
  for (let round = 0; round < addsPerShelf; round++) {
    const positions = await Promise.all(Array.from({ length: shelves }, (_, i) => h.add(`org${i % 3}`, `s${i}`, 1 + (round % 4))));
    last = Math.max(last, ...positions);
  }
  return last;
}

async function allLevels(h: ShelfHarness): Promise<ShelfLevel[]> {
  const out: ShelfLevel[] = [];
  let cursor: string | undefined;
  do {
    const page = await h.runtime.readModels.collection<ShelfLevel>('demo_shelf_levels').find({}, { limit: 1000, cursor });
    out.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor);
  return out;
}

describe('blue-green rebuild', () => {
  let h: ShelfHarness;
  afterEach(() => h?.close());

  it('keeps answering reads during a rebuild, and the answers after the switch equal those before', async () => {
    h = await openShelfHarness();
    const last = await fill(h, 150, 40);
    expect(await h.runtime.waiter.waitFor(last, ['demo.items-added'], 10_000)).toBe('strong');
    const before = canonical(await allLevels(h));

    let reading = true;
    let reads = 0;
    const failures: string[] = [];
    const reader = (async () => {
      while (reading) {
        try {
          const now = canonical(await allLevels(h));
          if (now !== before) failures.push('a read differed from the answer before the rebuild');
          reads++;
        } catch (error) {
          failures.push((error as Error).message);
        }
        await new Promise((r) => setImmediate(r));
      }
    })();

    const deps = { log: h.runtime.log, store: h.runtime.store, catalog: h.runtime.catalog, clock: h.runtime.clock };
    const result = await rebuildProjection(shelfLevels, deps, { batchSize: 500 });
    expect(result).toMatchObject({ generation: 2, previous_generation: 1, events: 150 * 41 });
    await eventually(() => expect(h.runtime.worker!.runner('demo.shelf-levels')!.generation).toBe(2));
    await h.runtime.catalog.dropRetired('demo.shelf-levels', new Date(Date.now() + 60_000), 0, (g) => checkpointKey('demo.shelf-levels', g));
    h.runtime.readModels.invalidate();
    await new Promise((r) => setTimeout(r, 50));
    reading = false;
    await reader;

    expect(failures).toEqual([]);
    expect(reads).toBeGreaterThan(3);
    expect(canonical(await allLevels(h))).toBe(before);
    expect(await h.runtime.store.listCollections()).not.toContain('demo_shelf_levels__g1');
  });

  it('loses nothing written while the rebuild runs', async () => {
    h = await openShelfHarness();
    await fill(h, 60, 20);
    const deps = { log: h.runtime.log, store: h.runtime.store, catalog: h.runtime.catalog, clock: h.runtime.clock };
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        await h.add('org0', 's0', 1);
        written++;
      }
    })();
    const result = await rebuildProjection(shelfLevels, deps, { batchSize: 200 });
    await new Promise((r) => setTimeout(r, 100));
    writing = false;
    await writer;
    const head = await h.runtime.log.headPosition();
    await eventually(async () => {
      const runner = h.runtime.worker!.runner('demo.shelf-levels')!;
      expect(runner.generation).toBe(result.generation);
      expect(runner.checkpoint).toBe(head);
    });
    expect(written).toBeGreaterThan(0);
    const s0 = await h.runtime.readModels.collection<ShelfLevel>('demo_shelf_levels').get('s0');
    const expected = Array.from({ length: 20 }, (_, round) => 1 + (round % 4)).reduce((a, b) => a + b, 0) + written;
    expect(s0!.quantity).toBe(expected);
    await h.runtime.worker!.stop();
    const report = await verifyProjections([shelfLevels, demoEventCounter], deps);
    expect(report.differences).toEqual([]);
  });
});
