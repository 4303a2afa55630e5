import type { RecordedEvent } from '@g3n/eventlog';
import { isStockMovement, stockCardEntry } from './stock-card-entry';

const bal = (on_hand: number, reserved = 0) => ({ on_hand, reserved, allocated: 0, committed: 0, available: on_hand - reserved, quarantine: 0, damaged: 0 });
const event = (type: string, data: Record<string, unknown>, metadata: Record<string, unknown> = {}): RecordedEvent => ({
  type, stream: 'org1/ics.stock/log_1:var_1', revision: 3, position: 42, tenant: 'org1', recorded_at: '2026-01-01T00:00:00.000Z',
  data: { logical_guid: 'log_1', variant_id: 'var_1', ...data },
  metadata: { event_id: 'evt_1', org_guid: 'org1', actor: 'user:u1', occurred_at: '2026-01-01T00:00:00.000Z', schema_version: 1, ...metadata },
});

describe('stockCardEntry: one movement as a card line', () => {
  it('states only the buckets that moved, against the balance before it', () => {
    const line = stockCardEntry(event('ics.stock-reserved', { hold_id: 'h1', qty: 2, balance: bal(5, 2) }), bal(5));
    expect(line).toEqual({
      org_guid: 'org1', logical_guid: 'log_1', variant_id: 'var_1', revision: 3, position: 42, movement: 'reserved', event_type: 'ics.stock-reserved',
      deltas: { reserved: 2, available: -2 }, balance: bal(5, 2), qty: 2, hold_id: 'h1', source: { kind: 'api' }, reason: null, actor: 'user:u1', occurred_at: '2026-01-01T00:00:00.000Z',
    });
  });

  it('a first movement counts from zero; an adjustment\'s qty is its qty_delta and its reason the request\'s', () => {
    const line = stockCardEntry(event('ics.stock-adjusted', { qty_delta: -1, balance: bal(4) }, { reason: 'cycle count' }), null);
    expect(line).toMatchObject({ deltas: { on_hand: 4, available: 4 }, qty: -1, reason: 'cycle count', hold_id: null });
  });

  it('a refused request says why (its own reason before the request\'s) and moves nothing', () => {
    const line = stockCardEntry(event('ics.stock-request-refused', { hold_id: 'h2', qty: 1, reason: 'insufficient-stock', source: { kind: 'order', order_id: 'o1' }, balance: bal(1) }, { reason: 'ignored' }), bal(1));
    expect(line).toMatchObject({ movement: 'request-refused', deltas: {}, reason: 'insufficient-stock', source: { kind: 'order', order_id: 'o1' } });
  });

  it('knows which ics.stock- types are movements', () => {
    expect(isStockMovement('ics.stock-shipped')).toBe(true);
    expect(isStockMovement('ics.stock-policy-set')).toBe(false);
  });
});
