/**
 * The cases every BlobStore adapter must pass. Presigned URLs are exercised over real HTTP with the global
 * fetch, the way a browser or an integration partner would use them.
 */
import { randomBytes } from 'crypto';
import { BlobStore, InvalidBlobKeyError, MAX_PRESIGN_SECONDS, PresignedUrl } from '@g3n/blobstore';

export interface BlobStoreUnderTest {
  store: BlobStore;
  close(): Promise<void>;
}

/**
 * Opens the adapter. `clock` is what the store signs URLs with (and, for the files adapter, checks them
 * with), so a test can mint an already-expired URL without sleeping. Null: no target after all (the reason
 * has been printed), and the cases pass without running.
 */
export type OpenBlobStoreUnderTest = (clock: () => Date) => Promise<BlobStoreUnderTest | null>;

const INVALID_KEYS = ['', '/a', 'a/', 'a//b', '.', '..', 'a/../b', 'a/./b', 'a b', 'ä.txt', 'a?b', 'a\\b', 'k'.repeat(1025)];

export function describeBlobStoreContract(adapter: string, open: OpenBlobStoreUnderTest, options: { skip?: boolean } = {}): void {
  (options.skip ? describe.skip : describe)(`BlobStore contract: ${adapter}`, () => {
    let subject: BlobStoreUnderTest | null = null;
    let clockOffsetMs = 0;
    // Keys are unique per run, so a bucket reused between runs never answers with a previous run's objects.
    const run = `contract/${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
    let counter = 0;
    const freshKey = (name: string) => `${run}/${++counter}/${name}`;

    beforeAll(async () => {
      subject = await open(() => new Date(Date.now() + clockOffsetMs));
    }, 120_000);
    afterAll(async () => {
      await subject?.close();
    });
    beforeEach(() => {
      clockOffsetMs = 0;
    });

    const contractCase = (name: string, body: (store: BlobStore) => Promise<void>) =>
      it(name, async () => {
        if (subject) await body(subject.store);
      });

    contractCase('put, get and head round-trip a binary body with its content type, size and etag', async (store) => {
      const key = freshKey('every-byte.bin');
      const body = Buffer.concat([Buffer.from(Array.from({ length: 512 }, (_, i) => i % 256)), randomBytes(4096)]);
      const put = await store.put(key, body, { contentType: 'application/x-g3n-test' });
      expect(put).toMatchObject({ key, size: body.length, content_type: 'application/x-g3n-test' });
      expect(put.etag).toMatch(/^".+"$/);

      const got = await store.get(key);
      expect(got?.body.equals(body)).toBe(true);
      expect(got).toMatchObject({ key, size: body.length, content_type: 'application/x-g3n-test', etag: put.etag });

      const head = await store.head(key);
      expect(head).toMatchObject({ key, size: body.length, content_type: 'application/x-g3n-test', etag: put.etag });
      expect(head).not.toHaveProperty('body');
      expect(Number.isNaN(Date.parse(head!.last_modified))).toBe(false);
    });

    contractCase('an etag is stable for the same content and differs for different content', async (store) => {
      const same = Buffer.from('sku,qty\nA-1,3\n');
      const first = await store.put(freshKey('a.csv'), same, { contentType: 'text/csv' });
      const second = await store.put(freshKey('b.csv'), same, { contentType: 'text/csv' });
      const other = await store.put(freshKey('c.csv'), Buffer.from('sku,qty\nA-1,4\n'), { contentType: 'text/csv' });
      expect(second.etag).toBe(first.etag);
      expect(other.etag).not.toBe(first.etag);
    });

    contractCase('a put replaces the body and content type; without one the type is application/octet-stream', async (store) => {
      const key = freshKey('replaced');
      await store.put(key, Buffer.from('<a/>'), { contentType: 'application/xml' });
      await store.put(key, Buffer.from([0, 1, 2]));
      const got = await store.get(key);
      expect(got?.body.equals(Buffer.from([0, 1, 2]))).toBe(true);
      expect(got?.content_type).toBe('application/octet-stream');
    });

    contractCase('an empty body round-trips', async (store) => {
      const key = freshKey('empty');
      expect((await store.put(key, Buffer.alloc(0))).size).toBe(0);
      expect((await store.get(key))?.body.length).toBe(0);
    });

    contractCase('get and head of a missing key answer null', async (store) => {
      expect(await store.get(freshKey('missing'))).toBeNull();
      expect(await store.head(freshKey('missing'))).toBeNull();
    });

    contractCase('delete removes a blob and is idempotent', async (store) => {
      const key = freshKey('doomed.txt');
      await store.put(key, Buffer.from('bye'));
      await store.delete(key);
      expect(await store.get(key)).toBeNull();
      await expect(store.delete(key)).resolves.toBeUndefined();
      await expect(store.delete(freshKey('never-existed'))).resolves.toBeUndefined();
    });

    contractCase('every operation refuses an invalid key', async (store) => {
      for (const key of INVALID_KEYS) {
        await expect(store.put(key, Buffer.from('x'))).rejects.toThrow(InvalidBlobKeyError);
        await expect(store.get(key)).rejects.toThrow(InvalidBlobKeyError);
        await expect(store.head(key)).rejects.toThrow(InvalidBlobKeyError);
        await expect(store.delete(key)).rejects.toThrow(InvalidBlobKeyError);
        await expect(store.presignPut(key, { expiresInSeconds: 60 })).rejects.toThrow(InvalidBlobKeyError);
        await expect(store.presignGet(key, { expiresInSeconds: 60 })).rejects.toThrow(InvalidBlobKeyError);
      }
    });

    contractCase(`presigning refuses lifetimes outside 1 … ${MAX_PRESIGN_SECONDS} seconds`, async (store) => {
      for (const expiresInSeconds of [0, -5, 2.5, MAX_PRESIGN_SECONDS + 1]) {
        await expect(store.presignGet(freshKey('x'), { expiresInSeconds })).rejects.toThrow(RangeError);
        await expect(store.presignPut(freshKey('x'), { expiresInSeconds })).rejects.toThrow(RangeError);
      }
      await expect(store.presignGet(freshKey('x'), { expiresInSeconds: MAX_PRESIGN_SECONDS })).resolves.toMatchObject({ method: 'GET' });
    });

    contractCase('a presigned PUT uploads over HTTP and a presigned GET downloads it', async (store) => {
      const key = freshKey('imports/catalog.json');
      const body = Buffer.concat([Buffer.from('{"items":['), randomBytes(2048), Buffer.from(']}')]);
      const upload = await store.presignPut(key, { expiresInSeconds: 300, contentType: 'application/json' });
      expect(upload).toMatchObject({ method: 'PUT', headers: { 'content-type': 'application/json' } });
      expect(Date.parse(upload.expires_at) - Date.now()).toBeGreaterThan(298_000);
      const put = await send(upload, body);
      expect(put.status).toBe(200);

      const stored = await store.get(key);
      expect(stored?.body.equals(body)).toBe(true);
      expect(stored?.content_type).toBe('application/json');

      const download = await store.presignGet(key, { expiresInSeconds: 300 });
      expect(download).toMatchObject({ method: 'GET', headers: {} });
      const got = await send(download);
      expect(got.status).toBe(200);
      expect(Buffer.from(await got.arrayBuffer()).equals(body)).toBe(true);
      expect(got.headers.get('content-type')).toBe('application/json');
      expect(got.headers.get('etag')).toBe(stored?.etag);
    });

    contractCase('presigned URLs work for the longest keys', async (store) => {
      // Segments stay within 255 bytes: MinIO keeps each segment as a directory or file name on disk.
      const prefix = freshKey('long');
      const segments = [prefix];
      for (let room = 1024 - prefix.length - 1; room >= 1; room -= Math.min(255, room) + 1) {
        segments.push('k'.repeat(Math.min(255, room)));
      }
      const key = segments.join('/');
      expect(Buffer.byteLength(key)).toBeGreaterThanOrEqual(1023);
      expect(Buffer.byteLength(key)).toBeLessThanOrEqual(1024);
      const upload = await store.presignPut(key, { expiresInSeconds: 60, contentType: 'text/plain' });
      expect((await send(upload, Buffer.from('long'))).status).toBe(200);
      const got = await send(await store.presignGet(key, { expiresInSeconds: 60 }));
      expect(await got.text()).toBe('long');
    });

    contractCase('a presigned PUT refuses another content type than the signed one and stores nothing', async (store) => {
      const key = freshKey('typed.csv');
      const upload = await store.presignPut(key, { expiresInSeconds: 60, contentType: 'text/csv' });
      const response = await send(upload, Buffer.from('<script>'), { 'content-type': 'text/html' });
      expect(response.ok).toBe(false);
      expect(await store.head(key)).toBeNull();
    });

    contractCase('a URL signed for GET does not accept a PUT', async (store) => {
      const key = freshKey('read-only.txt');
      await store.put(key, Buffer.from('original'), { contentType: 'text/plain' });
      const download = await store.presignGet(key, { expiresInSeconds: 60 });
      const response = await fetch(download.url, { method: 'PUT', headers: { 'content-type': 'text/plain' }, body: 'overwritten' });
      expect(response.ok).toBe(false);
      expect((await store.get(key))?.body.toString()).toBe('original');
    });

    contractCase('a presigned GET of a missing blob fails', async (store) => {
      const response = await send(await store.presignGet(freshKey('absent'), { expiresInSeconds: 60 }));
      expect(response.ok).toBe(false);
    });

    contractCase('an expired presigned URL is refused', async (store) => {
      const key = freshKey('late.txt');
      await store.put(key, Buffer.from('on time'), { contentType: 'text/plain' });
      clockOffsetMs = -3_600_000; // signed an hour ago for one minute
      const download = await store.presignGet(key, { expiresInSeconds: 60 });
      const upload = await store.presignPut(freshKey('late-upload.txt'), { expiresInSeconds: 60, contentType: 'text/plain' });
      clockOffsetMs = 0;
      expect(Date.parse(download.expires_at)).toBeLessThan(Date.now());
      expect((await send(download)).status).toBe(403);
      expect((await send(upload, Buffer.from('too late'))).status).toBe(403);
    });
  });
}

/** Uses a presigned URL the way its holder would: its method, its headers, the body. */
async function send(presigned: PresignedUrl, body?: Buffer, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(presigned.url, {
    method: presigned.method,
    headers: { ...presigned.headers, ...headers },
    body: body === undefined ? undefined : new Uint8Array(body),
  });
}
