import { createHash, randomUUID } from 'crypto';
import type { DocumentStore } from '@g3n/docstore';
import { canonical, DomainError, KeyedMutex } from '@g3n/es';

export const IDEMPOTENCY_COLLECTION = '_idempotency';
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

interface IdempotencyRecord {
  _id: string;
  body_hash: string;
  data: unknown;
  consistency: 'strong' | 'pending';
  created_at: number;
  [field: string]: unknown;
}

export interface IdempotentOutcome {
  data: unknown;
  consistency: 'strong' | 'pending';
  replayed: boolean;
}

/**
 * `idempotency-key` on a write: the same key (per caller and route) with the same body within 24 h returns the
 * first response and runs nothing; with a different body it is a 409 `idempotency-key-reused`. Concurrent
 * duplicates queue on a per-process lock and a cross-process lease, so they produce one execution. Only
 * successful responses are remembered: a failed first attempt leaves the key free for a retry.
 */
export class IdempotencyStore {
  private readonly mutex = new KeyedMutex();
  private ready?: Promise<void>;
  private readonly owner = randomUUID();

  constructor(private readonly store: DocumentStore, private readonly now: () => number = Date.now) {}

  async run(scope: string, body: unknown, execute: () => Promise<{ data: unknown; consistency: 'strong' | 'pending' }>): Promise<IdempotentOutcome> {
    await this.ensure();
    const id = createHash('sha256').update(scope).digest('hex');
    const bodyHash = createHash('sha256').update(canonical(body ?? {})).digest('hex');
    return this.mutex.run(id, async () => {
      const lease = `idem:${id}`;
      const deadline = this.now() + 30_000;
      while (!(await this.store.tryAcquireLease(lease, this.owner, 60_000, this.now()))) {
        if (this.now() > deadline) throw new DomainError('conflict', 'idempotency-key-in-use', 'A request with this idempotency-key is still running.');
        await new Promise((r) => setTimeout(r, 25));
      }
      try {
        const existing = await this.store.collection<IdempotencyRecord>(IDEMPOTENCY_COLLECTION).get(id);
        if (existing && this.now() - existing.created_at < IDEMPOTENCY_TTL_MS) {
          if (existing.body_hash !== bodyHash) {
            throw new DomainError('conflict', 'idempotency-key-reused', 'This idempotency-key was used with a different request body.');
          }
          return { data: existing.data, consistency: existing.consistency, replayed: true };
        }
        const result = await execute();
        await this.store.collection<IdempotencyRecord>(IDEMPOTENCY_COLLECTION).upsert({
          _id: id,
          body_hash: bodyHash,
          data: result.data,
          consistency: result.consistency,
          created_at: this.now(),
        });
        return { ...result, replayed: false };
      } finally {
        await this.store.releaseLease(lease, this.owner);
      }
    });
  }

  private ensure(): Promise<void> {
    this.ready ??= this.store.ensureCollection({ name: IDEMPOTENCY_COLLECTION });
    return this.ready;
  }
}
