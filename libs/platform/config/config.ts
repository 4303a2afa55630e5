import { resolve } from 'path';

/**
 * Configuration comes from the environment only. No store URL set → everything embedded under G3N_DATA_DIR.
 * loadConfig collects every problem and throws one ConfigError naming each variable, so a bad deployment fails
 * at start with a message an operator can act on.
 */
export interface G3nConfig {
  port: number;
  host: string;
  dataDir: string;
  publicUrl: string;
  sqliteSync: 'normal' | 'full';
  eventStoreUrl?: string;
  mongo?: { url: string; database: string };
  s3?: { endpoint?: string; region: string; bucket: string; accessKeyId?: string; secretAccessKey?: string; forcePathStyle: boolean };
  blobSigningKey?: string;
  /** Run projections (and later the integration plane) inside the API process. */
  workerInline: boolean;
  /**
   * How often a worker looks at the log's head for appends made elsewhere (an API process, the CLI), and how often an
   * API without the worker in-process looks at the checkpoints a write waits for (read-your-writes).
   */
  workerPollMs: number;
  consistencyTimeoutMs: number;
  maxBodyBytes: number;
  /** Requests per second per session or API key (0 turns throttling off), and the burst allowed at once. */
  throttle: { rate: number; burst: number };
  /** Lifetime of a user session. */
  sessionTtlMs: number;
  /** May webhook/subscription targets be private or loopback addresses (on by default when embedded). */
  allowPrivateTargets: boolean;
  embedded: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): G3nConfig {
  const problems: string[] = [];
  const read = (name: string) => {
    const value = env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  };
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name}=${JSON.stringify(raw)}: expected a whole number from ${min} to ${max}`);
      return fallback;
    }
    return n;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(raw)) {
      problems.push(`${name}=${JSON.stringify(raw)}: expected one of ${allowed.join(', ')}`);
      return fallback;
    }
    return raw as T;
  };
  const url = (name: string, schemes: string[]): string | undefined => {
    const raw = read(name);
    if (raw === undefined) return undefined;
    try {
      const parsed = new URL(raw);
      if (!schemes.includes(parsed.protocol.replace(/:$/, ''))) {
        problems.push(`${name}: scheme ${parsed.protocol} is not one of ${schemes.map((s) => `${s}://`).join(', ')}`);
      }
    } catch {
      problems.push(`${name}=${JSON.stringify(raw)}: not a URL`);
    }
    return raw;
  };

  const port = int('PORT', 3000, 0, 65535);
  const host = read('HOST') ?? '127.0.0.1';
  const dataDir = resolve(read('G3N_DATA_DIR') ?? './data');
  const publicUrl = url('G3N_PUBLIC_URL', ['http', 'https']) ?? `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  const sqliteSync = oneOf('G3N_SQLITE_SYNC', ['normal', 'full'] as const, 'normal');
  const eventStoreUrl = url('G3N_EVENTSTORE_URL', ['esdb', 'esdb+discover']);
  const mongoUrl = url('G3N_MONGO_URL', ['mongodb', 'mongodb+srv']);
  const s3Endpoint = url('G3N_S3_ENDPOINT', ['http', 'https']);
  const s3Bucket = read('G3N_S3_BUCKET');
  if (s3Endpoint && !s3Bucket) problems.push('G3N_S3_BUCKET: required when G3N_S3_ENDPOINT is set');
  const accessKeyId = read('G3N_S3_ACCESS_KEY_ID');
  const secretAccessKey = read('G3N_S3_SECRET_ACCESS_KEY');
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    problems.push('G3N_S3_ACCESS_KEY_ID and G3N_S3_SECRET_ACCESS_KEY: set both or neither');
  }
  const blobSigningKey = read('G3N_BLOB_SIGNING_KEY');
  if (blobSigningKey !== undefined && blobSigningKey.length < 32) problems.push('G3N_BLOB_SIGNING_KEY: at least 32 characters');
  const embedded = !eventStoreUrl && !mongoUrl && !(s3Endpoint || s3Bucket);
  // Read by libs/delivery at use; checked here so a bad value stops the process at start.
  const masterKey = read('G3N_MASTER_KEY');
  if (masterKey !== undefined && !/^[0-9a-fA-F]{64}$/.test(masterKey)) problems.push('G3N_MASTER_KEY: expected 64 hex characters (a 256-bit key)');
  const schedule = read('G3N_DELIVERY_SCHEDULE_MS');
  if (schedule !== undefined && !/^\d+(,\d+)*$/.test(schedule)) problems.push(`G3N_DELIVERY_SCHEDULE_MS=${JSON.stringify(schedule)}: expected comma-separated whole milliseconds`);
  const cursorKey = read('G3N_CDC_CURSOR_KEY');
  if (cursorKey !== undefined && cursorKey.length < 32) problems.push('G3N_CDC_CURSOR_KEY: at least 32 characters');
  int('G3N_ACCOUNTING_WORKER_MS', 1000, 10, 3_600_000);
  int('G3N_BULK_CHUNK_ROWS', 1000, 1, 10_000);
  int('G3N_BULK_URL_TTL_S', 900, 1, 604_800);
  int('G3N_BULK_MAX_ROWS', 100_000, 1, 10_000_000);
  int('G3N_RBS_VERIFICATION_TTL_MS', 24 * 3600 * 1000, 1000, 30 * 24 * 3600 * 1000);
  url('G3N_SQS_ENDPOINT', ['http', 'https']);
  const privateTargets = read('G3N_ALLOW_PRIVATE_TARGETS');
  if (privateTargets !== undefined && !['true', 'false', '1', '0', 'on', 'off'].includes(privateTargets.toLowerCase())) {
    problems.push(`G3N_ALLOW_PRIVATE_TARGETS=${JSON.stringify(privateTargets)}: expected true or false`);
  }
  const worker = oneOf('G3N_WORKER', ['inline', 'off'] as const, eventStoreUrl ? 'off' : 'inline');

  const config: G3nConfig = {
    port,
    host,
    dataDir,
    publicUrl: publicUrl.replace(/\/+$/, ''),
    sqliteSync,
    eventStoreUrl,
    mongo: mongoUrl ? { url: mongoUrl, database: read('G3N_MONGO_DB') ?? 'g3n' } : undefined,
    s3: s3Bucket
      ? {
          endpoint: s3Endpoint,
          region: read('G3N_S3_REGION') ?? 'us-east-1',
          bucket: s3Bucket,
          accessKeyId,
          secretAccessKey,
          forcePathStyle: oneOf('G3N_S3_FORCE_PATH_STYLE', ['true', 'false'] as const, s3Endpoint ? 'true' : 'false') === 'true',
        }
      : undefined,
    blobSigningKey,
    workerInline: worker === 'inline',
    workerPollMs: int('G3N_WORKER_POLL_MS', embedded ? 2 : 10, 1, 60_000),
    consistencyTimeoutMs: int('G3N_CONSISTENCY_TIMEOUT_MS', 2000, 0, 60_000),
    maxBodyBytes: int('G3N_MAX_BODY_BYTES', 1_048_576, 1024, 104_857_600),
    throttle: { rate: int('G3N_THROTTLE_RPS', 200, 0, 1_000_000), burst: int('G3N_THROTTLE_BURST', 400, 1, 10_000_000) },
    sessionTtlMs: int('G3N_SESSION_TTL_S', 12 * 3600, 60, 90 * 24 * 3600) * 1000,
    allowPrivateTargets: privateTargets === undefined ? embedded : ['true', '1', 'on'].includes(privateTargets.toLowerCase()),
    embedded,
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}

/** What the process runs on, for `GET /` and start-up lines; never includes credentials. */
export interface ConfigDescription {
  mode: 'embedded' | 'production';
  eventlog: 'sqlite' | 'eventstoredb';
  docstore: 'sqlite' | 'mongodb';
  blobstore: 'files' | 's3';
  data_dir?: string;
  worker: 'in-process' | 'separate';
}

export function describeConfig(config: G3nConfig): ConfigDescription {
  return {
    mode: config.embedded ? 'embedded' : 'production',
    eventlog: config.eventStoreUrl ? 'eventstoredb' : 'sqlite',
    docstore: config.mongo ? 'mongodb' : 'sqlite',
    blobstore: config.s3 ? 's3' : 'files',
    data_dir: config.eventStoreUrl && config.mongo && config.s3 ? undefined : config.dataDir,
    worker: config.workerInline ? 'in-process' : 'separate',
  };
}
