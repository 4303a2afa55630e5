/** The event catalog, export contracts, lifecycles, specimens, pagination contract and /stat: generated from the code. */
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';

describe('IPM self-description: catalog, contracts, lifecycles, specimens, pagination, stat', () => {
  let h: ApiHarness;
  let headers: Record<string, string>;
  beforeAll(async () => {
    h = await openApiHarness();
    headers = (await createOrg(h, await userWithSession(h, 'catalog@example.com'))).headers;
  });
  afterAll(() => h?.close());

  it('lists every registered event type, page by page, as the registry defines it', async () => {
    const seen: Array<{ type: string; version: number; schema: unknown; stream: string }> = [];
    let next_token: string | null | undefined;
    do {
      const page = await h.ok('/ipm/event/catalog/list', { limit: 40, ...(next_token ? { next_token } : {}) }, headers);
      seen.push(...page.items);
      next_token = page.next_token;
    } while (next_token);
    const registry = h.runtime.registry.catalog();
    expect(seen.map((e) => e.type).sort()).toEqual(registry.map((e) => e.type).sort());
    const placed = seen.find((e) => e.type === 'ipm.kpi-recorded')!;
    expect(placed).toMatchObject({ service: 'ipm', action: 'kpi-recorded', version: 1, stream: '<org_guid>/ipm.kpi/<kpi_id>' });
    const scm = await h.ok('/ipm/event/catalog/list', { service: 'scm', limit: 200 }, headers);
    expect(scm.items.length).toBeGreaterThan(0);
    expect(scm.items.every((e: { service: string }) => e.service === 'scm')).toBe(true);
    expect((await h.post('/ipm/event/catalog/list', { next_token: 'bogus' }, headers)).status).toBe(400);
  });

  it('publishes one export contract per service', async () => {
    const { contracts, next_token } = await h.ok('/ipm/export/contract/list', { service: 'scm', limit: 25 }, headers);
    expect(next_token).toBeNull();
    expect(contracts).toHaveLength(1);
    const types = h.runtime.registry.catalog().filter((e) => e.service === 'scm').map((e) => e.action);
    expect(contracts[0]).toMatchObject({ service: 'scm', stream: 'ipm.cdc:scm', format: 'ndjson', partitioning: { tenant: 'org_guid', order: 'log-position', key: 'stream' } });
    expect(contracts[0].actions.map((a: { action: string }) => a.action)).toEqual(types);
    expect(contracts[0].schema_url).toMatch(/\/ipm\/openapi\.yaml#\/components\/schemas\/CdcEvent$/);
    const all = await h.ok('/ipm/export/contract/list', { limit: 200 }, headers);
    expect(all.contracts.map((c: { service: string }) => c.service)).toEqual([...new Set(h.runtime.registry.catalog().map((e) => e.service))].sort());
  });

  it('lists status vocabularies from the response schemas, with a stable version', async () => {
    const a = await h.ok('/ipm/lifecycle/list', { service: 'scm' }, headers);
    const order = a.items.find((i: { resource: string; field: string }) => i.resource === 'order' && i.field === 'status');
    expect(order.values).toEqual(expect.arrayContaining(['draft', 'placed', 'cancelled']));
    const b = await h.ok('/ipm/lifecycle/list', {}, headers);
    expect(b.version).toBe(a.version);
    expect(b.items.length).toBeGreaterThan(a.items.length);
  });

  it('generates specimens for event types and schemas', async () => {
    const event = await h.ok('/ipm/specimen/get', { schema_name: 'ipm.kpi-alert-raised' }, headers);
    expect(event).toMatchObject({ kind: 'event', specimen: { type: 'ipm.kpi-alert-raised', service: 'ipm', data: { threshold: { comparator: 'gt' }, bucket: 'hourly' } } });
    const schema = await h.ok('/ipm/specimen/get', { schema_name: 'KpiSnapshot' }, headers);
    expect(schema.specimen).toMatchObject({ kpi_code: 'inventory_stockout_rate', value: 0.034, revision: 0 });
    const envelope = await h.ok('/ipm/specimen/get', { schema_name: 'ErrorEnvelopeDto' }, headers);
    expect(envelope.specimen).toMatchObject({ success: false, error: { major: { tag: 'validation-error' } } });
    const missing = await h.post('/ipm/specimen/get', { schema_name: 'NoSuchThing' }, headers);
    expect([missing.status, missing.body.error.minor.tag]).toEqual([404, 'schema-not-found']);
  });

  it('describes pagination, and /stat answers without an org', async () => {
    const { pagination } = await h.ok('/ipm/pagination/get', {}, headers);
    expect(pagination.lists.request.limit).toEqual({ min: 1, max: 200, default: 50 });
    expect(pagination.cdc.request.limit).toEqual({ min: 1, max: 1000, default: 100 });
    // The documented bounds are the validators' bounds.
    expect((await h.post('/ipm/event/catalog/list', { limit: 201 }, headers)).status).toBe(400);
    expect((await h.post('/ipm/event/catalog/list', { limit: 200 }, headers)).status).toBe(200);
    expect((await h.post('/ipm/cdc/list', { limit: 1000 }, headers)).status).toBe(200);

    const { stat } = await h.ok('/ipm/stat', {}, { 'x-session-guid': headers['x-session-guid'] });
    expect(stat).toMatchObject({ service: 'ipm', status: 'ok', eventlog: 'sqlite' });
    expect((await h.post('/ipm/stat', {}, {})).status).toBe(401);
  });
});
