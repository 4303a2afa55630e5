import { openSqliteEventLog, EventLog, ReadStreamOptions, streamName } from '@g3n/eventlog';
import { openSqliteDocumentStore } from '@g3n/docstore';
import { SnapshotStore } from './snapshot-store';
import { CommandRunner } from './command-runner';
import { EventRegistry } from '../events/event-registry';
import { FixedClock, SequentialIds } from '../clock';
import { DomainError, RevisionConflictError } from '../errors';
import { shelfDecider } from '../../../test/support/shelf/shelf.decide';
import { shelfEvents } from '../../../test/support/shelf/shelf.events';

const ctx = { actor: 'user:u1', org_guid: 'org1', orgcode: 'ORG1', request_id: 'req-1' };
const stream = streamName('org1', 'demo.shelf', 's1');

function runnerOn(log: EventLog, options = {}) {
  return new CommandRunner(log, new EventRegistry().register(...shelfEvents), new FixedClock(), new SequentialIds(), options);
}

async function openShelf(runner: CommandRunner, quantity: number) {
  await runner.execute({ stream, decider: shelfDecider, command: { kind: 'open', org_guid: 'org1', shelf_id: 's1', label: 'Socks' }, context: ctx });
  if (quantity > 0) await runner.execute({ stream, decider: shelfDecider, command: { kind: 'add', quantity }, context: ctx });
}

