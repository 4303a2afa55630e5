import type { Money } from '../shared/formats';
import type { PriceRecord } from './price.events';

/**
 * Price resolution, pure: given the prices of an item's variant and the org's price lists, which price applies
 * in a context (currency, channel, logical facility, instant) and why. See docs/ppm.md "Resolution".
 */

export type PriceRule = 'channel+logical' | 'channel' | 'logical' | 'base';

export interface ListInfo {
  price_list_id: string;
  code: string;
  currency: string;
  channel_codes: string[];
  priority: number;
  status: string;
}

export interface ResolveContext {
  currency: string;
  channel_code: string | null;
  logical_guid: string | null;
  /** ISO-8601 UTC instant the prices must be effective at. */
  at: string;
}

export interface ResolveItem {
  variant_id: string;
  qty: number;
  uom_code: string | null;
}

export interface ResolvedItem {
  line_no: number;
  variant_id: string;
  qty: number;
  uom_code: string | null;
  status: 'priced' | 'no-price';
  /** Which rule won; `no-price` when none applied. */
  rule: PriceRule | 'no-price';
  reason: 'variant-not-found' | 'no-applicable-price' | null;
  unit_price: Money | null;
  extended: Money | null;
  price_id: string | null;
  price_list_id: string | null;
  price_list_code: string | null;
  effective_from: string | null;
  effective_to: string | null;
}

/** Specificity: a price naming both channel and logical facility beats one naming either, which beats the base. */
export function ruleOf(price: Pick<PriceRecord, 'channel_code' | 'logical_guid'>): PriceRule {
  if (price.channel_code !== null && price.logical_guid !== null) return 'channel+logical';
  if (price.channel_code !== null) return 'channel';
  if (price.logical_guid !== null) return 'logical';
  return 'base';
}

const RANK: Record<PriceRule, number> = { 'channel+logical': 3, channel: 2, logical: 1, base: 0 };

/** Effective window: start inclusive, end exclusive; null ends are open. */
export const isEffective = (p: Pick<PriceRecord, 'effective_from' | 'effective_to'>, at: string): boolean =>
  (p.effective_from === null || p.effective_from <= at) && (p.effective_to === null || at < p.effective_to);

function listApplies(list: ListInfo | undefined, ctx: ResolveContext): boolean {
  if (!list || list.status !== 'active' || list.currency !== ctx.currency) return false;
  return list.channel_codes.length === 0 || (ctx.channel_code !== null && list.channel_codes.includes(ctx.channel_code));
}

function applies(p: PriceRecord, item: ResolveItem, ctx: ResolveContext): boolean {
  return p.variant_id === item.variant_id && p.currency === ctx.currency && p.uom_code === item.uom_code && isEffective(p, ctx.at)
    && (p.channel_code === null || p.channel_code === ctx.channel_code)
    && (p.logical_guid === null || p.logical_guid === ctx.logical_guid);
}

/** Tiers in the order they are tried: active lists by priority (high first, then code), the org's base prices last. */
function tierOrder(lists: Map<string, ListInfo>): Array<string | null> {
  const ordered = [...lists.values()].sort((a, b) => b.priority - a.priority || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return [...ordered.map((l) => l.price_list_id), null];
}

/** Within one tier: most specific rule, then the latest start (a scheduled change supersedes), then price_id. */
function better(a: PriceRecord, b: PriceRecord): boolean {
  const rank = RANK[ruleOf(a)] - RANK[ruleOf(b)];
  if (rank !== 0) return rank > 0;
  const fromA = a.effective_from ?? '';
  const fromB = b.effective_from ?? '';
  if (fromA !== fromB) return fromA > fromB;
  return a.price_id < b.price_id;
}

export function resolveItem(
  lineNo: number, item: ResolveItem, variantKnown: boolean, prices: PriceRecord[], lists: Map<string, ListInfo>, ctx: ResolveContext,
): ResolvedItem {
  const none: ResolvedItem = {
    line_no: lineNo, variant_id: item.variant_id, qty: item.qty, uom_code: item.uom_code, status: 'no-price', rule: 'no-price',
    reason: variantKnown ? 'no-applicable-price' : 'variant-not-found', unit_price: null, extended: null, price_id: null,
    price_list_id: null, price_list_code: null, effective_from: null, effective_to: null,
  };
  if (!variantKnown) return none;
  const candidates = prices.filter((p) => applies(p, item, ctx) && (p.price_list_id === null || listApplies(lists.get(p.price_list_id), ctx)));
  for (const tier of tierOrder(lists)) {
    let best: PriceRecord | null = null;
    for (const p of candidates) if (p.price_list_id === tier && (!best || better(p, best))) best = p;
    if (!best) continue;
    const list = tier === null ? null : lists.get(tier) ?? null;
    return {
      ...none, status: 'priced', rule: ruleOf(best), reason: null,
      unit_price: { amount_minor: best.amount_minor, currency: ctx.currency },
      extended: { amount_minor: best.amount_minor * item.qty, currency: ctx.currency },
      price_id: best.price_id, price_list_id: best.price_list_id, price_list_code: list?.code ?? null,
      effective_from: best.effective_from, effective_to: best.effective_to,
    };
  }
  return none;
}
