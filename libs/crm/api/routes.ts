import type { MajorTag } from '@g3n/es';

/** What every CRM route shares: the service code and the permission families (roles.ts). */
export const CRM = 'crm';
export const VIEW = ['crm:view'];
export const MANAGE = ['crm:manage'];
export const PRIVACY = ['crm:privacy'];
export const LOYALTY = ['crm:loyalty'];
export const GIFTCARD = ['crm:giftcard'];

export type ErrorTags = Array<[MajorTag, string]>;
export const CUSTOMER_MISSING = 'customer-not-found';
export const HOLD_ERRORS: ErrorTags = [['invalid-state', 'customer-on-hold']];
