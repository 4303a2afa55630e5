import { given } from '@g3n/es';
import { priceDecider as decider, priceScopeKey } from './price.decide';
import type { PriceEvent, PriceRecord } from './price.events';

const record: PriceRecord = {
  price_id: 'prc_1', org_guid: 'org1', variant_id: 'var_1', currency: 'USD', price_list_id: null, channel_code: null, logical_guid: null,
  uom_code: null, effective_from: null, amount_minor: 1999, effective_to: null,
};
const created: PriceEvent = { type: 'ppm.price-created', data: record };
const create = (over: Partial<PriceRecord> = {}, list: { currency: string; channel_codes: string[] } | null = null) => ({ kind: 'create' as const, ...record, ...over, list });

describe('price decider', () => {
  it('creates a base price', () => {
    given(decider, []).when(create()).then([created]);
    given(decider, [created]).when(create()).thenRejects('invalid-state', 'price-exists');
  });

  it('wants a whole, bounded amount and an end after the start', () => {
    given(decider, []).when(create({ amount_minor: 19.99 })).thenRejects('validation-error', 'invalid-amount');
    given(decider, []).when(create({ amount_minor: -1 })).thenRejects('validation-error', 'invalid-amount');
    given(decider, []).when(create({ effective_from: '2026-02-01T00:00:00.000Z', effective_to: '2026-01-01T00:00:00.000Z' }))
      .thenRejects('validation-error', 'invalid-effective-window');
  });

  it('keeps a list price coherent with its list: the list exists, same currency, a channel the list serves', () => {
    given(decider, []).when(create({ price_list_id: 'pl_1' }, null)).thenRejects('not-found', 'price-list-not-found');
    given(decider, []).when(create({ price_list_id: 'pl_1' }, { currency: 'EUR', channel_codes: [] })).thenRejects('validation-error', 'currency-mismatch');
    given(decider, []).when(create({ price_list_id: 'pl_1', channel_code: 'pos' }, { currency: 'USD', channel_codes: ['web'] }))
      .thenRejects('validation-error', 'channel-not-in-price-list');
    given(decider, []).when(create({ price_list_id: 'pl_1', channel_code: 'web' }, { currency: 'USD', channel_codes: ['web'] }))
      .then([{ type: 'ppm.price-created', data: { ...record, price_list_id: 'pl_1', channel_code: 'web' } }]);
  });

  it('changes amount and end, recording the previous terms', () => {
    given(decider, [created]).when({ kind: 'update', amount_minor: 1799, scope: { variant_id: 'var_1', currency: 'USD' } })
      .then([{ type: 'ppm.price-updated', data: { ...record, amount_minor: 1799, previous: { amount_minor: 1999, effective_to: null } } }]);
    given(decider, [created]).when({ kind: 'update', amount_minor: 1999, effective_to: null, scope: {} }).then([]);
  });

  it('never moves a price to another scope', () => {
    given(decider, [created]).when({ kind: 'update', amount_minor: 1, scope: { channel_code: 'web' } }).thenRejects('validation-error', 'price-scope-immutable');
    given(decider, []).when({ kind: 'update', amount_minor: 1, scope: {} }).thenRejects('not-found', 'price-not-found');
  });

  it('keys a scope with every field, wildcards included', () => {
    expect(priceScopeKey(record)).toBe('var_1|USD|*|*|*|*|*');
  });
});
