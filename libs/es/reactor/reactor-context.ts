import type { RecordedEvent } from '@g3n/eventlog';
import type { Clock, IdGenerator } from '../clock';
import type { CommandRunner, ExecuteResult, LoadedState } from '../command/command-runner';
import type { Decider, DomainEvent } from '../decider/decider';
import type { ReadModels } from '../projection/read-models';

/** What a reaction can use: commands (with the source event as cause), read models, the clock and ids. */
export class ReactorContext {
  constructor(
    readonly reactor: string,
    readonly source: RecordedEvent,
    private readonly commands: CommandRunner,
    readonly readModels: ReadModels,
    readonly clock: Clock,
    readonly ids: IdGenerator,
  ) {}

  /** A stream's current state, folded as a command would see it (read only). */
  load<S, E extends DomainEvent>(stream: string, decider: Decider<unknown, S, E>): Promise<LoadedState<S>> {
    return this.commands.load(stream, decider);
  }

  /** Runs a decider command on behalf of the source event: same org, correlation, and the event as its cause. */
  execute<C, S, E extends DomainEvent>(args: { stream: string; decider: Decider<C, S, E>; command: C; reason?: string }): Promise<ExecuteResult<S>> {
    const meta = this.source.metadata;
    return this.commands.execute({
      stream: args.stream,
      decider: args.decider,
      command: args.command,
      context: {
        actor: `reactor:${this.reactor}`,
        org_guid: meta.org_guid,
        orgcode: meta.orgcode,
        request_id: meta.request_id,
        trace_id: meta.trace_id,
        reason: args.reason ?? `reaction to ${this.source.type}`,
        source_refs: [{ kind: 'event', id: meta.event_id }],
        correlation_id: meta.correlation_id ?? meta.event_id,
        causation_id: meta.event_id,
      },
    });
  }
}
