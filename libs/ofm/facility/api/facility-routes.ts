import type { Filter } from '@g3n/docstore';
import type { MajorTag } from '@g3n/es';
import { normaliseFacilityCode } from '../shared/facility-formats';

/** What every OFM facility-side route shares. */
export const OFM = 'ofm';
export const VIEW = ['ofm:view'];
export const MANAGE = ['ofm:manage'];

export type ErrorTags = Array<[MajorTag, string]>;
export const STATUS_ERRORS: ErrorTags = [['invalid-state', 'invalid-status']];

/** Case-insensitive code prefix filter (codes are stored upper case). */
export function codePrefix(prefix: string | undefined): Filter[string] | undefined {
  return prefix ? { $prefix: normaliseFacilityCode(prefix) } : undefined;
}
