import { streamName } from '@g3n/eventlog';

/** Every CRM stream: `<org_guid>/crm.<aggregate>/<id>`. */
export const customerStream = (org: string, customerId: string) => streamName(org, 'crm.customer', customerId);
/** One claim per normalised email (by digest, so the address itself never names a stream). */
export const emailClaimStream = (org: string, emailDigest: string) => streamName(org, 'crm.customer-email', emailDigest);
/** The loyalty account of a customer: one stream, so every balance change is serialised. */
export const loyaltyStream = (org: string, customerId: string) => streamName(org, 'crm.loyalty', customerId);
/** One loyalty policy per org. */
export const policyStream = (org: string) => streamName(org, 'crm.loyalty-policy', org);
export const giftcardStream = (org: string, giftcardId: string) => streamName(org, 'crm.giftcard', giftcardId);
/** One claim per gift card code digest: two cards never share a code within an org. */
export const giftcardCodeStream = (org: string, codeDigest: string) => streamName(org, 'crm.giftcard-code', codeDigest);
