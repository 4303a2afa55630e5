import type { MajorTag } from '@g3n/es';

/** What every ICS route shares. */
export const ICS = 'ics';
export const VIEW = ['ics:view'];
export const MANAGE = ['ics:manage'];

export type ErrorTags = Array<[MajorTag, string]>;
export const TARGET_ERRORS: ErrorTags = [['not-found', 'logical-facility-not-found'], ['invalid-state', 'logical-facility-inactive'], ['not-found', 'variant-not-found']];
export const STOCK_ERRORS: ErrorTags = [...TARGET_ERRORS, ['invalid-state', 'insufficient-stock']];
