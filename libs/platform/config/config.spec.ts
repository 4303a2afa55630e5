import { ConfigError, loadConfig } from './config';

describe('configuration from the environment', () => {
  it('is embedded with nothing set', () => {
    const config = loadConfig({});
    expect(config.embedded).toBe(true);
    expect(config.port).toBe(3000);
    expect(config.workerInline).toBe(true);
    expect(config.sqliteSync).toBe('normal');
    expect(config.dataDir).toMatch(/data$/);
  });

  it('selects the production adapters by URL', () => {
    const config = loadConfig({
      G3N_EVENTSTORE_URL: 'esdb://eventstore:2113?tls=false',
      G3N_MONGO_URL: 'mongodb://mongo:27017/?replicaSet=rs0',
      G3N_S3_ENDPOINT: 'http://minio:9000',
      G3N_S3_BUCKET: 'g3n',
      G3N_S3_ACCESS_KEY_ID: 'a',
      G3N_S3_SECRET_ACCESS_KEY: 'b',
    });
    expect(config.embedded).toBe(false);
    expect(config.workerInline).toBe(false);
    expect(config.mongo).toEqual({ url: 'mongodb://mongo:27017/?replicaSet=rs0', database: 'g3n' });
    expect(config.s3).toMatchObject({ bucket: 'g3n', forcePathStyle: true, region: 'us-east-1' });
  });

  it('fails fast naming every bad value', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty', G3N_SQLITE_SYNC: 'sometimes', G3N_EVENTSTORE_URL: 'http://x', G3N_S3_ENDPOINT: 'http://minio:9000', G3N_S3_ACCESS_KEY_ID: 'a',
        G3N_MASTER_KEY: 'short', G3N_DELIVERY_SCHEDULE_MS: '0,5s', G3N_ALLOW_PRIVATE_TARGETS: 'maybe',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['PORT', 'G3N_SQLITE_SYNC', 'G3N_EVENTSTORE_URL', 'G3N_S3_BUCKET', 'G3N_S3_SECRET_ACCESS_KEY', 'G3N_MASTER_KEY', 'G3N_DELIVERY_SCHEDULE_MS', 'G3N_ALLOW_PRIVATE_TARGETS']) {
      expect(problems).toContain(name);
    }
  });
});
