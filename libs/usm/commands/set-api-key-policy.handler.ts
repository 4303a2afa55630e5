import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { streamName } from '@g3n/eventlog';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { ApiKey, ApiKeyPolicySetRequest } from '../api/dto/api-key.dto';
import { apiKeyDecider } from '../api-key/api-key.decide';
import { apiKeyOf } from '../queries/usm-views';
import { checkRoleProfiles } from './role-profiles';

export class SetApiKeyPolicyCommand {
  constructor(readonly ctx: RequestContext, readonly dto: ApiKeyPolicySetRequest) {}
}

@CommandHandler(SetApiKeyPolicyCommand)
export class SetApiKeyPolicyHandler implements ICommandHandler<SetApiKeyPolicyCommand, ApiKey> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, dto }: SetApiKeyPolicyCommand): Promise<ApiKey> {
    const role_profiles = checkRoleProfiles(dto.role_profiles);
    await apiKeyOf(this.runtime, ctx.org_guid, dto.api_key_id);
    await this.writes.execute(ctx, {
      stream: streamName(ctx.org_guid, 'usm.api-key', dto.api_key_id),
      decider: apiKeyDecider,
      command: { kind: 'set-policy', role_profiles, now: this.runtime.clock.now().toISOString() },
      expectedRevision: dto.expected_revision,
      reason: dto.reason,
    });
    return apiKeyOf(this.runtime, ctx.org_guid, dto.api_key_id);
  }
}
