/** UC-IPM-002: CDC list with cursor continuation: log order, filters, resume from a stored cursor. */
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';
import { CdcPageView, drainCdc, writeCustomer } from './feed-support';

describe('UC-IPM-002 CDC list with cursor continuation', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
  });
  afterAll(() => h?.close());

  it('pages the org\'s events in log order and continues from a stored cursor', async () => {
    const org = await createOrg(h, await userWithSession(h, 'cdc-owner@example.com'));
    const other = await createOrg(h, await userWithSession(h, 'cdc-other@example.com'));
    for (let i = 0; i < 5; i++) await writeCustomer(h, org.headers, `a${i}`);
    await writeCustomer(h, other.headers, 'b0');

    const first = await h.ok<CdcPageView>('/ipm/cdc/list', { limit: 2, reason: 'sync' }, org.headers);
    expect(first.items).toHaveLength(2);
    expect(first.has_more).toBe(true);
    expect(first.next_token).toBe(first.next_cursor);

    const { items, cursor } = await drainCdc(h, org.headers, { limit: 2 }, first.next_cursor);
    const all = [...first.items, ...items];
    const positions = all.map((i) => i.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(positions).size).toBe(positions.length);
    expect(all.every((i) => i.stream.startsWith(`${org.org_guid}/`) && i.metadata.org_guid === org.org_guid)).toBe(true);
    const customers = all.filter((i) => i.type === 'crm.customer-created');
    expect(customers).toHaveLength(5);
    expect(customers[0]).toMatchObject({ service: 'crm', action: 'customer-created', revision: 0, data: expect.any(Object) });
    expect(customers[0].event_id).toBe(customers[0].metadata.event_id);
    expect(customers[0].occurred_at).toEqual(expect.any(String));

    // At the end: an empty page that still hands back a cursor, then only what was written after it.
    const idle = await h.ok<CdcPageView>('/ipm/cdc/list', { cursor }, org.headers);
    expect(idle).toMatchObject({ items: [], has_more: false });
    await writeCustomer(h, org.headers, 'a5');
    await writeCustomer(h, org.headers, 'a6');
    const more = await h.ok<CdcPageView>('/ipm/cdc/list', { cursor: idle.next_cursor }, org.headers);
    expect(more.items.filter((i) => i.type === 'crm.customer-created')).toHaveLength(2);
    expect(more.items.every((i) => i.position > positions[positions.length - 1])).toBe(true);

    // next_token is accepted as an alias of cursor.
    const alias = await h.ok<CdcPageView>('/ipm/cdc/list', { next_token: idle.next_cursor }, org.headers);
    expect(alias.items.map((i) => i.event_id)).toEqual(more.items.map((i) => i.event_id));
  });

  it('filters by service and action prefix without changing what the cursor means', async () => {
    const org = await createOrg(h, await userWithSession(h, 'cdc-filter@example.com'));
    for (let i = 0; i < 3; i++) await writeCustomer(h, org.headers, `f${i}`);
    const everything = await drainCdc(h, org.headers, { limit: 1000 });
    const crm = await drainCdc(h, org.headers, { service: 'crm', limit: 2 });
    expect(crm.items.map((i) => i.event_id)).toEqual(everything.items.filter((i) => i.service === 'crm').map((i) => i.event_id));
    const byAction = await drainCdc(h, org.headers, { action_prefix: 'customer-', limit: 2 });
    expect(byAction.items.map((i) => i.event_id)).toEqual(everything.items.filter((i) => i.action.startsWith('customer-')).map((i) => i.event_id));
    const ofm = await drainCdc(h, org.headers, { service: 'ofm', action_prefix: 'org-' });
    expect(ofm.items.length).toBeGreaterThan(0);
    expect(ofm.items.every((i) => i.type.startsWith('ofm.org-'))).toBe(true);

    // A filtered cursor resumes an unfiltered read after the same log position.
    await writeCustomer(h, org.headers, 'f3');
    const after = await h.ok<CdcPageView>('/ipm/cdc/list', { cursor: ofm.cursor }, org.headers);
    expect(after.items.map((i) => i.type)).toContain('crm.customer-created');
    expect(after.items.every((i) => i.service === 'crm')).toBe(true);

    const unknown = await h.post('/ipm/cdc/list', { service: 'nope' }, org.headers);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.minor.tag).toBe('unknown-service');
    const tooMany = await h.post('/ipm/cdc/list', { limit: 1001 }, org.headers);
    expect(tooMany.status).toBe(400);
  });

  it('answers 404 to a caller not associated with the org', async () => {
    const org = await createOrg(h, await userWithSession(h, 'cdc-private@example.com'));
    const stranger = await userWithSession(h, 'cdc-stranger@example.com');
    const response = await h.post('/ipm/cdc/list', {}, { ...stranger.headers, 'x-orgcode': org.orgcode });
    expect(response.status).toBe(404);
  });
});
