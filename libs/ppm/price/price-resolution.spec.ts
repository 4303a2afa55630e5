import type { PriceRecord } from './price.events';
import { ListInfo, resolveItem, ResolveContext } from './price-resolution';

let n = 0;
const price = (over: Partial<PriceRecord>): PriceRecord => ({
  price_id: `prc_${++n}`, org_guid: 'org1', variant_id: 'var_1', currency: 'USD', price_list_id: null, channel_code: null, logical_guid: null,
  uom_code: null, effective_from: null, effective_to: null, amount_minor: 1000, ...over,
});
const list = (over: Partial<ListInfo>): ListInfo => ({ price_list_id: 'pl_1', code: 'RETAIL', currency: 'USD', channel_codes: [], priority: 0, status: 'active', ...over });
const ctx: ResolveContext = { currency: 'USD', channel_code: 'web', logical_guid: 'log_1', at: '2026-03-01T00:00:00.000Z' };
const item = { variant_id: 'var_1', qty: 3, uom_code: null };
const lists = (...ls: ListInfo[]) => new Map(ls.map((l) => [l.price_list_id, l]));
const resolve = (prices: PriceRecord[], ls = lists(), c = ctx) => resolveItem(1, item, true, prices, ls, c);

describe('price resolution', () => {
  it('prices the base price and extends it by qty', () => {
    const base = price({ amount_minor: 1999 });
    expect(resolve([base])).toMatchObject({
      status: 'priced', rule: 'base', price_id: base.price_id, unit_price: { amount_minor: 1999, currency: 'USD' }, extended: { amount_minor: 5997, currency: 'USD' },
    });
  });

  it('prefers channel+logical over channel over logical over base', () => {
    const base = price({ amount_minor: 1 });
    const logical = price({ amount_minor: 2, logical_guid: 'log_1' });
    const channel = price({ amount_minor: 3, channel_code: 'web' });
    const both = price({ amount_minor: 4, channel_code: 'web', logical_guid: 'log_1' });
    expect(resolve([base, logical, channel, both]).rule).toBe('channel+logical');
    expect(resolve([base, logical, channel]).rule).toBe('channel');
    expect(resolve([base, logical]).rule).toBe('logical');
    expect(resolve([base, logical, channel, both], lists(), { ...ctx, channel_code: 'pos' }).rule).toBe('logical');
    expect(resolve([logical, channel, both], lists(), { ...ctx, channel_code: 'pos', logical_guid: 'log_2' })).toMatchObject({ status: 'no-price', rule: 'no-price', reason: 'no-applicable-price' });
  });

  it('honours effective windows: start inclusive, end exclusive, and a later start supersedes', () => {
    const old = price({ amount_minor: 1000 });
    const scheduled = price({ amount_minor: 900, effective_from: '2026-03-01T00:00:00.000Z' });
    const ended = price({ amount_minor: 500, channel_code: 'web', effective_to: '2026-03-01T00:00:00.000Z' });
    expect(resolve([old, scheduled, ended]).price_id).toBe(scheduled.price_id);
    expect(resolve([old, scheduled, ended], lists(), { ...ctx, at: '2026-02-28T23:59:59.999Z' }).price_id).toBe(ended.price_id);
  });

  it('takes the highest-priority active list that prices the item, before specificity, and the base prices last', () => {
    const regular = list({ price_list_id: 'pl_reg', code: 'REGULAR', priority: 10 });
    const sale = list({ price_list_id: 'pl_sale', code: 'SALE', priority: 50 });
    const base = price({ amount_minor: 1000, channel_code: 'web', logical_guid: 'log_1' });
    const reg = price({ amount_minor: 900, price_list_id: 'pl_reg', channel_code: 'web' });
    const onSale = price({ amount_minor: 700, price_list_id: 'pl_sale' });
    expect(resolve([base, reg, onSale], lists(regular, sale))).toMatchObject({ price_id: onSale.price_id, price_list_code: 'SALE', rule: 'base' });
    expect(resolve([base, reg, onSale], lists(regular, { ...sale, status: 'inactive' }))).toMatchObject({ price_id: reg.price_id, price_list_code: 'REGULAR', rule: 'channel' });
    expect(resolve([base, reg, onSale], lists(regular, { ...sale, channel_codes: ['pos'] })).price_id).toBe(reg.price_id);
    expect(resolve([base], lists(regular, sale))).toMatchObject({ price_id: base.price_id, price_list_id: null, price_list_code: null });
  });

  it('matches currency and unit exactly', () => {
    expect(resolve([price({ currency: 'EUR' })]).status).toBe('no-price');
    expect(resolve([price({ uom_code: 'CS12' })]).status).toBe('no-price');
    expect(resolveItem(1, { ...item, uom_code: 'CS12' }, true, [price({ uom_code: 'CS12', amount_minor: 11000 })], lists(), ctx).unit_price).toEqual({ amount_minor: 11000, currency: 'USD' });
  });

  it('answers variant-not-found per item instead of failing', () => {
    expect(resolveItem(2, item, false, [], lists(), ctx)).toMatchObject({ line_no: 2, status: 'no-price', rule: 'no-price', reason: 'variant-not-found', unit_price: null });
  });
});
