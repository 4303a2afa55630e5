import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import { scanOrgLog } from '../shared/log-scan';
import { reconciliationStream } from '../shared/streams';
import type { ReconciliationLine } from '../usage/usage.events';
import { usageDecider } from '../usage/usage.decide';
import { why } from './why';

export class ReconcileStorageCommand {
  constructor(readonly ctx: RequestContext, readonly request: { storage_kind?: string; reason?: string; source_refs?: Array<{ kind: string; id: string }> }) {}
}

/**
 * Measures what the org stores, from the log: `events` (bytes of its events as JSON) and `exports` (bytes of its
 * completed export files), and compares each with the latest recorded measurement of that kind.
 */
@CommandHandler(ReconcileStorageCommand)
export class ReconcileStorageHandler implements ICommandHandler<ReconcileStorageCommand, string> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, request: r }: ReconcileStorageCommand): Promise<string> {
    const org_guid = ctx.org_guid;
    const through = await this.runtime.log.headPosition();
    const measured = new Map<string, number>([['events', 0], ['exports', 0]]);
    const exportBytes = new Map<string, number>();
    const recorded = new Map<string, number>();
    for await (const e of scanOrgLog(this.runtime.log, { tenant: org_guid, through })) {
      measured.set('events', measured.get('events')! + Buffer.byteLength(JSON.stringify({ type: e.type, data: e.data, metadata: e.metadata })));
      const d = e.data as Record<string, any>;
      if (e.type === 'accounting.export-completed') exportBytes.set(d.export_id, (d.files as Array<{ size: number }>).reduce((s, f) => s + f.size, 0));
      if (e.type === 'accounting.storage-usage-recorded') recorded.set(d.storage_kind, d.bytes);
    }
    measured.set('exports', [...exportBytes.values()].reduce((s, n) => s + n, 0));
    const kinds = [...new Set([...measured.keys(), ...recorded.keys()])].filter((k) => !r.storage_kind || k === r.storage_kind).sort();
    const lines: ReconciliationLine[] = kinds.map((storage_kind) => {
      const m = measured.get(storage_kind) ?? 0;
      const rec = recorded.get(storage_kind) ?? null;
      return { storage_kind, recorded_bytes: rec, measured_bytes: m, difference_bytes: rec === null ? null : m - rec, status: rec === null ? 'unrecorded' : rec === m ? 'match' : 'mismatch' };
    });
    const reconciliation_id = this.runtime.ids.next('rec');
    const command = { kind: 'reconcile-storage' as const, reconciliation_id, org_guid, lines, scanned_through: through };
    await this.writes.execute(ctx, { stream: reconciliationStream(org_guid, reconciliation_id), decider: usageDecider, command, ...why(r) });
    return reconciliation_id;
  }
}
