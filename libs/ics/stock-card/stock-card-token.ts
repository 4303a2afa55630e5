import { createHash } from 'crypto';
import { InvalidCursorError } from '@g3n/docstore';

/**
 * Where the next page of a stock card starts, by the path that serves it: the next revision of one stock's stream
 * (`s`), the next of a hold's movements (`h`), or the log position after which the org's ledger goes on (`l`).
 */
export type StockCardCursor = { k: 's'; r: number } | { k: 'h'; i: number } | { k: 'l'; a: number };

export interface StockCardFilter {
  logical_guid?: string;
  variant_id?: string;
  hold_id?: string;
}

/** A short digest of the filter, so a token is refused with any filter but the one that issued it. */
function filterKey(filter: StockCardFilter): string {
  return createHash('sha256').update(JSON.stringify([filter.logical_guid ?? null, filter.variant_id ?? null, filter.hold_id ?? null])).digest('base64url').slice(0, 12);
}

export function encodeStockCardToken(filter: StockCardFilter, cursor: StockCardCursor): string {
  return Buffer.from(JSON.stringify({ f: filterKey(filter), ...cursor })).toString('base64url');
}

/** The cursor of a token this list issued for this filter and path; anything else is InvalidCursorError (a 400). */
export function decodeStockCardToken<K extends StockCardCursor['k']>(filter: StockCardFilter, token: string, kind: K): Extract<StockCardCursor, { k: K }> {
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    throw new InvalidCursorError('next_token is not a stock card token');
  }
  if (parsed === null || typeof parsed !== 'object' || parsed.f !== filterKey(filter) || parsed.k !== kind) {
    throw new InvalidCursorError('next_token was issued for another stock card list');
  }
  const field = kind === 's' ? 'r' : kind === 'h' ? 'i' : 'a';
  const value = parsed[field];
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw new InvalidCursorError('next_token is not a stock card token');
  return { k: kind, [field]: value } as Extract<StockCardCursor, { k: K }>;
}
