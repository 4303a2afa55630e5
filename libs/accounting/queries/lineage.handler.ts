import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { notFound, validationError } from '@g3n/es';
import { RUNTIME, Runtime } from '@g3n/platform';
import { ACC_EXPORTS, ExportDoc } from '../../../projections/accounting/exports.projection';
import { ACC_ROLLUPS, rollupDocId } from '../../../projections/accounting/usage.projection';
import { exportTypeFilter } from '../export/export-types';
import type { ExportKind } from '../export/export.events';
import { scanOrgLog } from '../shared/log-scan';

export interface LineageItem {
  position: number;
  event_id: string;
  type: string;
  stream: string;
  occurred_at: string;
}

/** Which log events fed an export (its filter, window and positions) or a rollup (its usage events). */
export class ListLineageQuery {
  constructor(readonly orgGuid: string, readonly target: { export_id?: string; rollup_id?: string }, readonly limit = 50, readonly nextToken?: string) {}
}

/**
 * Re-reads the log over the exact bounds the export or rollup recorded, so lineage is what fed it, not what the
 * read models say now. next_token is the last position returned.
 */
@QueryHandler(ListLineageQuery)
export class ListLineageHandler implements IQueryHandler<ListLineageQuery, { items: LineageItem[]; next_token: string | null }> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(q: ListLineageQuery) {
    const after = q.nextToken === undefined ? 0 : Number(q.nextToken);
    if (!Number.isInteger(after) || after < 0) throw validationError('invalid-next-token', 'next_token does not belong to this list.', { fields: [{ field: 'next_token', reason: 'invalid' }] });
    const bounds = await this.bounds(q);
    const items: LineageItem[] = [];
    const start = Math.max(after, bounds.first - 1);
    for await (const e of scanOrgLog(this.runtime.log, { tenant: q.orgGuid, after: start, through: bounds.through, typePrefixes: bounds.types, from: bounds.from, to: bounds.to })) {
      if (bounds.match && !bounds.match(e.data as Record<string, unknown>)) continue;
      items.push({ position: e.position, event_id: e.metadata.event_id, type: e.type, stream: e.stream, occurred_at: e.metadata.occurred_at });
      if (items.length === q.limit) break;
    }
    const last = items[items.length - 1];
    return { items, next_token: items.length === q.limit && last.position < bounds.through ? String(last.position) : null };
  }

  private async bounds(q: ListLineageQuery) {
    if (q.target.export_id) {
      const x = await this.runtime.readModels.collection<ExportDoc>(ACC_EXPORTS).get(q.target.export_id);
      if (!x || x.org_guid !== q.orgGuid) throw notFound('export-not-found', 'No such export in this org.');
      if (x.status !== 'completed' || x.first_position === null) return { first: 1, through: 0 };
      return {
        first: x.first_position as number, through: x.last_position as number, from: x.window_from as string | null, to: x.window_to as string,
        types: exportTypeFilter(this.runtime.registry, x.export_kind as ExportKind, x.event_types as string[]),
      };
    }
    const r = await this.runtime.readModels.collection(ACC_ROLLUPS).get(rollupDocId(q.orgGuid, q.target.rollup_id ?? ''));
    if (!r || r.org_guid !== q.orgGuid) throw notFound('rollup-not-found', 'No such rollup in this org.');
    const match = (d: Record<string, unknown>) => (d.occurred_at as string).slice(0, 10) === r.day && d.metric === r.metric && d.unit === r.unit && d.cccode === r.cccode;
    return { first: r.first_position as number, through: r.last_position as number, types: ['accounting.usage-recorded'], match };
  }
}
