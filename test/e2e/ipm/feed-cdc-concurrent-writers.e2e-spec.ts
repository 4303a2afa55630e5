/** A CDC consumer paging while writers keep writing sees every event of the org, in log order, with no gaps. */
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';
import { CdcItemView, CdcPageView, writeCustomer } from './feed-support';

describe('IPM CDC under concurrent writers', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
  });
  afterAll(() => h?.close());

  it('loses nothing and reorders nothing', async () => {
    const org = await createOrg(h, await userWithSession(h, 'cdc-busy@example.com'));
    const other = await createOrg(h, await userWithSession(h, 'cdc-noise@example.com'));
    let writing = true;
    const writers = Promise.all([0, 1, 2].map(async (w) => {
      for (let i = 0; i < 15; i++) await writeCustomer(h, org.headers, `w${w}-${i}`);
    })).finally(() => { writing = false; });
    const noise = (async () => {
      for (let i = 0; i < 10; i++) await writeCustomer(h, other.headers, `n${i}`);
    })();

    const seen: CdcItemView[] = [];
    let cursor: string | undefined;
    // Page while the writers run, then once more after they stopped to reach the end.
    for (let drained = false; !drained;) {
      const stillWriting = writing;
      const page = await h.ok<CdcPageView>('/ipm/cdc/list', { limit: 3, ...(cursor ? { cursor } : {}) }, org.headers);
      seen.push(...page.items);
      cursor = page.next_cursor;
      if (!page.has_more && !stillWriting) drained = true;
      else if (!page.has_more) await new Promise((r) => setTimeout(r, 5));
    }
    await Promise.all([writers, noise]);

    const unique = new Map(seen.map((i) => [i.event_id, i]));
    const consumed = [...unique.values()];
    const log = await h.runtime.log.readAll({ tenant: org.org_guid, limit: 10_000 });
    expect(consumed.map((i) => i.event_id)).toEqual(log.events.map((e) => e.metadata.event_id));
    expect(consumed.filter((i) => i.type === 'crm.customer-created')).toHaveLength(45);
    const positions = consumed.map((i) => i.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});
