import { createHash, randomBytes } from 'crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { streamName } from '@g3n/eventlog';
import { invalidState, validationError } from '@g3n/es';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { ApiKey, ApiKeyCreateRequest } from '../api/dto/api-key.dto';
import { apiKeyDecider } from '../api-key/api-key.decide';
import { apiKeyOf, serviceAccountOf } from '../queries/usm-views';
import { checkRoleProfiles } from './role-profiles';

export class CreateApiKeyCommand {
  constructor(readonly ctx: RequestContext, readonly dto: ApiKeyCreateRequest) {}
}

/** Issues `g3n_<43 chars base64url>`: returned once; the event and read model keep only SHA-256 and last4. */
@CommandHandler(CreateApiKeyCommand)
export class CreateApiKeyHandler implements ICommandHandler<CreateApiKeyCommand, { api_key: string; api_key_record: ApiKey }> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, dto }: CreateApiKeyCommand) {
    const role_profiles = checkRoleProfiles(dto.role_profiles ?? []);
    const now = this.runtime.clock.now();
    if (dto.expires_at !== undefined && Date.parse(dto.expires_at) <= now.getTime()) {
      throw validationError('invalid-fields', 'expires_at must be in the future.', { fields: [{ field: 'expires_at', reason: 'must be in the future' }] });
    }
    const account = await serviceAccountOf(this.runtime, ctx.org_guid, dto.service_account_id);
    if (account.status !== 'active') throw invalidState('service-account-disabled', 'The service account is disabled.');
    const plaintext = `g3n_${randomBytes(32).toString('base64url')}`;
    const api_key_id = this.runtime.ids.next('key');
    await this.writes.execute(ctx, {
      stream: streamName(ctx.org_guid, 'usm.api-key', api_key_id),
      decider: apiKeyDecider,
      command: {
        kind: 'create', org_guid: ctx.org_guid, api_key_id, service_account_id: account.service_account_id, caption: dto.caption ?? null, role_profiles,
        key_hash: createHash('sha256').update(plaintext).digest('hex'), last4: plaintext.slice(-4),
        expires_at: dto.expires_at ? new Date(dto.expires_at).toISOString() : null, now: now.toISOString(),
      },
      reason: dto.reason,
    });
    return { api_key: plaintext, api_key_record: await apiKeyOf(this.runtime, ctx.org_guid, api_key_id) };
  }
}
