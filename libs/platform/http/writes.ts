import { Inject, Injectable } from '@nestjs/common';
import type { Decider, DomainEvent, ExecuteResult } from '@g3n/es';
import { RUNTIME } from '../runtime/runtime.token';
import type { Runtime } from '../runtime/runtime';
import type { RequestContext } from './request-context';

export interface WriteArgs<C, S, E extends DomainEvent> {
  stream: string;
  decider: Decider<C, S, E>;
  command: C;
  /** The client's expected_revision, when the route takes one. */
  expectedRevision?: number;
  /** Why; defaults to the request body's `reason`. */
  reason?: string;
  sourceRefs?: Array<{ kind: string; id: string }>;
}

/**
 * What a command handler calls: runs the decider through the runner with the request's actor and ids, then waits
 * (bounded) for the read models the new events feed, so the next read sees the write (read-your-writes).
 */
@Injectable()
export class Writes {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute<C, S, E extends DomainEvent>(ctx: RequestContext, args: WriteArgs<C, S, E>): Promise<ExecuteResult<S>> {
    const result = await this.runtime.commands.execute({
      stream: args.stream,
      decider: args.decider,
      command: args.command,
      context: ctx.commandContext(args.reason, args.sourceRefs),
      expectedRevision: args.expectedRevision,
    });
    if (result.events.length > 0) await this.settle(ctx, result.position, result.events.map((e) => e.type));
    else if (result.revision >= 0) await this.settleAll(ctx);
    return result;
  }

  /**
   * For a write that appended nothing on an existing record: what made it a no-op is in the log, perhaps only just
   * (a reactor doing the same work, a concurrent duplicate), so wait for every projection to reach the log's head.
   */
  async settleAll(ctx: RequestContext): Promise<void> {
    const head = await this.runtime.log.headPosition();
    const consistency = await this.runtime.waiter.waitFor(head, 'all', this.runtime.config.consistencyTimeoutMs);
    if (consistency === 'pending') ctx.consistency = 'pending';
  }

  /** For handlers that appended through other means: waits for the projections fed by these types. */
  async settle(ctx: RequestContext, position: number, types: string[]): Promise<void> {
    if (position <= 0 || types.length === 0) return;
    const consistency = await this.runtime.waiter.waitFor(position, types, this.runtime.config.consistencyTimeoutMs);
    if (consistency === 'pending') ctx.consistency = 'pending';
  }
}
