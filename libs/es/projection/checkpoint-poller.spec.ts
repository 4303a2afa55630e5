import type { DocumentStore } from '@g3n/docstore';
import { openShelfHarness, ShelfHarness } from '../../../test/support/shelf/shelf-runtime';
import { demoEventCounter, shelfLevels } from '../../../test/support/shelf/shelf.projections';
import { ConsistencyWaiter } from './consistency-waiter';
import { ProjectionWorker } from './projection-worker';

/** The harness's real store, with its checkpoint reads counted. */
function countingCheckpointReads(store: DocumentStore): { store: DocumentStore; reads: () => number } {
  let reads = 0;
  const counted = new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (key !== 'getCheckpoint') return typeof value === 'function' ? value.bind(target) : value;
      return (...args: [string]) => {
        reads++;
        return target.getCheckpoint(...args);
      };
    },
  });
  return { store: counted, reads: () => reads };
}

describe('read-your-writes with the projections in another worker (checkpoint poller)', () => {
  let h: ShelfHarness;
  let elsewhere: ProjectionWorker | undefined;
  afterEach(async () => {
    await elsewhere?.stop();
    elsewhere = undefined;
    await h?.close();
  });

  it('serves every waiting write from one shared poll, not one poll per request', async () => {
    h = await openShelfHarness({ withWorker: false });
    const { log, store, catalog, clock } = h.runtime;
    elsewhere = new ProjectionWorker([shelfLevels, demoEventCounter], log, store, catalog, clock, { owner: 'elsewhere', pollMs: 5 });
    await elsewhere.start();
    await h.open('org1', 's1');
    const position = await h.add('org1', 's1', 3);
    const counted = countingCheckpointReads(store);
    const waiter = new ConsistencyWaiter([shelfLevels, demoEventCounter], counted.store, catalog, null);

    const waiting = 50;
    const answers = await Promise.all(Array.from({ length: waiting }, () => waiter.waitFor(position, ['demo.items-added'], 2000)));

    expect(answers).toEqual(Array(waiting).fill('strong'));
    // Polling per request read both projections' checkpoints for each of the 50 requests at least once (≥ 100).
    expect(counted.reads()).toBeLessThan(waiting);
    expect((await h.runtime.readModels.collection('demo_shelf_levels').get('s1'))!.quantity).toBe(3);
  });

  it('answers pending at the bound when nothing projects, and stops polling once nobody waits', async () => {
    h = await openShelfHarness({ withWorker: false });
    await h.runtime.catalog.ensureServing(shelfLevels, new Date()); // known, never projected
    await h.open('org1', 's1');
    const position = await h.add('org1', 's1', 3);
    const counted = countingCheckpointReads(h.runtime.store);
    const waiter = new ConsistencyWaiter([shelfLevels], counted.store, h.runtime.catalog, null);

    expect(await waiter.waitFor(position, ['demo.items-added'], 60)).toBe('pending');
    const readsAtAnswer = counted.reads();
    await new Promise((r) => setTimeout(r, 50));

    expect(readsAtAnswer).toBeGreaterThan(0);
    expect(counted.reads()).toBe(readsAtAnswer);
  });
});
