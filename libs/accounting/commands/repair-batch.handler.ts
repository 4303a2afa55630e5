import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import { batchDecider } from '../batch/batch.decide';
import { exportDecider } from '../export/export.decide';
import { runExport } from '../export/export-runner';
import { batchStream, exportStream } from '../shared/streams';
import { why } from './why';

export class RepairBatchCommand {
  constructor(readonly ctx: RequestContext, readonly request: { batch_id: string; expected_revision?: number; reason?: string; source_refs?: Array<{ kind: string; id: string }> }) {}
}

/** Re-runs the batch's failed exports. Which failed is read from each export's own stream, not a read model. */
@CommandHandler(RepairBatchCommand)
export class RepairBatchHandler implements ICommandHandler<RepairBatchCommand, string[]> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, request: r }: RepairBatchCommand): Promise<string[]> {
    const org_guid = ctx.org_guid;
    const batch = await this.runtime.commands.load(batchStream(org_guid, r.batch_id), batchDecider);
    const failed: string[] = [];
    for (const w of batch.state.windows) {
      const x = await this.runtime.commands.load(exportStream(org_guid, w.export_id), exportDecider);
      if (x.state.status === 'failed') failed.push(w.export_id);
    }
    const result = await this.writes.execute(ctx, { stream: batchStream(org_guid, r.batch_id), decider: batchDecider, command: { kind: 'repair', failed_export_ids: failed }, expectedRevision: r.expected_revision, ...why(r) });
    const repaired = result.events.length === 0 ? [] : (result.events[0].data.export_ids as string[]);
    for (const export_id of repaired) {
      const run = await runExport(this.runtime, org_guid, export_id, ctx.commandContext(r.reason, why(r).sourceRefs));
      await this.writes.settle(ctx, run.position, run.types);
    }
    return repaired;
  }
}
