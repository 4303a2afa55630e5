import { streamName } from '@g3n/eventlog';
import { eventually, openShelfHarness, ShelfHarness } from '../../../test/support/shelf/shelf-runtime';
import { shelfDecider } from '../../../test/support/shelf/shelf.decide';
import type { ShelfLevel } from '../../../test/support/shelf/shelf.projections';
import { DomainError } from '../errors';
import type { ReactorDefinition } from './reactor-definition';
import { REACTOR_FAILURES, ReactorFailure, ReactorWorker } from './reactor-worker';

/** Example reaction: every shelf gets a mirror shelf. Idempotent: a mirror that already exists counts as done. */
function mirrorReactor(options: { refuse?: string; flakyTimes?: number } = {}): ReactorDefinition & { calls: number } {
  let flaky = options.flakyTimes ?? 0;
  const reactor = {
    name: 'demo.mirror-shelves',
    calls: 0,
    handlers: {
      'demo.shelf-opened': async (event, ctx) => {
        reactor.calls++;
        const shelf = String(event.data.shelf_id);
        if (shelf.endsWith('-mirror')) return;
        if (shelf === options.refuse) throw new DomainError('invalid-state', 'mirror-refused', 'This shelf may not be mirrored.');
        if (flaky > 0) {
          flaky--;
          throw new Error('store briefly unavailable');
        }
        try {
          await ctx.execute({
            stream: streamName(event.tenant, 'demo.shelf', `${shelf}-mirror`),
            decider: shelfDecider,
            command: { kind: 'open', org_guid: event.tenant, shelf_id: `${shelf}-mirror`, label: `mirror of ${shelf}` },
          });
        } catch (error) {
          if (!(error instanceof DomainError && error.minor === 'shelf-exists')) throw error;
        }
      },
    },
  } as ReactorDefinition & { calls: number };
  return reactor;
}

describe('reactor worker (log-driven cross-aggregate effects)', () => {
  let h: ShelfHarness;
  afterEach(() => h?.close());

  it('reacts to events with commands that carry the source event as their cause', async () => {
    h = await openShelfHarness({ reactors: [mirrorReactor()] });
    await h.open('org1', 's1');
    await eventually(async () => expect(await h.runtime.readModels.collection<ShelfLevel>('demo_shelf_levels').get('s1-mirror')).not.toBeNull());
    const [mirrored] = await h.runtime.log.readStream(streamName('org1', 'demo.shelf', 's1-mirror'));
    const [source] = await h.runtime.log.readStream(streamName('org1', 'demo.shelf', 's1'));
    expect(mirrored.metadata).toMatchObject({ actor: 'reactor:demo.mirror-shelves', org_guid: 'org1', causation_id: source.metadata.event_id });
  });

  it('given a caught-up reactor, when events of other types are appended, then it does not read the log; when its type is, then it reacts', async () => {
    const reactor = mirrorReactor();
    h = await openShelfHarness();
    const r = h.runtime;
    // A 30 s idle sleep: anything that happens within the test's waits was woken by an append, not by the timer.
    const worker = new ReactorWorker([reactor], { log: r.log, store: r.store, commands: r.commands, readModels: r.readModels, clock: r.clock, ids: r.ids }, { idleMs: 30_000 });
    await worker.start();
    try {
      await h.open('org1', 's1');
      await eventually(() => expect(reactor.calls).toBe(2)); // s1 and its mirror
      await new Promise((resolve) => setTimeout(resolve, 300)); // the first head poll has seen everything so far
      const reads = jest.spyOn(h.runtime.log, 'readAll');
      for (let i = 0; i < 10; i++) await h.add('org1', 's1', 1);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(reads.mock.calls.filter(([options]) => options?.typePrefixes?.includes('demo.shelf-opened'))).toHaveLength(0);
      await h.open('org1', 's2');
      await eventually(() => expect(reactor.calls).toBe(4), 10_000); // woken by the append: the idle timer is 30 s
    } finally {
      await worker.stop();
    }
  });

  it('is safe to replay: running the reactions again from the start writes nothing new', async () => {
    h = await openShelfHarness({ reactors: [mirrorReactor()] });
    await h.open('org1', 's1');
    await h.open('org1', 's2');
    await eventually(async () => expect(await h.runtime.readModels.collection('demo_shelf_levels').count()).toBe(4));
    const head = await h.runtime.log.headPosition();
    await h.runtime.store.commitBatch([], { key: 'reactor:demo.mirror-shelves', position: 0 });
    await h.open('org1', 's3');
    await eventually(async () => expect(await h.runtime.readModels.collection('demo_shelf_levels').count()).toBe(6));
    expect(await h.runtime.log.headPosition()).toBe(head + 2);
  });

  it('parks a refused reaction where operators can see it, and goes on with the next events', async () => {
    h = await openShelfHarness({ reactors: [mirrorReactor({ refuse: 'bad' })] });
    await h.open('org1', 'bad');
    await h.open('org1', 'good');
    await eventually(async () => expect(await h.runtime.readModels.collection('demo_shelf_levels').get('good-mirror')).not.toBeNull());
    const parked = await h.runtime.store.collection<ReactorFailure>(REACTOR_FAILURES).find({ status: 'parked' });
    expect(parked.items).toEqual([
      expect.objectContaining({ reactor: 'demo.mirror-shelves', event_type: 'demo.shelf-opened', org_guid: 'org1', attempts: 1, error: { tag: 'invalid-state', minor: 'mirror-refused', message: expect.any(String) } }),
    ]);
  });

  it('retries a transient failure with backoff instead of parking it', async () => {
    const reactor = mirrorReactor({ flakyTimes: 2 });
    h = await openShelfHarness({ reactors: [reactor] });
    await h.open('org1', 's1');
    await eventually(async () => expect(await h.runtime.readModels.collection('demo_shelf_levels').get('s1-mirror')).not.toBeNull(), 10_000);
    expect(await h.runtime.store.collection(REACTOR_FAILURES).count()).toBe(0);
    expect(reactor.calls).toBeGreaterThanOrEqual(3);
  }, 15_000);
});
