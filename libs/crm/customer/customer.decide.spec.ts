import { given } from '@g3n/es';
import { customerDecider as decider } from './customer.decide';
import type { CustomerEvent } from './customer.events';
import { emailClaimDecider } from './email-claim.decide';

const profile = { email: 'jane@example.com', phone: '+15551234567', caption: 'Jane Doe', given_name: null, family_name: null, external_ref: null };
const created: CustomerEvent = { type: 'crm.customer-created', data: { customer_id: 'c1', org_guid: 'o1', ...profile } };
const now = '2026-01-01T00:00:00.000Z';
const consent = (granted: boolean, previous: boolean | null): CustomerEvent => ({
  type: 'crm.customer-consent-set', data: { customer_id: 'c1', purpose: 'marketing', channel: 'email', granted, previous, captured_at: now, capture_source: 'web' },
});
const placed: CustomerEvent = {
  type: 'crm.customer-hold-placed', data: { customer_id: 'c1', hold_id: 'h1', hold_kind: 'flag', flag_code: 'fraud_suspected', blocks: ['loyalty-redeem', 'giftcard-redeem'], note: null, placed_at: now },
};
const flagged: CustomerEvent = { type: 'crm.customer-flag-set', data: { customer_id: 'c1', flag_code: 'fraud_suspected', active: true, note: null } };

describe('customer decider', () => {
  it('creates once', () => {
    given(decider, []).when({ kind: 'create', customer_id: 'c1', org_guid: 'o1', ...profile }).then([created]);
    given(decider, [created]).when({ kind: 'create', customer_id: 'c1', org_guid: 'o1', ...profile }).thenRejects('invalid-state', 'customer-exists');
  });

  it('records consent changes with the value they replace, and ignores repeats', () => {
    const set = (granted: boolean) => ({ kind: 'set-consent' as const, purpose: 'marketing', channel: 'email', granted, capture_source: 'web', now });
    given(decider, [created]).when(set(true)).then([consent(true, null)]);
    given(decider, [created, consent(true, null)]).when(set(false)).then([consent(false, true)]);
    given(decider, [created, consent(true, null)]).when(set(true)).then([]);
  });

  it('refuses commands on a customer that does not exist', () => {
    given(decider, []).when({ kind: 'resolve-hold', hold_id: 'h1', resolution_note: null, now }).thenRejects('not-found', 'customer-not-found');
  });

  it('places a hold with a raised flag; resolves it once', () => {
    given(decider, [created]).when({ kind: 'set-flag', flag_code: 'fraud_suspected', active: true, note: null, hold_id: 'h1', now }).then([flagged, placed]);
    given(decider, [created, flagged]).when({ kind: 'set-flag', flag_code: 'fraud_suspected', active: true, note: null, hold_id: null, now }).then([]);
    const resolved: CustomerEvent = { type: 'crm.customer-hold-resolved', data: { customer_id: 'c1', hold_id: 'h1', resolution_note: 'verified', resolved_at: now } };
    given(decider, [created, flagged, placed]).when({ kind: 'resolve-hold', hold_id: 'h1', resolution_note: 'verified', now }).then([resolved]);
    given(decider, [created, flagged, placed, resolved]).when({ kind: 'resolve-hold', hold_id: 'h1', resolution_note: null, now }).thenRejects('invalid-state', 'hold-already-resolved');
    given(decider, [created]).when({ kind: 'resolve-hold', hold_id: 'nope', resolution_note: null, now }).thenRejects('not-found', 'hold-not-found');
  });
});

describe('customer email claim', () => {
  const claimed = { type: 'crm.customer-email-claimed' as const, data: { email_digest: 'd', customer_id: 'c1' } };
  it('gives an email to one customer and names it to the next', () => {
    given(emailClaimDecider, []).when({ kind: 'claim', email_digest: 'd', customer_id: 'c1' }).then([claimed]);
    given(emailClaimDecider, [claimed]).when({ kind: 'claim', email_digest: 'd', customer_id: 'c1' }).then([]);
    given(emailClaimDecider, [claimed]).when({ kind: 'claim', email_digest: 'd', customer_id: 'c2' }).thenRejects('conflict', 'duplicate-email');
  });
});
