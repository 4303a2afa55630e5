import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { PLATFORM_TENANT, streamName } from '@g3n/eventlog';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import { sessionDecider } from '../session/session.decide';

export class CloseSessionCommand {
  constructor(readonly ctx: RequestContext, readonly sessionGuid: string, readonly reason?: string) {}
}

@CommandHandler(CloseSessionCommand)
export class CloseSessionHandler implements ICommandHandler<CloseSessionCommand, void> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, sessionGuid, reason }: CloseSessionCommand): Promise<void> {
    await this.writes.execute(ctx, {
      stream: streamName(PLATFORM_TENANT, 'usm.session', sessionGuid),
      decider: sessionDecider,
      command: { kind: 'close', now: this.runtime.clock.now().toISOString() },
      reason,
    });
  }
}
