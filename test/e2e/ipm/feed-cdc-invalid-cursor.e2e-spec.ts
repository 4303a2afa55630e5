/** A CDC cursor is bound to its org and signed: another org's, an altered or a made-up cursor is 400 invalid-cursor. */
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';
import { CdcPageView, writeCustomer } from './feed-support';

describe('IPM CDC: cursors that are not this org\'s', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
  });
  afterAll(() => h?.close());

  it('refuses another org\'s cursor, a tampered one and garbage', async () => {
    const a = await createOrg(h, await userWithSession(h, 'cursor-a@example.com'));
    const b = await createOrg(h, await userWithSession(h, 'cursor-b@example.com'));
    await writeCustomer(h, a.headers, 'a');
    await writeCustomer(h, b.headers, 'b');
    const pageB = await h.ok<CdcPageView>('/ipm/cdc/list', { limit: 1 }, b.headers);

    const expectInvalid = async (cursor: string) => {
      const response = await h.post('/ipm/cdc/list', { cursor }, a.headers);
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({ major: { tag: 'validation-error' }, minor: { tag: 'invalid-cursor' } });
      expect(JSON.stringify(response.body)).not.toContain(b.org_guid);
    };
    await expectInvalid(pageB.next_cursor);

    // Same MAC, payload rewritten to org A at position 0: the signature no longer matches.
    const [, mac] = pageB.next_cursor.split('.');
    const forged = Buffer.from(JSON.stringify({ v: 1, org: a.org_guid, pos: 0 })).toString('base64url');
    await expectInvalid(`${forged}.${mac}`);
    const pageA = await h.ok<CdcPageView>('/ipm/cdc/list', { limit: 1 }, a.headers);
    await expectInvalid(pageA.next_cursor.slice(0, -2) + (pageA.next_cursor.endsWith('AA') ? 'BB' : 'AA'));
    await expectInvalid('not-a-cursor');

    // Org A's own cursor still works.
    expect((await h.post('/ipm/cdc/list', { cursor: pageA.next_cursor }, a.headers)).status).toBe(200);
  });
});
