// The BlobStore contract against both adapters: local files (always) and S3 (a real server, or skipped).
import { randomBytes } from 'crypto';
import fastify from 'fastify';
import { mkdtemp, rm } from 'fs/promises';
import { createServer, Server } from 'http';
import type { AddressInfo } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import { openFileBlobStore, openS3BlobStore, registerBlobRoutes } from '@g3n/blobstore';
import { ContainerRecipe, dockerEngineLikelyPresent, ExternalTarget, resolveExternal } from '../../support/external-service';
import { BlobStoreUnderTest, describeBlobStoreContract } from './blob-store.contract';

describeBlobStoreContract('files', async (clock): Promise<BlobStoreUnderTest> => {
  const dir = await mkdtemp(join(tmpdir(), 'g3n-blob-contract-'));
  // The store needs the public URL before the routes exist, so the port is taken first and Fastify is
  // handed the already-listening server.
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const store = openFileBlobStore({ dir, publicBaseUrl: `http://127.0.0.1:${port}`, signingKey: randomBytes(32), now: clock });
  const app = fastify({ serverFactory: (handler) => server.on('request', handler) as Server });
  await registerBlobRoutes(app, store, { maxBytes: 1024 * 1024 });
  await app.ready();
  return {
    store,
    close: async () => {
      await app.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
});

const MINIO_USER = 'g3n-contract';
const MINIO_PASSWORD = 'g3n-contract-secret';

const minio: ContainerRecipe = {
  image: 'minio/minio:latest',
  ports: [9000],
  env: { MINIO_ROOT_USER: MINIO_USER, MINIO_ROOT_PASSWORD: MINIO_PASSWORD },
  command: ['server', '/data'],
  readyLog: /API:/,
  toTarget: (host, port) => ({
    url: `http://${host}:${port(9000)}`,
    settings: { bucket: 'g3n-test', accessKeyId: MINIO_USER, secretAccessKey: MINIO_PASSWORD, region: 'us-east-1' },
  }),
};

// Jest needs to know at collection time whether to register the S3 cases as skipped; resolveExternal
// (below) is still what decides and prints the one line saying why.
const s3Possible = Boolean(process.env.G3N_S3_ENDPOINT) || dockerEngineLikelyPresent();
let s3: ExternalTarget | null = null;

beforeAll(async () => {
  s3 = await resolveExternal('S3 contract suite', 'G3N_S3_ENDPOINT', () => ({
    bucket: process.env.G3N_S3_BUCKET ?? 'g3n-test',
    accessKeyId: process.env.G3N_S3_ACCESS_KEY_ID ?? '',
    secretAccessKey: process.env.G3N_S3_SECRET_ACCESS_KEY ?? '',
    region: process.env.G3N_S3_REGION ?? 'us-east-1',
  }), minio);
}, 120_000);

afterAll(async () => {
  await s3?.stop();
});

describeBlobStoreContract('s3', async (clock) => {
  if (!s3) return null;
  const { bucket, accessKeyId, secretAccessKey, region } = s3.settings;
  const store = openS3BlobStore({
    endpoint: s3.url,
    region: region ?? 'us-east-1',
    bucket: bucket ?? 'g3n-test',
    // Empty means "not given": the SDK's own credential chain applies.
    accessKeyId: accessKeyId || undefined,
    secretAccessKey: secretAccessKey || undefined,
    forcePathStyle: true,
    createBucket: true,
    now: clock,
  });
  return { store, close: () => store.close() };
}, { skip: !s3Possible });
