import type { Doc } from '@g3n/docstore';
import { eventually, openShelfHarness, ShelfHarness } from '../../../test/support/shelf/shelf-runtime';
import { demoEventCounter, shelfLevels, ShelfLevel } from '../../../test/support/shelf/shelf.projections';
import type { ProjectionDefinition } from './projection-definition';
import { ProjectionWorker } from './projection-worker';
import { verifyProjections } from './verify';
import { loadConfig, openEventLogFor } from '@g3n/platform';
import { EventRegistry } from '../events/event-registry';
import { ObservedEventLog } from '../log/observed-event-log';
import { shelfEvents } from '../../../test/support/shelf/shelf.events';

describe('projection worker', () => {
  let h: ShelfHarness;
  afterEach(() => h?.close());

  it('builds read models from the log and serves read-your-writes', async () => {
    h = await openShelfHarness();
    await h.open('org1', 's1', 'Socks');
    const position = await h.add('org1', 's1', 7);
    expect(await h.runtime.waiter.waitFor(position, ['demo.items-added'], 2000)).toBe('strong');
    const level = await h.runtime.readModels.collection<ShelfLevel>('demo_shelf_levels').get('s1');
    expect(level).toEqual({ _id: 's1', org_guid: 'org1', label: 'Socks', quantity: 7 });
    const counts = await h.runtime.readModels.collection('demo_event_counts').get('org1');
    expect(counts).toMatchObject({ count: 2, last_position: position });
  });

  it('parks a failing projection with a visible error while the others go on, then recovers', async () => {
    let broken = true;
    const fragile: ProjectionDefinition = {
      name: 'demo.fragile',
      version: 1,
      collections: [{ name: 'demo_fragile' }],
      handlers: {
        'demo.items-added': (e, ctx) => {
          if (broken) throw new Error('disk on fire');
          ctx.put('demo_fragile', { _id: String(e.position), quantity: e.data.quantity });
        },
      },
    };
    h = await openShelfHarness({ projections: [shelfLevels, fragile] });
    await h.open('org1', 's1');
    const position = await h.add('org1', 's1', 3);
    expect(await h.runtime.waiter.waitFor(position, ['demo.shelf-opened'], 2000)).toBe('strong');
    await eventually(() => {
      const status = h.runtime.worker!.runner('demo.fragile')!.status('me');
      expect(status.state).toBe('error');
      expect(status.error).toMatchObject({ message: 'disk on fire', attempts: expect.any(Number) });
    });
    // The healthy projection kept going and the write was acknowledged, with consistency reported as pending.
    expect(await h.runtime.waiter.waitFor(position, ['demo.items-added'], 100)).toBe('pending');
    // A no-op write waits on every projection: the parked one answers `pending` at once instead of after the bound.
    const started = Date.now();
    expect(await h.runtime.waiter.waitFor(position, 'all', 60_000)).toBe('pending');
    expect(Date.now() - started).toBeLessThan(30_000); // not the 60 s bound
    expect((await h.runtime.readModels.collection<ShelfLevel>('demo_shelf_levels').get('s1'))!.quantity).toBe(3);
    const statuses = await h.runtime.catalog.statuses();
    expect(statuses.find((s) => s._id === 'demo.fragile')?.state).toBe('error');
    broken = false;
    await eventually(async () => {
      expect(h.runtime.worker!.runner('demo.fragile')!.state).toBe('live');
      expect(await h.runtime.readModels.collection('demo_fragile').count()).toBe(1);
    }, 5000);
  });

  it('holds each projection under a lease: a second worker stands by, then takes over', async () => {
    h = await openShelfHarness({ withWorker: false });
    const { log, store, catalog, clock } = h.runtime;
    const first = new ProjectionWorker([shelfLevels], log, store, catalog, clock, { owner: 'w1', leaseTtlMs: 400 });
    const second = new ProjectionWorker([shelfLevels], log, store, catalog, clock, { owner: 'w2', leaseTtlMs: 400 });
    await first.start();
    await h.open('org1', 's1');
    await eventually(() => expect(first.runner('demo.shelf-levels')!.state).toBe('live'));
    await second.start();
    await eventually(() => expect(second.runner('demo.shelf-levels')!.state).toBe('standby'));
    await first.stop();
    await h.add('org1', 's1', 2);
    await eventually(async () => {
      expect(second.runner('demo.shelf-levels')!.state).toBe('live');
      expect((await h.runtime.readModels.collection<ShelfLevel>('demo_shelf_levels').get('s1'))!.quantity).toBe(2);
    });
    await second.stop();
  });

  it('rebuilds a projection whose version changed side by side, then serves the new generation', async () => {
    h = await openShelfHarness({ withWorker: false });
    const { log, store, catalog, clock } = h.runtime;
    const v1 = new ProjectionWorker([shelfLevels], log, store, catalog, clock, { owner: 'v1' });
    await v1.start();
    await h.open('org1', 's1');
    await h.add('org1', 's1', 4);
    await eventually(() => expect(v1.runner('demo.shelf-levels')!.state).toBe('live'));
    await v1.stop();
    const v2Definition = { ...shelfLevels, version: 2 };
    const v2 = new ProjectionWorker([v2Definition], log, store, catalog, clock, { owner: 'v2', retireGraceMs: 200 });
    await v2.start();
    await eventually(async () => {
      const meta = await catalog.get('demo.shelf-levels');
      expect(meta).toMatchObject({ version: 2, generation: 2 });
      expect(v2.runner('demo.shelf-levels')!.generation).toBe(2);
    });
    h.runtime.readModels.invalidate();
    expect((await h.runtime.readModels.collection<ShelfLevel>('demo_shelf_levels').get('s1'))!.quantity).toBe(4);
    await eventually(async () => expect(await store.listCollections()).not.toContain('demo_shelf_levels__g1'), 4000);
    await v2.stop();
  });

  it('verify finds no difference on a healthy store, and reports tampering', async () => {
    h = await openShelfHarness();
    await h.open('org1', 's1');
    await h.open('org2', 's2');
    const position = await h.add('org1', 's1', 5);
    await h.runtime.waiter.waitFor(position, ['demo.items-added'], 2000);
    await h.runtime.worker!.stop();
    const deps = { log: h.runtime.log, store: h.runtime.store, catalog: h.runtime.catalog };
    const clean = await verifyProjections([shelfLevels, demoEventCounter], deps);
    expect(clean.differences).toEqual([]);
    // Both projections re-fold the same 3 events: `events` counts the log events read in verify's one pass
    // (3, each once), no longer the sum over projections (3 + 3); each projection still reports its own 3.
    expect(clean.events).toBe(3);
    expect(clean.projections.map((p) => [p.name, p.events])).toEqual([['demo.shelf-levels', 3], ['demo.event-counter', 3]]);
    const physical = (await h.runtime.catalog.get('demo.shelf-levels'))!.collections.demo_shelf_levels;
    await h.runtime.store.collection<Doc>(physical).upsert({ _id: 's1', org_guid: 'org1', label: 's1', quantity: 99 });
    await h.runtime.store.collection<Doc>(physical).delete('s2');
    await h.runtime.store.collection<Doc>(physical).upsert({ _id: 'ghost', org_guid: 'org1', label: 'x', quantity: 1 });
    const dirty = await verifyProjections([shelfLevels], deps);
    expect(dirty.differences.map((d) => [d.id, d.kind]).sort()).toEqual([['ghost', 'unexpected'], ['s1', 'different'], ['s2', 'missing']]);
    const org2Only = await verifyProjections([shelfLevels], deps, { tenant: 'org2' });
    expect(org2Only.differences.map((d) => [d.id, d.kind])).toEqual([['s2', 'missing']]);
  });

  it('wakes only the projections fed by appends made in another process', async () => {
    h = await openShelfHarness({ withWorker: false });
    const openedOnly: ProjectionDefinition = {
      name: 'demo.opened-shelves',
      version: 1,
      collections: [{ name: 'demo_opened_shelves' }],
      handlers: { 'demo.shelf-opened': (e, ctx) => ctx.put('demo_opened_shelves', { _id: String(e.data.shelf_id) }) },
    };
    // The worker reads the same files through its own connection: the harness's appends are foreign to it.
    const elsewhereLog = new ObservedEventLog(openEventLogFor(loadConfig({ G3N_DATA_DIR: h.dataDir })), new EventRegistry().register(...shelfEvents));
    const { store, catalog, clock } = h.runtime;
    const elsewhere = new ProjectionWorker([shelfLevels, openedOnly], elsewhereLog, store, catalog, clock, { owner: 'elsewhere', pollMs: 5, idleWakeMs: 60_000 });
    await elsewhere.start();
    try {
      const opened = await h.open('org1', 's1');
      await eventually(() => expect(elsewhere.runner('demo.opened-shelves')!.checkpoint).toBe(opened));
      const added = await h.add('org1', 's1', 2);
      await eventually(() => expect(elsewhere.runner('demo.shelf-levels')!.checkpoint).toBe(added));

      // Waking every projection on a foreign append made each step and commit an empty checkpoint every poll.
      await new Promise((r) => setTimeout(r, 50));
      expect(elsewhere.runner('demo.opened-shelves')!.checkpoint).toBe(opened);
    } finally {
      await elsewhere.stop();
      await elsewhereLog.close();
    }
  });
});
