import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { PLATFORM_TENANT, streamName } from '@g3n/eventlog';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { SessionsRevokedResult } from '../api/dto/session.dto';
import { userSessionsDecider } from '../session/session.decide';

/** logout_everywhere (scope all) and logout_other_devices (scope others, keeping the caller's session). */
export class RevokeSessionsCommand {
  constructor(readonly ctx: RequestContext, readonly scope: 'all' | 'others', readonly reason?: string) {}
}

@CommandHandler(RevokeSessionsCommand)
export class RevokeSessionsHandler implements ICommandHandler<RevokeSessionsCommand, SessionsRevokedResult> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, scope, reason }: RevokeSessionsCommand): Promise<SessionsRevokedResult> {
    const principal = ctx.principal as { user_guid: string; session_guid: string };
    const now = this.runtime.clock.now().toISOString();
    const kept = scope === 'others' ? principal.session_guid : null;
    await this.writes.execute(ctx, {
      stream: streamName(PLATFORM_TENANT, 'usm.user-sessions', principal.user_guid),
      decider: userSessionsDecider,
      command: { kind: 'revoke', user_guid: principal.user_guid, scope, except_session_guid: kept, now },
      reason,
    });
    return { user_guid: principal.user_guid, scope, revoked_at: now, kept_session_guid: kept };
  }
}
