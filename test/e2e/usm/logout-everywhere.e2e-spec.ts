import { FixedClock } from '@g3n/es';
// UC-USM-002: logout everywhere, then validation fails; logout other devices keeps the caller's session.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { login, userWithSession } from '../../support/fixtures/identity';

describe('UC-USM-002 logout everywhere / other devices', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
  });
  afterAll(() => h.close());

  const validate = (session_guid: string) => h.post('/usm/session/validate', { session_guid });

  it('logout_other_devices keeps only the caller\'s session', async () => {
    const user = await userWithSession(h, 'others@example.com');
    const phone = await login(h, 'others@example.com');
    const tablet = await login(h, 'others@example.com');
    const done = await h.ok('/usm/session/logout_other_devices', { session_guid: phone.session_guid });
    expect(done.revocation).toMatchObject({ scope: 'others', kept_session_guid: phone.session_guid });
    expect((await validate(phone.session_guid)).status).toBe(200);
    for (const s of [user.session_guid, tablet.session_guid]) {
      const r = await validate(s);
      expect(r.status).toBe(401);
      expect(r.body.error.minor.tag).toBe('session-invalid');
    }
    const list = await h.ok('/usm/session/list', {}, { 'x-session-guid': phone.session_guid });
    const statuses = Object.fromEntries(list.items.map((s: { session_guid: string; status: string }) => [s.session_guid, s.status]));
    expect(statuses).toEqual({ [phone.session_guid]: 'active', [user.session_guid]: 'revoked', [tablet.session_guid]: 'revoked' });
  });

  it('logout_everywhere revokes every session, the caller\'s too; a new sign-in works', async () => {
    const user = await userWithSession(h, 'everywhere@example.com');
    const other = await login(h, 'everywhere@example.com');
    await h.ok('/usm/session/logout_everywhere', {}, user.headers);
    for (const s of [user.session_guid, other.session_guid]) {
      const r = await validate(s);
      expect(r.status).toBe(401);
      expect(r.body.error.minor.tag).toBe('session-invalid');
    }
    const fresh = await login(h, 'everywhere@example.com');
    expect((await validate(fresh.session_guid)).status).toBe(200);
  });

  it('an expired session answers 401 session-expired', async () => {
    const clock = new FixedClock(new Date());
    const short = await openApiHarness({ G3N_SESSION_TTL_S: '60' }, { clock });
    try {
      const user = await userWithSession(short, 'expiring@example.com');
      expect((await short.post('/usm/session/validate', { session_guid: user.session_guid })).status).toBe(200);
      clock.advance(61_000);
      const r = await short.post('/usm/session/validate', { session_guid: user.session_guid });
      expect(r.status).toBe(401);
      expect(r.body.error.minor.tag).toBe('session-expired');
    } finally {
      await short.close();
    }
  });
});
