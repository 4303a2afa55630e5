import { createHash } from 'crypto';
import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DomainError } from '@g3n/es';
import { RUNTIME, Runtime } from '@g3n/platform';
import type { ApiKeyBinding } from '../api/dto/api-key.dto';
import { apiKeyByHash, serviceAccountIsActive } from '../directory/api-key-lookup';

export class ValidateApiKeyQuery {
  constructor(readonly plaintext: string) {}
}

/** Same rules as the guard (status, markers, expiry, account active); any failure is one 401 api-key-invalid. */
@QueryHandler(ValidateApiKeyQuery)
export class ValidateApiKeyHandler implements IQueryHandler<ValidateApiKeyQuery, ApiKeyBinding> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute({ plaintext }: ValidateApiKeyQuery): Promise<ApiKeyBinding> {
    const key = await apiKeyByHash(this.runtime, createHash('sha256').update(plaintext).digest('hex'));
    const expired = key?.expires_at ? Date.parse(key.expires_at) <= this.runtime.clock.now().getTime() : false;
    if (!key || key.status !== 'active' || expired || !(await serviceAccountIsActive(this.runtime, key.service_account_id))) {
      throw new DomainError('unauthorized', 'api-key-invalid', 'The API key is not valid.');
    }
    const { api_key_id, service_account_id, org_guid, orgcode, role_profiles, status } = key;
    return { api_key_id, service_account_id, org_guid, orgcode, role_profiles, status };
  }
}
