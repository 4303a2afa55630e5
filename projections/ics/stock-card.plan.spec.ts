import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Filter, SortField } from '@g3n/docstore';
import { filterTerms } from '../../libs/docstore/core/filter-terms';
import { planFind } from '../../libs/docstore/core/find-plan';
import { whereFromTerms } from '../../libs/docstore/sqlite/sqlite-filter-sql';
import { pageQueries } from '../../libs/docstore/sqlite/sqlite-find-sql';
import { openSqliteDocumentStore } from '../../libs/docstore/sqlite/sqlite-document-store';
import { tableName } from '../../libs/docstore/sqlite/sqlite-schema';
import { icsStockCardProjection, ICS_STOCK_CARD, stockCardEntryId } from './stock-card.projection';

/**
 * Each filter /ics/stock/card/list takes is answered from an index that also gives its sort (position), so a page
 * reads its own rows and no others: one stock's card must not walk the org's ledger filtering rows.
 */
describe('ICS stock card: every list filter is served by an index in position order', () => {
  let dir: string;
  let file: string;
  const org = 'org_1';
  const sort: SortField[] = [{ field: 'position', direction: 'asc' }];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'g3n-card-plan-'));
    file = join(dir, 'readmodels.sqlite');
    const store = openSqliteDocumentStore({ file });
    const [collection] = icsStockCardProjection.collections;
    await store.ensureCollection({ name: ICS_STOCK_CARD, indexes: collection.indexes });
    // 3 facilities × 40 variants, 10 movements each, interleaved in log order; every fourth movement under a hold.
    const writes = [];
    let position = 0;
    for (let revision = 0; revision < 10; revision++) {
      for (let f = 0; f < 3; f++) {
        for (let v = 0; v < 40; v++) {
          position++;
          const doc = { _id: stockCardEntryId(position), org_guid: org, logical_guid: `log_${f}`, variant_id: `var_${v}`, revision, position, hold_id: position % 4 === 0 ? `hold_${position}` : null };
          writes.push({ op: 'upsert' as const, collection: ICS_STOCK_CARD, doc, position });
        }
      }
    }
    await store.commitBatch(writes);
    await store.close();
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const plansOf = (filter: Filter): string[] => {
    const raw = new Database(file, { readonly: true });
    try {
      const plan = planFind({ sort, limit: 50 });
      const where = whereFromTerms(filterTerms(filter), () => false);
      return pageQueries(tableName(ICS_STOCK_CARD), where, plan.sort, plan.after).map((q) =>
        raw.prepare(`EXPLAIN QUERY PLAN ${q.sql} LIMIT 51`).all(...q.params).map((row) => (row as { detail: string }).detail).join(' | '),
      );
    } finally {
      raw.close();
    }
  };

  it.each([
    ['one stock', { org_guid: org, logical_guid: 'log_1', variant_id: 'var_7' }, 'org_guid,logical_guid,variant_id,position'],
    ['the whole org', { org_guid: org }, 'org_guid,position'],
    ['one hold', { org_guid: org, hold_id: 'hold_8' }, 'org_guid,hold_id,position'],
  ])('%s', (_name, filter, index) => {
    for (const plan of plansOf(filter as Filter)) {
      expect(plan).toContain(`USING INDEX ix_${ICS_STOCK_CARD}_${index} (`);
      expect(plan).not.toMatch(/TEMP B-TREE/);
    }
  });
});
