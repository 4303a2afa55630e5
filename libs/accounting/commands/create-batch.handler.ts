import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import { batchDecider } from '../batch/batch.decide';
import { exportDecider } from '../export/export.decide';
import { runExport } from '../export/export-runner';
import { batchStream, exportStream } from '../shared/streams';
import { Cadence, splitWindows } from '../shared/windows';
import { assertSelects, ExportSpec } from './create-export.handler';
import { why } from './why';

export class CreateBatchCommand {
  constructor(readonly ctx: RequestContext, readonly spec: ExportSpec & { from: string; to: string; every: Cadence }) {}
}

/**
 * The batch (its windows and their export ids) is written first, so the set of exports is on the log before any
 * runs; then each export is requested and run in turn. A crash midway leaves requested exports the worker runs.
 */
@CommandHandler(CreateBatchCommand)
export class CreateBatchHandler implements ICommandHandler<CreateBatchCommand, string> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, spec }: CreateBatchCommand): Promise<string> {
    assertSelects(this.runtime, spec);
    const org_guid = ctx.org_guid;
    const batch_id = this.runtime.ids.next('bat');
    const windows = splitWindows(new Date(spec.from), new Date(spec.to), spec.every).map((w) => ({ export_id: this.runtime.ids.next('exp'), ...w }));
    const event_types = spec.event_types ?? [];
    const batch = { batch_id, org_guid, export_kind: spec.export_kind, event_types, every: spec.every, window_from: new Date(spec.from).toISOString(), window_to: new Date(spec.to).toISOString(), windows };
    await this.writes.execute(ctx, { stream: batchStream(org_guid, batch_id), decider: batchDecider, command: { kind: 'create', ...batch }, ...why(spec) });
    for (const w of windows) {
      const command = { kind: 'request' as const, export_id: w.export_id, org_guid, export_kind: spec.export_kind, window_from: w.from, window_to: w.to, event_types, batch_id, schedule_id: null };
      await this.writes.execute(ctx, { stream: exportStream(org_guid, w.export_id), decider: exportDecider, command, ...why(spec) });
      const run = await runExport(this.runtime, org_guid, w.export_id, ctx.commandContext(spec.reason, why(spec).sourceRefs));
      await this.writes.settle(ctx, run.position, run.types);
    }
    return batch_id;
  }
}
