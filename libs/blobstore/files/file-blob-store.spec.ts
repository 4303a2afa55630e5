// What the contract suite cannot see: the on-disk layout and crash behaviour of the files adapter.
import { mkdtemp, readdir, rm, writeFile } from 'fs/promises';
import { tmpdir } from 'os';
import { dirname, join } from 'path';
import { FileBlobStore, openFileBlobStore } from './file-blob-store';

let dir: string;
let store: FileBlobStore;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'g3n-file-blobs-'));
  store = openFileBlobStore({ dir, publicBaseUrl: 'http://127.0.0.1:3000/', signingKey: Buffer.alloc(32, 7) });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

describe('file blob store', () => {
  it('keeps one record file per key and no temporary files after writes', async () => {
    await store.put('a', Buffer.from('one'));
    await store.put('a', Buffer.from('two'));
    await store.put('b/c', Buffer.from('three'));
    const files = await filesUnder(dir);
    expect(files).toHaveLength(2);
    expect(files.every((file) => file.endsWith('.blob'))).toBe(true);
  });

  it('lets a key and a key below it coexist, and takes 1024-byte keys', async () => {
    const long = Array.from({ length: 4 }, (_, i) => String(i).repeat(255)).join('/');
    expect(Buffer.byteLength(long)).toBe(1023);
    await store.put('a', Buffer.from('parent'));
    await store.put('a/b', Buffer.from('child'));
    await store.put(long, Buffer.from('long'));
    expect((await store.get('a'))?.body.toString()).toBe('parent');
    expect((await store.get('a/b'))?.body.toString()).toBe('child');
    expect((await store.get(long))?.body.toString()).toBe('long');
  });

  it('ignores what a crash mid-write leaves behind: the previous version stays whole', async () => {
    const before = await store.put('ledger.csv', Buffer.from('a,b\n1,2\n'), { contentType: 'text/csv' });
    const [record] = await filesUnder(dir);
    // A writer that died before its rename leaves only a dot-file beside the record.
    await writeFile(join(dirname(record!), '.deadbeefdeadbeef.tmp'), Buffer.from('G3NBLOB1\0\0\0\x09{"key":'));
    expect(await store.head('ledger.csv')).toEqual(before);
    expect((await store.get('ledger.csv'))?.body.toString()).toBe('a,b\n1,2\n');
  });

  it('streams the version that was open even if it is overwritten meanwhile', async () => {
    await store.put('report.txt', Buffer.from('old content'));
    const opened = await store.openBodyStream('report.txt');
    await store.put('report.txt', Buffer.from('new'));
    const chunks: Buffer[] = [];
    for await (const chunk of opened!.body) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('old content');
    expect(opened!.info.size).toBe(11);
  });

  it('builds URLs on the public base without a doubled slash', async () => {
    const url = new URL((await store.presignGet('x/y', { expiresInSeconds: 5 })).url);
    expect(url.origin + url.pathname).toBe('http://127.0.0.1:3000/_blob/x/y');
  });

  it('refuses a signing key shorter than 16 bytes', () => {
    expect(() => openFileBlobStore({ dir, publicBaseUrl: 'http://x', signingKey: 'short' })).toThrow(RangeError);
  });
});
