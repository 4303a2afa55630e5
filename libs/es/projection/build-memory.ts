import type { Doc, DocWrite } from '@g3n/docstore';
import { cloneDoc, type DocReader } from './projection-context';

/** Documents kept in memory by one rebuild; beyond this the least recently used are read back from the store. */
export const BUILD_MEMORY_DOCS = 50_000;
/**
 * Ids remembered by one rebuild (about 100 bytes each); past this many the memory stops answering "never written"
 * from its own list and asks the store for every id it does not hold, so a very large rebuild stays bounded.
 */
export const BUILD_MEMORY_IDS = 1_000_000;

/**
 * What a rebuild has written to its new generation, so its handlers read their earlier pages' documents from
 * memory instead of the store (a point read and a JSON parse each). Sound because a new generation starts empty
 * and only its rebuild (holding the `rebuild:<name>` lease) writes to it: an id never written is missing, with no
 * read at all (an order's first event, a new stock card line). The ids written are kept up to `idsCapacity` (then
 * every id it does not hold is read from the store); the documents up to `capacity`, least recently used dropped
 * first, and a dropped one is read back from the store (`readStored`).
 */
export class BuildMemory implements DocReader {
  private readonly docs = new Map<string, Doc>();
  private readonly ids = new Map<string, Set<string>>();
  private idCount = 0;
  /** Every id written is in `ids` (false once there were more than idsCapacity). */
  private exhaustive = true;

  constructor(
    private readonly readStored: (physicalCollection: string, id: string) => Promise<Doc | null>,
    private readonly capacity = BUILD_MEMORY_DOCS,
    private readonly idsCapacity = BUILD_MEMORY_IDS,
  ) {}

  async get(collection: string, id: string): Promise<Doc | null> {
    const key = collection + '\u0000' + id;
    const doc = this.docs.get(key);
    if (doc) {
      this.docs.delete(key); // most recently used last
      this.docs.set(key, doc);
      return cloneDoc(doc); // the handler's own copy, as the store would give
    }
    if (this.exhaustive && !this.ids.get(collection)?.has(id)) return null;
    return this.readStored(collection, id);
  }

  /** A batch's writes, in order; the documents are kept as they are (the context owns them, nobody changes them). */
  remember(writes: DocWrite[]): void {
    for (const write of writes) {
      const id = write.op === 'upsert' ? write.doc._id : write.id;
      const key = write.collection + '\u0000' + id;
      this.docs.delete(key);
      if (write.op === 'delete') {
        if (this.ids.get(write.collection)?.delete(id)) this.idCount--; // gone: missing again, without a read
        continue;
      }
      this.noteId(write.collection, id);
      this.docs.set(key, write.doc);
      if (this.docs.size > this.capacity) this.docs.delete(this.docs.keys().next().value as string);
    }
  }

  private noteId(collection: string, id: string): void {
    if (!this.exhaustive) return;
    let ids = this.ids.get(collection);
    if (!ids) this.ids.set(collection, (ids = new Set()));
    if (ids.has(id)) return;
    ids.add(id);
    if (++this.idCount > this.idsCapacity) {
      this.exhaustive = false;
      this.ids.clear();
    }
  }
}
