import type { DocumentStore } from '@g3n/docstore';
import type { CachedState } from './state-cache';

/**
 * Persisted snapshots for long streams: every `interval` events the folded state is saved, so a process
 * that starts cold reads at most `interval` events per stream. Keyed by stream and decider state version, so a
 * changed `evolve` (a bumped stateVersion) simply ignores old snapshots.
 */
export const SNAPSHOT_COLLECTION = '_snapshots';

export class SnapshotStore {
  private ready?: Promise<void>;

  constructor(private readonly docs: DocumentStore, readonly interval = 200) {}

  async load<S>(stream: string, stateKey: string): Promise<CachedState<S> | undefined> {
    await this.ensure();
    const doc = await this.docs.collection(SNAPSHOT_COLLECTION).get(`${stateKey}|${stream}`);
    if (!doc) return undefined;
    return { revision: doc.revision as number, state: doc.state as S };
  }

  /** Saves when the stream has grown `interval` events past the last snapshot. */
  async maybeSave<S>(stream: string, stateKey: string, previousSnapshotRevision: number, current: CachedState<S>): Promise<boolean> {
    if (current.revision - previousSnapshotRevision < this.interval) return false;
    await this.ensure();
    await this.docs.collection(SNAPSHOT_COLLECTION).upsert({
      _id: `${stateKey}|${stream}`,
      stream,
      revision: current.revision,
      state: current.state as unknown,
    });
    return true;
  }

  private ensure(): Promise<void> {
    this.ready ??= this.docs.ensureCollection({ name: SNAPSHOT_COLLECTION });
    return this.ready;
  }
}
