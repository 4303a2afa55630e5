import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { randomBytes } from 'crypto';
import { EventLog, openEventStoreDbEventLog, openSqliteEventLog } from '@g3n/eventlog';
import { DocumentStore, openMongoDocumentStore, openSqliteDocumentStore } from '@g3n/docstore';
import { BlobStore, openFileBlobStore, openS3BlobStore } from '@g3n/blobstore';
import type { G3nConfig } from '../config/config';

const eventLogFile = (config: G3nConfig) => join(config.dataDir, 'events.sqlite');
const readModelsFile = (config: G3nConfig) => join(config.dataDir, 'readmodels.sqlite');

/** Picks each port's adapter from the configuration: embedded SQLite/files unless a URL says otherwise. */
export function openEventLogFor(config: G3nConfig): EventLog {
  if (config.eventStoreUrl) return openEventStoreDbEventLog({ connectionString: config.eventStoreUrl });
  return openSqliteEventLog({ file: eventLogFile(config), synchronous: config.sqliteSync });
}

export async function openDocumentStoreFor(config: G3nConfig): Promise<DocumentStore> {
  if (config.mongo) return openMongoDocumentStore({ url: config.mongo.url, database: config.mongo.database });
  return openSqliteDocumentStore({ file: readModelsFile(config), synchronous: config.sqliteSync });
}

/** The SQLite files the configuration uses (none when both stores are servers). */
export function sqliteFilesOf(config: G3nConfig): string[] {
  return [...(config.eventStoreUrl ? [] : [eventLogFile(config)]), ...(config.mongo ? [] : [readModelsFile(config)])];
}

export function openBlobStoreFor(config: G3nConfig): BlobStore {
  if (config.s3) return openS3BlobStore({ ...config.s3, createBucket: true });
  return openFileBlobStore({ dir: join(config.dataDir, 'blobs'), publicBaseUrl: config.publicUrl, signingKey: blobSigningKey(config) });
}

/** The configured key, else one generated once and kept under the data directory (mode 0600). */
export function blobSigningKey(config: G3nConfig): string {
  if (config.blobSigningKey) return config.blobSigningKey;
  const dir = join(config.dataDir, 'secrets');
  const file = join(dir, 'blob-signing.key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const key = randomBytes(32).toString('hex');
  writeFileSync(file, key, { mode: 0o600, flag: 'wx' });
  return key;
}
