import type { Allocation } from './loyalty.events';
import type { Lot } from './loyalty.state';

/**
 * Which lots pay for `points`: the preferred lots first (a reversal takes back from the lot it names), then the
 * soonest-expiring, never-expiring last, oldest first among equals. Returns negative allocations, or null when
 * the lots hold fewer points than asked.
 */
export function consumeLots(lots: Record<string, Lot>, points: number, prefer: string[] = []): Allocation[] | null {
  const order = Object.entries(lots)
    .filter(([, lot]) => lot.remaining > 0)
    .sort(([idA, a], [idB, b]) => {
      const pa = prefer.indexOf(idA), pb = prefer.indexOf(idB);
      if (pa !== pb) return (pa < 0 ? Infinity : pa) - (pb < 0 ? Infinity : pb);
      if (a.expires_at !== b.expires_at) {
        if (a.expires_at === null) return 1;
        if (b.expires_at === null) return -1;
        return a.expires_at < b.expires_at ? -1 : 1;
      }
      return a.seq - b.seq;
    });
  const allocations: Allocation[] = [];
  let left = points;
  for (const [lot_id, lot] of order) {
    if (left === 0) break;
    const take = Math.min(lot.remaining, left);
    allocations.push({ lot_id, points: -take });
    left -= take;
  }
  return left === 0 ? allocations : null;
}

/** The allocations that undo `allocations`: points go back to the lots they came from. */
export const inverse = (allocations: Allocation[]): Allocation[] => allocations.map((a) => ({ lot_id: a.lot_id, points: -a.points }));

/** What is left of lots whose expiry is at or before `asOf`. */
export function lapsedLots(lots: Record<string, Lot>, asOf: string): Allocation[] {
  return Object.entries(lots)
    .filter(([, lot]) => lot.remaining > 0 && lot.expires_at !== null && lot.expires_at <= asOf)
    .sort(([, a], [, b]) => a.seq - b.seq)
    .map(([lot_id, lot]) => ({ lot_id, points: -lot.remaining }));
}
