/**
 * Folded aggregate states kept in memory, least recently used evicted first. A hit means a command reads only
 * the events after the cached revision instead of the whole stream.
 */
export interface CachedState<S> {
  revision: number;
  state: S;
  /** Revision of the newest persisted snapshot of this stream, -1 when none is known. */
  snapshotRevision?: number;
}

export class StateCache {
  private readonly entries = new Map<string, CachedState<unknown>>();

  constructor(private readonly capacity = 10_000) {}

  get<S>(key: string): CachedState<S> | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Re-insert to mark as most recently used (Map keeps insertion order).
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry as CachedState<S>;
  }

  set<S>(key: string, value: CachedState<S>): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
