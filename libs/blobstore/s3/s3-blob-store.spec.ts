// Presigning is local SigV4 computation, so the URL's shape can be pinned here without a server;
// the round trips against a real S3 live in the contract suite.
import { InvalidBlobKeyError } from '../blob-store.port';
import { openS3BlobStore, S3BlobStore } from './s3-blob-store';

const signingDate = new Date('2030-01-01T00:00:00.500Z');
let store: S3BlobStore;

beforeEach(() => {
  store = openS3BlobStore({
    endpoint: 'http://127.0.0.1:9', region: 'us-east-1', bucket: 'g3n-unit', forcePathStyle: true,
    accessKeyId: 'unit-access-key', secretAccessKey: 'unit-secret-key', now: () => signingDate,
  });
});
afterEach(() => store.close());

describe('S3 presigned URLs', () => {
  it('sign the content type of a PUT and carry no checksum of the empty signing-time body', async () => {
    const presigned = await store.presignPut('exports/ledger.csv', { expiresInSeconds: 300, contentType: 'text/csv' });
    const url = new URL(presigned.url);
    expect(url.pathname).toBe('/g3n-unit/exports/ledger.csv');
    expect(url.searchParams.get('X-Amz-SignedHeaders')?.split(';')).toContain('content-type');
    expect(url.searchParams.get('X-Amz-Expires')).toBe('300');
    expect(url.searchParams.get('X-Amz-Date')).toBe('20300101T000000Z');
    expect([...url.searchParams.keys()].filter((name) => /checksum/i.test(name))).toEqual([]);
    expect(presigned).toMatchObject({ method: 'PUT', expires_at: '2030-01-01T00:05:00.000Z', headers: { 'content-type': 'text/csv' } });
  });

  it('sign a GET with no headers to send', async () => {
    const presigned = await store.presignGet('exports/ledger.csv', { expiresInSeconds: 1 });
    expect(new URL(presigned.url).searchParams.get('X-Amz-SignedHeaders')).toBe('host');
    expect(presigned).toMatchObject({ method: 'GET', expires_at: '2030-01-01T00:00:01.000Z', headers: {} });
  });

  it('refuse lifetimes outside 1 … 604800 seconds and invalid keys before signing', async () => {
    for (const expiresInSeconds of [0, -1, 1.5, 604_801, Number.NaN]) {
      await expect(store.presignGet('a', { expiresInSeconds })).rejects.toThrow(RangeError);
    }
    await expect(store.presignPut('../a', { expiresInSeconds: 5 })).rejects.toThrow(InvalidBlobKeyError);
  });
});