describe('command runner: load → fold → decide → append', () => {
  let log: EventLog;
  beforeEach(() => {
    log = openSqliteEventLog({ file: ':memory:' });
  });
  afterEach(() => log.close());

  it('appends the decided events with full metadata and returns revision and position', async () => {
    const runner = runnerOn(log);
    const result = await runner.execute({ stream, decider: shelfDecider, command: { kind: 'open', org_guid: 'org1', shelf_id: 's1', label: 'Socks' }, context: ctx });
    expect(result.revision).toBe(0);
    expect(result.position).toBeGreaterThan(0);
    const [event] = await log.readStream(stream);
    expect(event.type).toBe('demo.shelf-opened');
    expect(event.metadata).toMatchObject({ actor: 'user:u1', org_guid: 'org1', orgcode: 'ORG1', request_id: 'req-1', schema_version: 1, occurred_at: '2026-01-01T00:00:00.000Z' });
    expect(event.metadata.event_id).toMatch(/^evt_/);
  });

  it('answers a stale pinned expected_revision with a revision conflict carrying the current revision', async () => {
    const runner = runnerOn(log);
    await openShelf(runner, 5);
    await runner.execute({ stream, decider: shelfDecider, command: { kind: 'take', quantity: 1 }, context: ctx, expectedRevision: 1 });
    const stale = runner.execute({ stream, decider: shelfDecider, command: { kind: 'take', quantity: 1 }, context: ctx, expectedRevision: 1 });
    await expect(stale).rejects.toBeInstanceOf(RevisionConflictError);
    await expect(stale).rejects.toMatchObject({ currentRevision: 2, tag: 'conflict' });
    expect(await log.streamRevision(stream)).toBe(2);
  });

  it('answers 404 when a pinned revision names a record that does not exist', async () => {
    const missing = runnerOn(log).execute({ stream, decider: shelfDecider, command: { kind: 'add', quantity: 1 }, context: ctx, expectedRevision: 0 });
    await expect(missing).rejects.toMatchObject({ tag: 'not-found' });
  });

  it('pinned writers racing from two processes: one wins, the other gets 409, no lost update', async () => {
    const a = runnerOn(log);
    const b = runnerOn(log);
    await openShelf(a, 10);
    const outcomes = await Promise.allSettled([
      a.execute({ stream, decider: shelfDecider, command: { kind: 'take', quantity: 1 }, context: ctx, expectedRevision: 1 }),
      b.execute({ stream, decider: shelfDecider, command: { kind: 'take', quantity: 2 }, context: ctx, expectedRevision: 1 }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(RevisionConflictError);
    expect(await log.streamRevision(stream)).toBe(2);
  });

  it('never oversells: 60 concurrent takes of one unit from 25, through two runners (as two processes)', async () => {
    const a = runnerOn(log);
    const b = runnerOn(log, { maxAttempts: 100 });
    await openShelf(a, 25);
    const takes = Array.from({ length: 60 }, (_, i) =>
      (i % 2 ? a : b).execute({ stream, decider: shelfDecider, command: { kind: 'take', quantity: 1 }, context: ctx }),
    );
    const outcomes = await Promise.allSettled(takes);
    const won = outcomes.filter((o) => o.status === 'fulfilled').length;
    const refused = outcomes.filter((o) => o.status === 'rejected').map((o) => (o as PromiseRejectedResult).reason as DomainError);
    expect(won).toBe(25);
    expect(refused.every((e) => e.minor === 'insufficient-quantity' || e.minor === 'contention')).toBe(true);
    const state = await runnerOn(log).load(stream, shelfDecider);
    expect(state.state.quantity).toBe(0);
  });

  it('appends nothing when the decider decides nothing', async () => {
    const runner = runnerOn(log);
    const noop = { ...shelfDecider, decide: () => [] };
    const result = await runner.execute({ stream, decider: noop, command: { kind: 'add', quantity: 1 }, context: ctx });
    expect(result).toMatchObject({ events: [], revision: -1, position: 0 });
    expect(await log.headPosition()).toBe(0);
  });

  it('refuses to write an event type that is not registered', async () => {
    const runner = new CommandRunner(log, new EventRegistry(), new FixedClock(), new SequentialIds());
    await expect(
      runner.execute({ stream, decider: shelfDecider, command: { kind: 'open', org_guid: 'o', shelf_id: 's', label: 'l' }, context: ctx }),
    ).rejects.toThrow(/not registered/);
  });

  it('folds upcast old events: a v1 items-added written as {qty} counts', async () => {
    await log.append(stream, [
      { type: 'demo.shelf-opened', data: { org_guid: 'org1', shelf_id: 's1', label: 'Socks' }, metadata: { event_id: 'e1', actor: 'operator', occurred_at: '2025-01-01T00:00:00Z', schema_version: 1 } },
      { type: 'demo.items-added', data: { org_guid: 'org1', shelf_id: 's1', qty: 4 }, metadata: { event_id: 'e2', actor: 'operator', occurred_at: '2025-01-01T00:00:00Z', schema_version: 1 } },
    ]);
    const { ObservedEventLog } = await import('../log/observed-event-log');
    const registry = new EventRegistry().register(...shelfEvents);
    const runner = new CommandRunner(new ObservedEventLog(log, registry), registry, new FixedClock(), new SequentialIds());
    expect((await runner.load(stream, shelfDecider)).state.quantity).toBe(4);
  });

  it('loads a long stream cold from its newest snapshot plus the events after it', async () => {
    const docs = openSqliteDocumentStore({ file: ':memory:' });
    const snapshots = new SnapshotStore(docs, 10);
    const writer = runnerOn(log, { snapshots });
    await openShelf(writer, 0);
    for (let i = 0; i < 24; i++) await writer.execute({ stream, decider: shelfDecider, command: { kind: 'add', quantity: 1 }, context: ctx });
    const saved = await snapshots.load<{ quantity: number }>(stream, 'demo.shelf@1');
    // Saved every 10 events: at revisions 9 and 19.
    expect(saved).toEqual({ revision: 19, state: expect.objectContaining({ quantity: 19 }) });

    const reads: ReadStreamOptions[] = [];
    const spying: EventLog = Object.create(log, {
      readStream: { value: (s: string, o?: ReadStreamOptions) => (reads.push(o ?? {}), log.readStream(s, o)) },
    });
    const cold = runnerOn(spying, { snapshots });
    const loaded = await cold.load(stream, shelfDecider);
    expect(loaded).toMatchObject({ revision: 24, state: { quantity: 24 } });
    expect(reads).toEqual([{ fromRevision: 20 }]);
    // A decider whose evolve changed (bumped stateVersion) ignores the old snapshot and folds from the start.
    reads.length = 0;
    await runnerOn(spying, { snapshots }).load(stream, { ...shelfDecider, stateVersion: 2 });
    expect(reads).toEqual([{ fromRevision: 0 }]);
    await docs.close();
  });
});
