import { effectiveKeyStatus, ApiKeyDoc } from './api-keys.projection';
import { revokedByMarker, UserSessionsDoc } from './sessions.projection';

const user = (over: Partial<UserSessionsDoc>): UserSessionsDoc => ({ _id: 'u1', user_guid: 'u1', active: [], revoked_all_position: 0, revoked_others: null, revoked_at: null, ...over });

describe('revoke markers compare log positions', () => {
  it('sessions: all, others (except the kept one), and sessions opened after the marker', () => {
    expect(revokedByMarker({ session_guid: 's1', created_position: 5 }, user({ revoked_all_position: 6 }))).toBe(true);
    expect(revokedByMarker({ session_guid: 's2', created_position: 7 }, user({ revoked_all_position: 6 }))).toBe(false);
    const others = user({ revoked_others: { position: 9, except_session_guid: 's1' } });
    expect(revokedByMarker({ session_guid: 's1', created_position: 5 }, others)).toBe(false);
    expect(revokedByMarker({ session_guid: 's3', created_position: 8 }, others)).toBe(true);
    expect(revokedByMarker({ session_guid: 's1', created_position: 5 }, null)).toBe(false);
  });

  it('api keys: own revoke, service-account revoke_all, org revoke_all', () => {
    const key = { status: 'active', created_position: 10 } as ApiKeyDoc;
    const org = { _id: 'o1', org_guid: 'o1', revoked_position: 11, revoked_at: '' };
    expect(effectiveKeyStatus(key, null, null)).toEqual({ status: 'active', revoked_by: null });
    expect(effectiveKeyStatus(key, org, null)).toEqual({ status: 'revoked', revoked_by: 'org' });
    expect(effectiveKeyStatus(key, { ...org, revoked_position: 9 }, null).status).toBe('active');
    expect(effectiveKeyStatus(key, null, { keys_revoked_position: 12 })).toEqual({ status: 'revoked', revoked_by: 'service-account' });
    expect(effectiveKeyStatus({ ...key, status: 'revoked' }, null, null).revoked_by).toBe('key');
  });
});
