import { openSqliteDocumentStore } from '@g3n/docstore';
import { DomainError } from '@g3n/es';
import { IdempotencyStore } from './idempotency';

describe('idempotency store', () => {
  it('runs once for 20 concurrent duplicates and replays the first response', async () => {
    const store = openSqliteDocumentStore({ file: ':memory:' });
    const idempotency = new IdempotencyStore(store);
    let executions = 0;
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        idempotency.run('user:u1|org|ofm/x|key-1', { a: 1 }, async () => {
          executions++;
          await new Promise((r) => setTimeout(r, 5));
          return { data: { id: `made-${executions}` }, consistency: 'strong' as const };
        }),
      ),
    );
    expect(executions).toBe(1);
    expect(new Set(results.map((r) => JSON.stringify(r.data)))).toEqual(new Set(['{"id":"made-1"}']));
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    await store.close();
  });

  it('refuses the same key with a different body, and forgets keys after 24 hours', async () => {
    const store = openSqliteDocumentStore({ file: ':memory:' });
    let now = 1_000_000;
    const idempotency = new IdempotencyStore(store, () => now);
    const execute = async () => ({ data: { n: now }, consistency: 'strong' as const });
    await idempotency.run('scope', { a: 1 }, execute);
    await expect(idempotency.run('scope', { a: 2 }, execute)).rejects.toMatchObject({ tag: 'conflict', minor: 'idempotency-key-reused' });
    expect((await idempotency.run('scope', { a: 1 }, execute)).replayed).toBe(true);
    now += 24 * 3600 * 1000 + 1;
    expect((await idempotency.run('scope', { a: 2 }, execute)).replayed).toBe(false);
    await store.close();
  });

  it('does not remember failures, so a retry can succeed', async () => {
    const store = openSqliteDocumentStore({ file: ':memory:' });
    const idempotency = new IdempotencyStore(store);
    await expect(idempotency.run('s', {}, async () => { throw new DomainError('conflict', 'x', 'no'); })).rejects.toBeInstanceOf(DomainError);
    expect((await idempotency.run('s', {}, async () => ({ data: 1, consistency: 'strong' as const }))).data).toBe(1);
    await store.close();
  });
});
