import type { MajorTag } from '@g3n/es';

/** What every PPM route shares. */
export const PPM = 'ppm';
export const VIEW = ['ppm:view'];
export const MANAGE = ['ppm:manage'];

export type ErrorTags = Array<[MajorTag, string]>;
/** `set` routes update when an id is sent: then expected_revision is required and checked. */
export const SET_REVISION_ERRORS: ErrorTags = [['expected-revision-required', 'expected-revision-required'], ['conflict', 'revision-mismatch'], ['validation-error', 'invalid-fields']];
