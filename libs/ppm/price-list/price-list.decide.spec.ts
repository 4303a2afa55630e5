import { given } from '@g3n/es';
import { priceListDecider as decider } from './price-list.decide';
import type { PriceListEvent } from './price-list.events';

const base = { price_list_id: 'pl_1', org_guid: 'org1', code: 'RETAIL', currency: 'USD', status: 'active' as const, caption: 'Retail', channel_codes: ['web'], priority: 10 };
const created: PriceListEvent = { type: 'ppm.price-list-created', data: base };

describe('price list decider', () => {
  it('creates a list once, with its channels de-duplicated and sorted', () => {
    given(decider, []).when({ kind: 'create', ...base, channel_codes: ['web', 'pos', 'web'] })
      .then([{ type: 'ppm.price-list-created', data: { ...base, channel_codes: ['pos', 'web'] } }]);
    given(decider, [created]).when({ kind: 'create', ...base }).thenRejects('invalid-state', 'price-list-exists');
  });

  it('records only what changed, and nothing when nothing did', () => {
    given(decider, [created]).when({ kind: 'update', changes: { caption: 'Retail', priority: 20 } })
      .then([{ type: 'ppm.price-list-updated', data: { price_list_id: 'pl_1', changes: { priority: 20 } } }]);
    given(decider, [created]).when({ kind: 'update', changes: { caption: 'Retail', channel_codes: ['web'] }, status: 'active', code: 'RETAIL', currency: 'USD' }).then([]);
  });

  it('deactivates and reactivates', () => {
    const off: PriceListEvent = { type: 'ppm.price-list-status-changed', data: { price_list_id: 'pl_1', from: 'active', to: 'inactive' } };
    given(decider, [created]).when({ kind: 'update', changes: {}, status: 'inactive' }).then([off]);
    given(decider, [created, off]).when({ kind: 'update', changes: {}, status: 'active' })
      .then([{ type: 'ppm.price-list-status-changed', data: { price_list_id: 'pl_1', from: 'inactive', to: 'active' } }]);
    given(decider, [created]).when({ kind: 'update', changes: {}, status: 'archived' as never }).thenRejects('invalid-state', 'invalid-status');
  });

  it('never changes code or currency', () => {
    given(decider, [created]).when({ kind: 'update', changes: {}, code: 'OTHER' }).thenRejects('validation-error', 'code-immutable');
    given(decider, [created]).when({ kind: 'update', changes: {}, currency: 'EUR' }).thenRejects('validation-error', 'currency-immutable');
  });

  it('refuses updating a list that does not exist', () => {
    given(decider, []).when({ kind: 'update', changes: { priority: 1 } }).thenRejects('not-found', 'price-list-not-found');
  });
});
