import type { MajorTag } from '@g3n/es';

/** What every PVM catalog route shares. */
export const PVM = 'pvm';
export const VIEW = ['pvm:view'];
export const MANAGE = ['pvm:manage'];

export type ErrorTags = Array<[MajorTag, string]>;
export const STATUS_ERRORS: ErrorTags = [['invalid-state', 'invalid-status'], ['invalid-state', 'invalid-status-transition']];
export const CODE_ERRORS: ErrorTags = [['conflict', 'duplicate-code'], ['validation-error', 'invalid-code']];
