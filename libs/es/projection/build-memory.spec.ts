import type { Doc } from '@g3n/docstore';
import { BuildMemory } from './build-memory';

describe('a rebuild remembers what it wrote to its new generation', () => {
  const stored: Record<string, Doc> = { 'c\u0000old': { _id: 'old', n: 1 } };
  const reads: string[] = [];
  const readStored = async (collection: string, id: string) => {
    reads.push(id);
    return stored[`${collection}\u0000${id}`] ?? null;
  };
  beforeEach(() => (reads.length = 0));

  it('answers an id it never wrote as missing without asking the store (the generation started empty)', async () => {
    const memory = new BuildMemory(readStored);
    expect(await memory.get('c', 'old')).toBeNull();
    expect(reads).toEqual([]);
  });

  it('answers what it wrote as the caller’s own copy, and forgets a deleted document', async () => {
    const memory = new BuildMemory(readStored);
    const written = { _id: 'a', n: 1, tags: ['x'] };
    memory.remember([{ op: 'upsert', collection: 'c', doc: written, position: 1 }]);
    const read = (await memory.get('c', 'a')) as Doc & { tags: string[] };
    read.tags.push('y');
    expect(await memory.get('c', 'a')).toEqual({ _id: 'a', n: 1, tags: ['x'] });
    expect(written.tags).toEqual(['x']);
    memory.remember([{ op: 'delete', collection: 'c', id: 'a', position: 2 }]);
    expect(await memory.get('c', 'a')).toBeNull();
    expect(reads).toEqual([]);
  });

  it('reads a written document it no longer holds (beyond its capacity) back from the store', async () => {
    const memory = new BuildMemory(readStored, 2);
    memory.remember([
      { op: 'upsert', collection: 'c', doc: { _id: 'old', n: 1 } },
      { op: 'upsert', collection: 'c', doc: { _id: 'b', n: 2 } },
      { op: 'upsert', collection: 'c', doc: { _id: 'd', n: 3 } },
    ]);
    expect(await memory.get('c', 'd')).toEqual({ _id: 'd', n: 3 });
    expect(await memory.get('c', 'old')).toEqual({ _id: 'old', n: 1 });
    expect(reads).toEqual(['old']);
  });

  it('given more ids written than it keeps, when asked for an id it does not hold, then it asks the store', async () => {
    const memory = new BuildMemory(readStored, 1, 2);
    memory.remember([
      { op: 'upsert', collection: 'c', doc: { _id: 'a', n: 1 } },
      { op: 'upsert', collection: 'c', doc: { _id: 'b', n: 2 } },
      { op: 'upsert', collection: 'c', doc: { _id: 'e', n: 3 } },
    ]);
    expect(await memory.get('c', 'e')).toEqual({ _id: 'e', n: 3 });
    expect(await memory.get('c', 'old')).toEqual({ _id: 'old', n: 1 }); // no longer "never written": read
    expect(reads).toEqual(['old']);
  });
});
