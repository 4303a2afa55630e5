/**
 * Runs the EventLog contract against every adapter: SQLite on a file, SQLite in memory, and EventStoreDB
 * (G3N_EVENTSTORE_URL, else a testcontainer, else skipped with one printed line). SQLite also gets the
 * cross-process case: a subscription sees another connection's commits without in-process notification.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { EventLog, RecordedEvent, openEventStoreDbEventLog, openSqliteEventLog } from '@g3n/eventlog';
import { ContainerRecipe, ExternalTarget, dockerEngineLikelyPresent, resolveExternal } from '../../support/external-service';
import { eventLogContract } from './event-log.contract';
import { events, streamOf, uniqueTenant, waitFor } from './event-log-fixtures';

describe('EventLog contract: SQLite file', () => {
  let dir = '';
  let log: EventLog | null = null;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'g3n-eventlog-'));
    log = openSqliteEventLog({ file: join(dir, 'nested', 'events.sqlite') });
  });
  afterAll(async () => {
    await log?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  eventLogContract({ log: () => log });

  it('a subscription sees events appended by another connection to the same file', async () => {
    const writer = openSqliteEventLog({ file: join(dir, 'nested', 'events.sqlite') });
    try {
      const tenant = uniqueTenant();
      const before = await log!.headPosition();
      const received: RecordedEvent[] = [];
      const subscription = log!.subscribe({ tenant, after: before }, async (batch) => { received.push(...batch); });
      const written = await writer.append(streamOf(tenant), events(3));
      await waitFor(() => received.length >= 3, 'events committed by the other connection', 5_000);
      await subscription.stop();
      expect(received.map((event) => event.position)).toEqual(written.positions);
      // The first connection's own revision checks see the other connection's commit too.
      expect(await log!.streamRevision(received[0].stream)).toBe(2);
    } finally {
      await writer.close();
    }
  });
});

describe('EventLog contract: SQLite :memory:', () => {
  let log: EventLog | null = null;
  beforeAll(() => { log = openSqliteEventLog({ file: ':memory:' }); });
  afterAll(async () => { await log?.close(); });
  eventLogContract({ log: () => log });
});

const eventStoreRecipe: ContainerRecipe = {
  image: 'eventstore/eventstore:24.10',
  ports: [2113],
  env: { EVENTSTORE_INSECURE: 'true', EVENTSTORE_RUN_PROJECTIONS: 'None', EVENTSTORE_CLUSTER_SIZE: '1' },
  readyLog: /IS LEADER\.\.\. SPARTA/,
  toTarget: (host, port) => ({ url: `esdb://${host}:${port(2113)}?tls=false`, settings: {} }),
};

const resolveEventStore = (): Promise<ExternalTarget | null> =>
  resolveExternal('EventStoreDB contract suite', 'G3N_EVENTSTORE_URL', () => ({}), eventStoreRecipe);

// Jest cannot define tests asynchronously, so decide up front whether there is anything to run against.
// Without a URL or a Docker engine, resolveExternal prints its one SKIP line and the block is skipped.
// If Docker is present but the container fails, resolveExternal prints why and the cases return early.
const eventStorePossible = Boolean(process.env.G3N_EVENTSTORE_URL) || dockerEngineLikelyPresent();
if (!eventStorePossible) void resolveEventStore();

(eventStorePossible ? describe : describe.skip)('EventLog contract: EventStoreDB', () => {
  let target: ExternalTarget | null = null;
  let log: EventLog | null = null;
  beforeAll(async () => {
    target = await resolveEventStore();
    if (target) log = openEventStoreDbEventLog({ connectionString: target.url });
  }, 180_000);
  afterAll(async () => {
    await log?.close();
    await target?.stop();
  }, 60_000);
  eventLogContract({ log: () => log });
});
