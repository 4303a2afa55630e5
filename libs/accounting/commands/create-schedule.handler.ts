import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import { scheduleDecider } from '../schedule/schedule.decide';
import { scheduleStream } from '../shared/streams';
import { Cadence, periodStart } from '../shared/windows';
import { assertSelects, ExportSpec } from './create-export.handler';
import { why } from './why';

export class CreateScheduleCommand {
  constructor(readonly ctx: RequestContext, readonly spec: ExportSpec & { every: Cadence; starts_at?: string }) {}
}

/** The first window is the period (UTC hour or day) containing starts_at (default now); the worker exports each once it closes. */
@CommandHandler(CreateScheduleCommand)
export class CreateScheduleHandler implements ICommandHandler<CreateScheduleCommand, string> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, spec }: CreateScheduleCommand): Promise<string> {
    assertSelects(this.runtime, spec);
    const schedule_id = this.runtime.ids.next('sch');
    const next_window_from = periodStart(spec.starts_at ? new Date(spec.starts_at) : this.runtime.clock.now(), spec.every).toISOString();
    const command = { kind: 'create' as const, schedule_id, org_guid: ctx.org_guid, export_kind: spec.export_kind, event_types: spec.event_types ?? [], every: spec.every, next_window_from };
    await this.writes.execute(ctx, { stream: scheduleStream(ctx.org_guid, schedule_id), decider: scheduleDecider, command, ...why(spec) });
    return schedule_id;
  }
}
