import fastify, { FastifyInstance } from 'fastify';
import { mkdtemp, rm } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';
import { registerBlobRoutes } from './blob-routes';
import { FileBlobStore, openFileBlobStore } from './file-blob-store';

const base = 'http://blobs.test';
let dir: string;
let clock: Date;
let store: FileBlobStore;
let app: FastifyInstance;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'g3n-blob-routes-'));
  clock = new Date('2030-01-01T00:00:00Z');
  store = openFileBlobStore({ dir, publicBaseUrl: base, signingKey: 'routes-spec-signing-key', now: () => clock });
  app = fastify();
  // A JSON route beside the blob routes shows the raw-body parser stays inside its plugin.
  app.post('/echo', async (request) => ({ received: request.body }));
  await registerBlobRoutes(app, store, { maxBytes: 1024 });
  await app.ready();
});

afterEach(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

/** The path and query of a presigned URL, which is what inject wants. */
const pathOf = (url: string): string => url.slice(base.length);

async function upload(key: string, body: Buffer | string, contentType = 'application/json') {
  const presigned = await store.presignPut(key, { expiresInSeconds: 60, contentType });
  return app.inject({ method: 'PUT', url: pathOf(presigned.url), headers: presigned.headers, payload: body });
}

describe('blob routes', () => {
  it('stores a presigned PUT and serves it back on a presigned GET and HEAD', async () => {
    const body = '{"not":"parsed"}';
    const put = await upload('imports/2030/catalog.json', body);
    expect(put.statusCode).toBe(200);
    expect(put.headers.etag).toMatch(/^"[0-9a-f]{32}"$/);

    const presigned = await store.presignGet('imports/2030/catalog.json', { expiresInSeconds: 60 });
    const get = await app.inject({ method: 'GET', url: pathOf(presigned.url) });
    expect(get.statusCode).toBe(200);
    expect(get.body).toBe(body);
    expect(get.headers['content-type']).toBe('application/json');
    expect(get.headers['content-length']).toBe(String(body.length));
    expect(get.headers.etag).toBe(put.headers.etag);
    expect(get.headers['x-content-type-options']).toBe('nosniff');

    const head = await app.inject({ method: 'HEAD', url: pathOf(presigned.url) });
    expect(head.statusCode).toBe(200);
    expect(head.headers['content-length']).toBe(String(body.length));
    expect(head.headers.etag).toBe(put.headers.etag);
    expect(head.body).toBe('');
  });

  it('leaves the JSON API its own parser', async () => {
    const response = await app.inject({ method: 'POST', url: '/echo', payload: { a: 1 } });
    expect(response.json()).toEqual({ received: { a: 1 } });
  });

  it('stores an empty body', async () => {
    expect((await upload('empty.bin', '', 'application/octet-stream')).statusCode).toBe(200);
    expect((await store.get('empty.bin'))?.size).toBe(0);
  });

  it('answers 404 for a presigned GET of a missing blob', async () => {
    const presigned = await store.presignGet('nothing/here', { expiresInSeconds: 60 });
    const response = await app.inject({ method: 'GET', url: pathOf(presigned.url) });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.major.tag).toBe('not-found');
    expect((await app.inject({ method: 'HEAD', url: pathOf(presigned.url) })).statusCode).toBe(404);
  });

  describe('refuses', () => {
    let url: string;
    beforeEach(async () => {
      url = pathOf((await store.presignPut('a/b.csv', { expiresInSeconds: 60, contentType: 'text/csv' })).url);
    });
    const put = (path: string, headers: Record<string, string> = { 'content-type': 'text/csv' }, payload = 'x,y\n') =>
      app.inject({ method: 'PUT', url: path, headers, payload });
    const expectForbidden = (response: Awaited<ReturnType<typeof put>>, reason: string) => {
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({
        success: false,
        error: { http_status: 403, major: { tag: 'forbidden' }, minor: { tag: reason } },
      });
    };

    it('a tampered key', async () => expectForbidden(await put(url.replace('/a/b.csv', '/a/c.csv')), 'bad-signature'));
    it('a tampered signature', async () => {
      expectForbidden(await put(url.replace(/(x-g3n-signature=)(.)/, (_m, p: string, c: string) => p + (c === 'a' ? 'b' : 'a'))), 'bad-signature');
    });
    it('a tampered expiry', async () => {
      expectForbidden(await put(url.replace(/x-g3n-expires=(\d+)/, (_m, e: string) => `x-g3n-expires=${Number(e) + 3600}`)), 'bad-signature');
    });
    it('a missing signature', async () => expectForbidden(await put('/_blob/a/b.csv'), 'missing-signature'));
    it('the wrong method', async () => expectForbidden(await app.inject({ method: 'GET', url }), 'method-mismatch'));
    it('an expired URL', async () => {
      clock = new Date(clock.getTime() + 61_000);
      expectForbidden(await put(url), 'expired');
    });
    it('another content type than the signed one', async () => {
      const response = await put(url, { 'content-type': 'text/html' });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.minor.tag).toBe('content-type-mismatch');
      expect(await store.head('a/b.csv')).toBeNull();
    });
    it('a body over maxBytes', async () => {
      const response = await put(url, { 'content-type': 'text/csv' }, 'x'.repeat(1025));
      expect(response.statusCode).toBe(413);
      expect(response.json().error.minor.tag).toBe('blob-too-large');
      expect(await store.head('a/b.csv')).toBeNull();
    });
    it('nothing that is signed correctly', async () => {
      expect((await put(url)).statusCode).toBe(200);
      expect((await store.get('a/b.csv'))?.body.toString()).toBe('x,y\n');
    });
  });
});
