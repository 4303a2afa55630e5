import type { EventLog, RecordedEvent } from '@g3n/eventlog';
import { stockStream } from '../stock/streams';
import { Balance, isStockMovement, MovementData, StockCardEntry, stockCardEntry } from './stock-card-entry';
import { decodeStockCardToken, encodeStockCardToken, StockCardFilter } from './stock-card-token';

/** One movement of a hold: the stock it moved and that stream's revision (the holds projection records them). */
export interface HoldMovement {
  logical_guid: string;
  variant_id: string;
  revision: number;
}

export interface StockCardSources {
  log: EventLog;
  /** Every movement of the org's hold `hold_id`, in log order (none for a hold the org never had). */
  holdMovements(org_guid: string, hold_id: string): Promise<HoldMovement[]>;
}

export interface StockCardPage {
  items: StockCardEntry[];
  next_token: string | null;
}

/**
 * Events of the org's ledger one request reads at most when a facility or variant filter (without the other) skips
 * most of them: the page then ends early, with a next_token that goes on from where the read stopped.
 */
export const STOCK_CARD_SCAN_BUDGET = 10_000;
const LEDGER_PREFIXES = ['ics.stock-'];

/**
 * The stock card, read from the log itself: every movement of a stock is an event on its stream, carrying the
 * balance after it, so the ledger is the stream and no read model copies it (docs/ics.md, "The stock card").
 * - one stock (logical_guid and variant_id): its stream, from the token's revision;
 * - one hold (hold_id): the hold's movements as the holds projection lists them, each read from its stream;
 * - the org, or one facility or one variant: the org's movements in log order (the log's tenant index), the
 *   facility or variant filter applied to what is read, at most `scanBudget` events per request.
 * Deltas are each balance minus the one before it on the same stream (read when the page does not hold it).
 */
export class StockCardReader {
  constructor(private readonly sources: StockCardSources, private readonly scanBudget = STOCK_CARD_SCAN_BUDGET) {}

  page(org_guid: string, filter: StockCardFilter, limit: number, token?: string): Promise<StockCardPage> {
    if (filter.hold_id !== undefined) return this.holdPage(org_guid, filter, filter.hold_id, limit, token);
    if (filter.logical_guid !== undefined && filter.variant_id !== undefined) return this.stockPage(org_guid, filter, filter.logical_guid, filter.variant_id, limit, token);
    return this.ledgerPage(org_guid, filter, limit, token);
  }

  private async stockPage(org_guid: string, filter: StockCardFilter, logical_guid: string, variant_id: string, limit: number, token?: string): Promise<StockCardPage> {
    const from = token ? decodeStockCardToken(filter, token, 's').r : 0;
    // The event before the page (for the first line's deltas), the page, and one more to know whether one follows.
    const start = Math.max(0, from - 1);
    const events = (await this.sources.log.readStream(stockStream(org_guid, logical_guid, variant_id), { fromRevision: start, maxCount: limit + 1 + (from - start) })).filter((e) => isStockMovement(e.type));
    const items: StockCardEntry[] = [];
    let previous: Balance | null = null;
    for (const e of events) {
      if (e.revision >= from && items.length < limit) items.push(stockCardEntry(e, e.revision === 0 ? null : previous));
      previous = balanceOf(e);
    }
    const more = events.length > 0 && events[events.length - 1].revision >= from + limit;
    return { items, next_token: more ? encodeStockCardToken(filter, { k: 's', r: items[items.length - 1].revision + 1 }) : null };
  }

  private async holdPage(org_guid: string, filter: StockCardFilter, hold_id: string, limit: number, token?: string): Promise<StockCardPage> {
    const from = token ? decodeStockCardToken(filter, token, 'h').i : 0;
    const movements = (await this.sources.holdMovements(org_guid, hold_id)).filter((m) => sameStock(filter, m));
    const items: StockCardEntry[] = [];
    for (const m of movements.slice(from, from + limit)) {
      const start = Math.max(0, m.revision - 1);
      const events = await this.sources.log.readStream(stockStream(org_guid, m.logical_guid, m.variant_id), { fromRevision: start, maxCount: m.revision - start + 1 });
      const event = events.find((e) => e.revision === m.revision);
      if (!event || (event.data as { hold_id?: string }).hold_id !== hold_id) continue; // the log is the truth: never a line that is not there
      const before = events.find((e) => e.revision === m.revision - 1);
      items.push(stockCardEntry(event, before ? balanceOf(before) : null));
    }
    const next = from + limit;
    return { items, next_token: next < movements.length ? encodeStockCardToken(filter, { k: 'h', i: next }) : null };
  }

  private async ledgerPage(org_guid: string, filter: StockCardFilter, limit: number, token?: string): Promise<StockCardPage> {
    let after = token ? decodeStockCardToken(filter, token, 'l').a : 0;
    const wanted = (e: RecordedEvent) => isStockMovement(e.type) && sameStock(filter, e.data as unknown as MovementData);
    const found: RecordedEvent[] = [];
    let scanned = 0;
    let atEnd = false;
    // Until one line past the page is found (there is more), the log ends, or the scan budget is spent.
    while (found.length <= limit && scanned < this.scanBudget) {
      const size = filter.logical_guid === undefined && filter.variant_id === undefined ? limit + 1 - found.length : Math.min(1000, this.scanBudget - scanned);
      const page = await this.sources.log.readAll({ tenant: org_guid, typePrefixes: LEDGER_PREFIXES, after, limit: size });
      for (const e of page.events) {
        scanned++;
        if (wanted(e)) found.push(e);
        after = e.position;
        if (found.length > limit) break;
      }
      if (found.length > limit) break;
      after = Math.max(after, page.next);
      if (page.atEnd) {
        atEnd = true;
        break;
      }
    }
    const lines = found.slice(0, limit);
    const items = await this.withDeltas(lines);
    const next = found.length > limit ? lines[lines.length - 1].position : atEnd ? null : after;
    return { items, next_token: next === null ? null : encodeStockCardToken(filter, { k: 'l', a: next }) };
  }

  /** Lines of movements of any stocks, in log order: each one's previous balance from the page or its stream. */
  private async withDeltas(events: RecordedEvent[]): Promise<StockCardEntry[]> {
    const lastSeen = new Map<string, RecordedEvent>();
    const previousOf: Array<Balance | null | undefined> = events.map((e) => {
      const last = lastSeen.get(e.stream);
      lastSeen.set(e.stream, e);
      if (e.revision === 0) return null;
      return last && last.revision === e.revision - 1 ? balanceOf(last) : undefined;
    });
    await Promise.all(events.map(async (e, i) => {
      if (previousOf[i] !== undefined) return;
      const [before] = await this.sources.log.readStream(e.stream, { fromRevision: e.revision - 1, maxCount: 1 });
      previousOf[i] = before ? balanceOf(before) : null;
    }));
    return events.map((e, i) => stockCardEntry(e, previousOf[i] ?? null));
  }
}

/** The filter's facility and variant, where it names them, are the movement's. */
function sameStock(filter: StockCardFilter, m: { logical_guid: string; variant_id: string }): boolean {
  return (filter.logical_guid === undefined || m.logical_guid === filter.logical_guid) && (filter.variant_id === undefined || m.variant_id === filter.variant_id);
}

function balanceOf(e: RecordedEvent): Balance | null {
  return ((e.data as { balance?: Balance }).balance) ?? null;
}
