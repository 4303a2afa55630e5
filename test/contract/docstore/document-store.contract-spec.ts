/**
 * Runs the DocumentStore contract against every adapter: SQLite on a file, SQLite in memory, and MongoDB
 * (G3N_MONGO_URL, or a mongo:7 testcontainer when a Docker engine is present, else skipped with one line).
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { openMongoDocumentStore, openSqliteDocumentStore, type DocumentStore, type MongoDocumentStore } from '@g3n/docstore';
import { dockerEngineLikelyPresent, resolveExternal, type ExternalTarget } from '../../support/external-service';
import { documentStoreContract } from './document-store.contract';

documentStoreContract(
  'SqliteDocumentStore (file)',
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'g3n-docstore-'));
    const file = join(dir, 'nested', 'read-models.sqlite'); // the adapter creates the parent directory
    let store: DocumentStore = openSqliteDocumentStore({ file });
    return {
      store,
      reopen: async () => {
        await store.close();
        store = openSqliteDocumentStore({ file });
        return store;
      },
      dispose: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
  { reopenable: true },
);

documentStoreContract('SqliteDocumentStore (:memory:)', async () => {
  const store = openSqliteDocumentStore({ file: ':memory:' });
  return { store, dispose: () => store.close() };
});

describe('MongoDocumentStore', () => {
  // Jest can only report cases as skipped when it knows before they run. Without a URL or a Docker engine that
  // is certain now (resolveExternal prints its one line synchronously); if a present engine then fails to start
  // the container, the helper prints the line and the cases end immediately instead.
  const available = Boolean(process.env.G3N_MONGO_URL) || dockerEngineLikelyPresent();
  const recipe = {
    image: 'mongo:7',
    ports: [27017],
    readyLog: /Waiting for connections/,
    toTarget: (host: string, port: (p: number) => number) => ({
      url: `mongodb://${host}:${port(27017)}/?directConnection=true`,
      settings: {},
    }),
  };
  const resolving = available ? null : resolveExternal('MongoDB contract suite', 'G3N_MONGO_URL', () => ({}), recipe);
  const runId = `g3n_ct_${process.pid}_${Date.now().toString(36)}`;
  let target: ExternalTarget | null = null;
  let databases = 0;

  beforeAll(async () => {
    target = await (resolving ?? resolveExternal('MongoDB contract suite', 'G3N_MONGO_URL', () => ({}), recipe));
  }, 180_000);
  afterAll(async () => {
    await target?.stop();
  });

  documentStoreContract(
    'contract',
    async () => {
      if (!target) return null;
      const url = target.url;
      const database = `${runId}_${++databases}`; // one database per case: listCollections sees only its own
      let store: MongoDocumentStore = await openMongoDocumentStore({ url, database });
      return {
        store,
        reopen: async () => {
          await store.close();
          store = await openMongoDocumentStore({ url, database });
          return store;
        },
        dispose: async () => {
          await store.dropDatabase();
          await store.close();
        },
      };
    },
    { skip: !available, reopenable: true },
  );
});
