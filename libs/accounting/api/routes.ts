import type { MajorTag } from '@g3n/es';

/** What every Accounting route shares: operator-only in the hosted product, here gated by accounting:* (owners pass). */
export const ACC = 'accounting';
export const VIEW = ['accounting:view'];
export const MANAGE = ['accounting:manage'];
export type ErrorTags = Array<[MajorTag, string]>;
