import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { Decider, DomainEvent } from '@g3n/es';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import { why } from './why';

export interface WritePlan {
  id: string;
  stream: string;
  decider: Decider<any, any, DomainEvent>;
  command: unknown;
  expectedRevision?: number;
}

/** What a plan may use: the clock and the id generator (never inside a decider). */
export interface PlanTools {
  now: Date;
  next(prefix: string): string;
}

/**
 * The single-stream writes of Accounting (record usage/storage, comments, inbox, status changes): the route says
 * which stream, decider and command; this handler supplies now and ids, runs it, and answers the record's id.
 * One generic handler instead of a dozen identical ones, each ≤ 10 lines.
 */
export class AccountingWriteCommand {
  constructor(readonly ctx: RequestContext, readonly request: { reason?: string; source_refs?: Array<{ kind: string; id: string }> }, readonly plan: (tools: PlanTools) => WritePlan) {}
}

@CommandHandler(AccountingWriteCommand)
export class AccountingWriteHandler implements ICommandHandler<AccountingWriteCommand, string> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, request, plan }: AccountingWriteCommand): Promise<string> {
    const p = plan({ now: this.runtime.clock.now(), next: (prefix) => this.runtime.ids.next(prefix) });
    await this.writes.execute(ctx, { stream: p.stream, decider: p.decider, command: p.command, expectedRevision: p.expectedRevision, ...why(request) });
    return p.id;
  }
}
