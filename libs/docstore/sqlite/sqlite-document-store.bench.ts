/**
 * Throughput of the embedded DocumentStore on what projections and queries do most: commitBatch of 1000
 * upserts (one projection page), get by id, and a filtered, sorted page. Run after a build:
 *   node -r ./bin/register.js dist/libs/docstore/sqlite/sqlite-document-store.bench.js
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { DocWrite } from '../document-store.port';
import { openSqliteDocumentStore } from './sqlite-document-store';

export interface DocStoreBenchResult {
  synchronous: 'normal' | 'full';
  commit_batch_1000_upserts_ms: number;
  upserts_per_s: number;
  get_by_id_per_s: number;
  find_page_20_per_s: number;
  find_next_page_20_per_s: number;
}

function orderDoc(n: number): { _id: string; [field: string]: unknown } {
  return {
    _id: `order-${n}`,
    org_guid: `org-${n % 50}`,
    status: n % 7 === 0 ? 'cancelled' : 'placed',
    created_at: new Date(1_700_000_000_000 + n * 1000).toISOString(),
    total: { amount: (n % 1000) * 1.5, currency: 'EUR' },
    lines: [{ sku: `SKU-${n % 300}`, qty: 1 + (n % 3), price: 9.99 }],
    customer: { guid: `cust-${n % 5000}`, name: `Customer ${n % 5000}` },
    revision: 3,
  };
}

async function timed(seconds: number, op: () => Promise<unknown>): Promise<number> {
  const end = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
  const started = process.hrtime.bigint();
  let n = 0;
  while (process.hrtime.bigint() < end) {
    for (let k = 0; k < 100; k++) await op();
    n += 100;
  }
  return Math.round(n / (Number(process.hrtime.bigint() - started) / 1e9));
}

export async function benchSqliteDocumentStore(synchronous: 'normal' | 'full', docs = 100_000): Promise<DocStoreBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'g3n-bench-docstore-'));
  const store = openSqliteDocumentStore({ file: join(dir, 'read-models.sqlite'), synchronous });
  try {
    await store.ensureCollection({ name: 'orders', indexes: [{ fields: ['org_guid', '-created_at'] }, { fields: ['status'] }] });
    const batches: number[] = [];
    for (let start = 0; start < docs; start += 1000) {
      const writes: DocWrite[] = Array.from({ length: 1000 }, (_, k) => ({
        op: 'upsert',
        collection: 'orders',
        doc: orderDoc(start + k),
        position: start + k + 1,
      }));
      const t = process.hrtime.bigint();
      await store.commitBatch(writes, { key: 'bench.orders@1', position: start + 1000 });
      batches.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    batches.sort((a, b) => a - b);
    const medianBatchMs = batches[Math.floor(batches.length / 2)];

    const orders = store.collection('orders');
    let i = 0;
    const getPerSecond = await timed(2, () => orders.get(`order-${(i = (i * 7919 + 13) % docs)}`));
    const sort = [{ field: 'created_at', direction: 'desc' as const }];
    const pagePerSecond = await timed(2, () => orders.find({ org_guid: `org-${i++ % 50}` }, { sort, limit: 20 }));
    const first = await orders.find({ org_guid: 'org-7' }, { sort, limit: 20 });
    const nextPerSecond = await timed(2, () => orders.find({ org_guid: 'org-7' }, { sort, limit: 20, cursor: first.next_cursor }));
    return {
      synchronous,
      commit_batch_1000_upserts_ms: Math.round(medianBatchMs * 10) / 10,
      upserts_per_s: Math.round(1000 / (medianBatchMs / 1000)),
      get_by_id_per_s: getPerSecond,
      find_page_20_per_s: pagePerSecond,
      find_next_page_20_per_s: nextPerSecond,
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  (async () => {
    for (const synchronous of ['normal', 'full'] as const) {
      process.stdout.write(`${JSON.stringify(await benchSqliteDocumentStore(synchronous))}\n`);
    }
  })().catch((error) => {
    process.stderr.write(`${(error as Error).stack}\n`);
    process.exit(1);
  });
}
