import type { MajorTag } from '@g3n/es';

/** What every PMC route shares. */
export const PMC = 'pmc';
export const VIEW = ['pmc:view'];
/** Profiles, runs and online pointers are all publishing (the pmc_publish role profile). */
export const PUBLISH = ['pmc:publish'];

export type ErrorTags = Array<[MajorTag, string]>;
export const CHANNEL_ERRORS: ErrorTags = [['not-found', 'sales-channel-not-found'], ['invalid-state', 'sales-channel-inactive']];
