import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { streamName } from '@g3n/eventlog';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { OrgKeysRevoked } from '../api/dto/api-key.dto';
import { orgApiKeysDecider } from '../api-key/api-key.decide';
import { serviceAccountOf } from '../queries/usm-views';
import { serviceAccountDecider } from '../service-account/service-account.decide';

/**
 * revoke_all (one service account) and revoke_all_org: each is ONE marker event, not one revoke per key, so it
 * takes effect for every key issued before it at once, including keys whose own events are not projected yet.
 */
export class RevokeApiKeysBulkCommand {
  constructor(readonly ctx: RequestContext, readonly serviceAccountId: string | null, readonly reason?: string) {}
}

@CommandHandler(RevokeApiKeysBulkCommand)
export class RevokeApiKeysBulkHandler implements ICommandHandler<RevokeApiKeysBulkCommand, OrgKeysRevoked> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, serviceAccountId, reason }: RevokeApiKeysBulkCommand): Promise<OrgKeysRevoked> {
    const now = this.runtime.clock.now().toISOString();
    if (serviceAccountId) {
      await serviceAccountOf(this.runtime, ctx.org_guid, serviceAccountId);
      await this.writes.execute(ctx, {
        stream: streamName(ctx.org_guid, 'usm.service-account', serviceAccountId),
        decider: serviceAccountDecider,
        command: { kind: 'revoke-keys', now },
        reason,
      });
      return { org_guid: ctx.org_guid, service_account_id: serviceAccountId, revoked_at: now };
    }
    await this.writes.execute(ctx, {
      stream: streamName(ctx.org_guid, 'usm.org-api-keys', ctx.org_guid),
      decider: orgApiKeysDecider,
      command: { kind: 'revoke-all', org_guid: ctx.org_guid, now },
      reason,
    });
    return { org_guid: ctx.org_guid, revoked_at: now };
  }
}
