import { createHash } from 'crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ApiKeyRecord, IdentityDirectory, RUNTIME, Runtime, SessionRecord } from '@g3n/platform';
import { revokedByMarker, SessionDoc, USM_SESSIONS, USM_USER_SESSIONS, UserSessionsDoc } from '../../../projections/usm/sessions.projection';
import { apiKeyByHash, serviceAccountIsActive } from './api-key-lookup';

/**
 * "Who is calling", answered from USM's read models for the platform guard. Revocation markers are applied here
 * on every lookup, so a revoke-everything event is enough to shut every credential it covers (fail-closed).
 */
@Injectable()
export class UsmIdentityDirectory implements IdentityDirectory {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async session(sessionGuid: string): Promise<SessionRecord | null> {
    const session = await this.runtime.readModels.collection<SessionDoc>(USM_SESSIONS).get(sessionGuid);
    if (!session) return null;
    const user = await this.runtime.readModels.collection<UserSessionsDoc>(USM_USER_SESSIONS).get(session.user_guid);
    const status = session.status === 'active' && revokedByMarker(session, user) ? 'revoked' : session.status;
    return { session_guid: session.session_guid, user_guid: session.user_guid, status, expires_at: session.expires_at };
  }

  async apiKey(plaintext: string): Promise<ApiKeyRecord | null> {
    return apiKeyByHash(this.runtime, createHash('sha256').update(plaintext).digest('hex'));
  }

  async serviceAccountActive(serviceAccountId: string): Promise<boolean> {
    return serviceAccountIsActive(this.runtime, serviceAccountId);
  }
}
