import type { MajorTag } from '@g3n/es';

/** What every PVM product route shares. */
export const PVM = 'pvm';
export const VIEW = ['pvm:view'];
export const MANAGE = ['pvm:manage'];

export type ErrorTags = Array<[MajorTag, string]>;
export const STATUS_ERRORS: ErrorTags = [['invalid-state', 'invalid-status'], ['invalid-state', 'invalid-status-transition']];
export const CHECK_DIGIT_ERRORS: ErrorTags = [['validation-error', 'invalid-check-digit'], ['validation-error', 'invalid-gtin']];
export const STYLE_GATE_ERRORS: ErrorTags = [
  ['validation-error', 'primary-vendor-not-listed'], ['validation-error', 'primary-manufacturer-not-listed'],
  ['not-found', 'category-not-found'], ['invalid-state', 'category-inactive'], ['not-found', 'vendor-not-found'], ['not-found', 'manufacturer-not-found'],
  ['invalid-state', 'vendor-not-verified'], ['invalid-state', 'manufacturer-not-verified'],
];
