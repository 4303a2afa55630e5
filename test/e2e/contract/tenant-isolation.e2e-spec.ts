/**
 * A member of org B calling OFM and USM tenant routes with org A's orgcode, or with org A's ids under B's own org,
 * gets 404 (never 403, never A's data): anti-enumeration across every tenant route the documents list.
 */
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';
import { contractRoutes } from './openapi-routes';
import { collectIds, seedOrgRecords } from './org-records';

describe('tenant isolation sweep', () => {
  let h: ApiHarness;
  let a: Awaited<ReturnType<typeof createOrg>>;
  let b: Awaited<ReturnType<typeof createOrg>>;
  let idsOfA: Record<string, string>;

  beforeAll(async () => {
    h = await openApiHarness();
    a = await createOrg(h, await userWithSession(h, 'owner-a@example.com'), 'ORGA');
    b = await createOrg(h, await userWithSession(h, 'owner-b@example.com'), 'ORGB');
    idsOfA = collectIds(await seedOrgRecords(h, a.headers));
  }, 90_000);
  afterAll(() => h?.close());

  it('answers 404 to org B\'s owner naming org A by orgcode or org_guid, on every tenant route', async () => {
    const failures: string[] = [];
    const routes = contractRoutes(['ofm', 'usm']).filter((r) => r.access.tenant !== 'none' && r.access.auth !== 'none');
    expect(routes.length).toBeGreaterThan(40);
    for (const route of routes) {
      const byCode = await h.post(route.path, {}, { 'x-session-guid': b.headers['x-session-guid'], 'x-orgcode': a.orgcode });
      if (byCode.status !== 404) failures.push(`${route.path} x-orgcode A → ${byCode.status}`);
      const byGuid = await h.post(route.path, { org_guid: a.org_guid }, { 'x-session-guid': b.headers['x-session-guid'] });
      if (byGuid.status !== 404) failures.push(`${route.path} org_guid A → ${byGuid.status}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('never shows org A\'s records to org B, and answers 404 where the request names them only by id', async () => {
    const failures: string[] = [];
    const routes = contractRoutes(['ofm', 'usm']).filter((r) => r.access.tenant !== 'none' && r.access.auth !== 'none');
    const secretIds = Object.values(idsOfA).filter((id) => id !== a.org_guid);
    for (const route of routes) {
      const props = route.schema.properties ?? {};
      const body: Record<string, unknown> = {};
      for (const name of Object.keys(props)) if (idsOfA[name] && name !== 'org_guid') body[name] = idsOfA[name];
      // Only requests that name one of A's records test isolation; routes acting on the caller's own org are skipped.
      if (Object.keys(body).length === 0) continue;
      if (props.expected_revision) body.expected_revision = 0;
      const response = await h.post(route.path, body, b.headers);
      const text = JSON.stringify(response.body);
      if (response.status < 300) {
        const leaked = secretIds.filter((id) => text.includes(id));
        if (leaked.length) failures.push(`${route.path} → ${response.status} leaked ${leaked.join(',')}`);
        continue;
      }
      const required = route.schema.required ?? [];
      const onlyIds = required.every((name) => name in body);
      if (onlyIds && response.status !== 404) failures.push(`${route.path} with A's ids → ${response.status} ${text.slice(0, 200)}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
