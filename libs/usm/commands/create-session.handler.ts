import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { PLATFORM_TENANT, streamName } from '@g3n/eventlog';
import { DomainError } from '@g3n/es';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import { verifyPasscode } from '@g3n/uas';
import type { Session, SessionCreateRequest } from '../api/dto/session.dto';
import { sessionDecider } from '../session/session.decide';

export class CreateSessionCommand {
  constructor(readonly ctx: RequestContext, readonly dto: SessionCreateRequest) {}
}

@CommandHandler(CreateSessionCommand)
export class CreateSessionHandler implements ICommandHandler<CreateSessionCommand, Session> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, dto }: CreateSessionCommand): Promise<Session> {
    const user = await verifyPasscode(this.runtime, dto.email, dto.passcode);
    // One answer for an unknown email and a wrong passcode: no account enumeration.
    if (!user) throw new DomainError('unauthorized', 'invalid-passcode', 'The email or passcode is not correct.');
    if (!user.verified) throw new DomainError('forbidden', 'user-not-verified', 'Verify the email before signing in.');
    const session_guid = this.runtime.ids.next('ses');
    const now = this.runtime.clock.now();
    const expires_at = new Date(now.getTime() + this.runtime.config.sessionTtlMs).toISOString();
    ctx.principal = { kind: 'user', user_guid: user.user_guid, session_guid };
    const caption = dto.caption ?? null;
    const session_label = dto.session_label ?? null;
    const result = await this.writes.execute(ctx, {
      stream: streamName(PLATFORM_TENANT, 'usm.session', session_guid),
      decider: sessionDecider,
      command: { kind: 'create', session_guid, user_guid: user.user_guid, caption, session_label, now: now.toISOString(), expires_at },
    });
    const at = now.toISOString();
    return { session_guid, user_guid: user.user_guid, status: 'active', caption, session_label, created_at: at, expires_at, closed_at: null, revision: result.revision, updated_at: at };
  }
}
