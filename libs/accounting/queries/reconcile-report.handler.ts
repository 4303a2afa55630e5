import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Doc } from '@g3n/docstore';
import { RUNTIME, Runtime } from '@g3n/platform';
import { ACC_ROLLUPS, rollupId } from '../../../projections/accounting/usage.projection';
import { scanOrgLog } from '../shared/log-scan';

export interface ReconcileLine {
  rollup_id: string;
  day: string;
  metric: string;
  unit: string;
  cccode: string | null;
  log_quantity: number;
  log_event_count: number;
  rollup_quantity: number;
  rollup_event_count: number;
  status: 'match' | 'mismatch';
}

/** Days are UTC dates (YYYY-MM-DD), inclusive. */
export class ReconcileReportQuery {
  constructor(readonly orgGuid: string, readonly fromDay: string, readonly toDay: string, readonly metric?: string) {}
}

/**
 * Re-sums the usage events in the log for each day and compares with the rollups read model: an auditor's check
 * that the rollups are the sum of the raw events (a lagging or broken projection shows as a mismatch).
 */
@QueryHandler(ReconcileReportQuery)
export class ReconcileReportHandler implements IQueryHandler<ReconcileReportQuery> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(q: ReconcileReportQuery) {
    const through = await this.runtime.log.headPosition();
    const fromLog = new Map<string, ReconcileLine>();
    for await (const e of scanOrgLog(this.runtime.log, { tenant: q.orgGuid, through, typePrefixes: ['accounting.usage-recorded'] })) {
      const d = e.data as { metric: string; unit: string; cccode: string | null; quantity: number; occurred_at: string };
      const day = d.occurred_at.slice(0, 10);
      if (day < q.fromDay || day > q.toDay || (q.metric && d.metric !== q.metric)) continue;
      const id = rollupId(day, d.metric, d.unit, d.cccode);
      const line = fromLog.get(id) ?? { rollup_id: id, day, metric: d.metric, unit: d.unit, cccode: d.cccode, log_quantity: 0, log_event_count: 0, rollup_quantity: 0, rollup_event_count: 0, status: 'match' as const };
      line.log_quantity += d.quantity;
      line.log_event_count += 1;
      fromLog.set(id, line);
    }
    const rollups = await this.runtime.readModels.collection<Doc>(ACC_ROLLUPS).find({ org_guid: q.orgGuid }, { limit: 1000, sort: [{ field: 'day', direction: 'asc' }] });
    for (const r of rollups.items) {
      if ((r.day as string) < q.fromDay || (r.day as string) > q.toDay || (q.metric && r.metric !== q.metric)) continue;
      const id = r.rollup_id as string;
      const line = fromLog.get(id) ?? { rollup_id: id, day: r.day as string, metric: r.metric as string, unit: r.unit as string, cccode: r.cccode as string | null, log_quantity: 0, log_event_count: 0, rollup_quantity: 0, rollup_event_count: 0, status: 'match' as const };
      line.rollup_quantity = r.quantity as number;
      line.rollup_event_count = r.event_count as number;
      fromLog.set(id, line);
    }
    const lines = [...fromLog.values()].map((l) => ({ ...l, status: l.log_quantity === l.rollup_quantity && l.log_event_count === l.rollup_event_count ? 'match' : 'mismatch' }));
    lines.sort((a, b) => a.rollup_id.localeCompare(b.rollup_id));
    const mismatches = lines.filter((l) => l.status === 'mismatch').length;
    return { report: { from_day: q.fromDay, to_day: q.toDay, metric: q.metric ?? null, scanned_through: through, lines, mismatches, status: mismatches === 0 ? 'balanced' : 'unbalanced' } };
  }
}
