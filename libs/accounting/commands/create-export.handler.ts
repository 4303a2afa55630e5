import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { validationError } from '@g3n/es';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { ExportKind } from '../export/export.events';
import { exportDecider } from '../export/export.decide';
import { runExport } from '../export/export-runner';
import { exportTypeFilter } from '../export/export-types';
import { exportStream } from '../shared/streams';
import { why } from './why';

export interface ExportSpec {
  export_kind: ExportKind;
  event_types?: string[];
  reason?: string;
  source_refs?: Array<{ kind: string; id: string }>;
}

export class CreateExportCommand {
  constructor(readonly ctx: RequestContext, readonly spec: ExportSpec & { from?: string; to?: string }) {}
}

/** Requests the export (window end fixed now when absent), then runs it in the request; the worker is the backstop. */
@CommandHandler(CreateExportCommand)
export class CreateExportHandler implements ICommandHandler<CreateExportCommand, string> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, spec }: CreateExportCommand): Promise<string> {
    assertSelects(this.runtime, spec);
    const export_id = this.runtime.ids.next('exp');
    const window_to = spec.to ? new Date(spec.to).toISOString() : this.runtime.clock.now().toISOString();
    const window_from = spec.from ? new Date(spec.from).toISOString() : null;
    const command = { kind: 'request' as const, export_id, org_guid: ctx.org_guid, export_kind: spec.export_kind, window_from, window_to, event_types: spec.event_types ?? [], batch_id: null, schedule_id: null };
    await this.writes.execute(ctx, { stream: exportStream(ctx.org_guid, export_id), decider: exportDecider, command, ...why(spec) });
    const run = await runExport(this.runtime, ctx.org_guid, export_id, ctx.commandContext(spec.reason, why(spec).sourceRefs));
    await this.writes.settle(ctx, run.position, run.types);
    return export_id;
  }
}

export function assertSelects(runtime: Runtime, spec: ExportSpec): void {
  const filter = exportTypeFilter(runtime.registry, spec.export_kind, spec.event_types ?? []);
  if (filter && filter.length === 0) {
    throw validationError('no-event-types', 'event_types selects no financial event type.', { fields: [{ field: 'event_types', reason: 'selects-nothing' }] });
  }
}
