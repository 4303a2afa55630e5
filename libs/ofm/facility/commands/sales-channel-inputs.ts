import { canonicalLocale } from '../shared/facility-formats';
import type { LinkedLogical } from '../channel/sales-channel.decide';
import type { FacilityWrites } from './facility-writes';

/** Canonical BCP 47 forms (en-us → en-US), duplicates dropped, order kept. The DTO has already validated them. */
export function canonicalLocales(codes: string[]): string[] {
  return [...new Set(codes.map((c) => canonicalLocale(c) ?? c))];
}

/** The logical facility a channel names, as the decider needs it (undefined guid: no link). */
export async function linkedLogical(facilities: FacilityWrites, org: string, logicalGuid: string | undefined): Promise<LinkedLogical> {
  if (!logicalGuid) return null;
  const logical = await facilities.logical(org, logicalGuid);
  return logical ? { status: logical.status } : null;
}
