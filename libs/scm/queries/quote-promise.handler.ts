import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Doc } from '@g3n/docstore';
import { RUNTIME, Runtime } from '@g3n/platform';
import { readShared } from '../commands/order-writes';

export interface QuoteLine { line_id: string | null; variant_id: string; qty: number }
export interface QuotedLine extends QuoteLine { available: number; promisable: boolean; short_qty: number }

/** Availability for lines at one logical facility, from ICS's stock levels (no stock level: nothing available). */
export class QuotePromiseQuery {
  constructor(readonly orgGuid: string, readonly logicalGuid: string, readonly lines: QuoteLine[]) {}
}

@QueryHandler(QuotePromiseQuery)
export class QuotePromiseHandler implements IQueryHandler<QuotePromiseQuery, { logical_guid: string; promisable: boolean; lines: QuotedLine[] }> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(q: QuotePromiseQuery) {
    // Lines of one variant draw on the same stock, so each is quoted against what the earlier ones left.
    const left = new Map<string, number>();
    const lines: QuotedLine[] = [];
    for (const line of q.lines) {
      if (!left.has(line.variant_id)) {
        const level = await readShared<Doc & { available?: number }>(this.runtime, 'ics_stock_levels', q.orgGuid, `${q.logicalGuid}:${line.variant_id}`);
        left.set(line.variant_id, Math.max(0, Number(level?.available ?? 0)));
      }
      const available = left.get(line.variant_id)!;
      const take = Math.min(available, line.qty);
      left.set(line.variant_id, available - take);
      lines.push({ ...line, available, promisable: take === line.qty, short_qty: line.qty - take });
    }
    return { logical_guid: q.logicalGuid, promisable: lines.every((l) => l.promisable), lines };
  }
}
