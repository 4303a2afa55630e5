import { given } from '@g3n/es';
import { giftcardCodeDecider, giftcardDecider as decider } from './giftcard.decide';
import type { GiftcardEvent } from './giftcard.events';

const issuedData = { giftcard_id: 'g1', org_guid: 'o1', code_digest: 'dig', code_last4: 'WXYZ', amount_minor: 5000, currency: 'USD', customer_id: null };
const issued: GiftcardEvent = { type: 'crm.giftcard-issued', data: issuedData };
const redeem = (redemption_id: string, amount_minor: number, extra: Partial<{ currency: string; customer_on_hold: boolean }> = {}) =>
  ({ kind: 'redeem' as const, redemption_id, amount_minor, currency: 'USD', customer_id: null, customer_on_hold: false, ...extra });
const redeemed = (id: string, amount: number, after: number): GiftcardEvent => ({
  type: 'crm.giftcard-redeemed', data: { giftcard_id: 'g1', redemption_id: id, amount_minor: amount, currency: 'USD', balance_after_minor: after, customer_id: null },
});

describe('gift card decider', () => {
  it('issues once', () => {
    given(decider, []).when({ kind: 'issue', ...issuedData }).then([issued]);
    given(decider, [issued]).when({ kind: 'issue', ...issuedData }).thenRejects('invalid-state', 'giftcard-exists');
  });

  it('redeems down to zero and never overdraws', () => {
    given(decider, [issued]).when(redeem('r1', 2000)).then([redeemed('r1', 2000, 3000)]);
    given(decider, [issued, redeemed('r1', 2000, 3000)]).when(redeem('r2', 3000)).then([redeemed('r2', 3000, 0)]);
    given(decider, [issued, redeemed('r1', 2000, 3000)]).when(redeem('r2', 3001)).thenRejects('invalid-state', 'insufficient-balance');
    given(decider, [issued, redeemed('r1', 2000, 3000)]).when(redeem('r1', 2000)).then([]);
  });

  it('refuses another currency, a held customer, and a missing card', () => {
    given(decider, [issued]).when(redeem('r1', 100, { currency: 'EUR' })).thenRejects('invalid-state', 'currency-mismatch');
    given(decider, [issued]).when(redeem('r1', 100, { customer_on_hold: true })).thenRejects('invalid-state', 'customer-on-hold');
    given(decider, []).when(redeem('r1', 100)).thenRejects('not-found', 'giftcard-not-found');
  });

  it('keeps codes unique per org', () => {
    const claimed = { type: 'crm.giftcard-code-claimed' as const, data: { code_digest: 'dig', giftcard_id: 'g1' } };
    given(giftcardCodeDecider, [claimed]).when({ kind: 'claim', code_digest: 'dig', giftcard_id: 'g2' }).thenRejects('conflict', 'duplicate-code');
  });
});
