import type { MajorTag } from '@g3n/es';

/** What every IPM feed route shares: reads need `ipm:view`, writes `ipm:manage` (integration_view / _admin). */
export const IPM = 'ipm';
export const VIEW = ['ipm:view'];
export const MANAGE = ['ipm:manage'];

export type ErrorTags = Array<[MajorTag, string]>;
