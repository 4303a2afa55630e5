// UC-USM-001: create a session; validate; list; close; a closed session no longer validates.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { createVerifiedUser, login, userWithSession } from '../../support/fixtures/identity';

describe('UC-USM-001 session create → validate → list → close', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
  });
  afterAll(() => h.close());

  it('signs in, validates, lists and closes', async () => {
    const user = await userWithSession(h, 'Session.Owner@Example.com ');
    const validated = await h.ok('/usm/session/validate', { session_guid: user.session_guid });
    expect(validated.session).toMatchObject({ session_guid: user.session_guid, user_guid: user.user_guid, status: 'active', revision: 0 });
    expect(Date.parse(validated.session.expires_at) - Date.parse(validated.session.created_at)).toBe(h.runtime.config.sessionTtlMs);

    const second = await login(h, 'session.owner@example.com');
    const list = await h.ok('/usm/session/list', {}, user.headers);
    expect(list.items.map((s: { session_guid: string }) => s.session_guid).sort()).toEqual([user.session_guid, second.session_guid].sort());

    const got = await h.ok('/usm/session/get', {}, { 'x-session-guid': second.session_guid });
    expect(got.session.session_guid).toBe(second.session_guid);

    const closed = await h.ok('/usm/session/close', { session_guid: second.session_guid, reason: 'logout' });
    expect(closed.session).toMatchObject({ status: 'closed', revision: 1 });
    const after = await h.post('/usm/session/validate', { session_guid: second.session_guid });
    expect(after.status).toBe(401);
    expect(after.body.error.minor.tag).toBe('session-invalid');

    const listed = await h.ok('/usm/session/list', { status: 'active' }, user.headers);
    expect(listed.items.map((s: { session_guid: string }) => s.session_guid)).toEqual([user.session_guid]);
  });

  it('answers the same 401 for an unknown email and a wrong passcode, and 403 for an unverified user', async () => {
    await createVerifiedUser(h, 'known@example.com');
    const wrong = await h.post('/usm/session/create', { email: 'known@example.com', passcode: 'Wrong-Pass-1' });
    const unknown = await h.post('/usm/session/create', { email: 'nobody@example.com', passcode: 'Wrong-Pass-1' });
    for (const r of [wrong, unknown]) {
      expect(r.status).toBe(401);
      expect(r.body.error.minor.tag).toBe('invalid-passcode');
    }
    expect(wrong.body.error.major).toEqual(unknown.body.error.major);
    const { createUser } = await import('@g3n/uas');
    await createUser(h.runtime, { email: 'pending@example.com', passcode: 'Correct-Horse-9' });
    const pending = await h.post('/usm/session/create', { email: 'pending@example.com', passcode: 'Correct-Horse-9' });
    expect(pending.status).toBe(403);
    expect(pending.body.error.minor.tag).toBe('user-not-verified');
  });

  it('needs a session on session routes and refuses an unknown one', async () => {
    expect((await h.post('/usm/session/list', {})).status).toBe(401);
    const r = await h.post('/usm/session/get', { session_guid: 'ses_nope' });
    expect(r.status).toBe(401);
    expect(r.body.error.minor.tag).toBe('session-invalid');
  });
});
