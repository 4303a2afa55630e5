import { invalidState } from '@g3n/es';

/** Facilities, zones and channels share one two-state machine: active ⇄ inactive. */
export type ActiveStatus = 'active' | 'inactive';
export const ACTIVE_STATUSES: ActiveStatus[] = ['active', 'inactive'];

/**
 * True when the status actually changes. Setting the current status again is a no-op (no event), so a retried
 * status call is harmless; anything outside the machine is refused.
 */
export function statusChanges(from: ActiveStatus, to: ActiveStatus): boolean {
  if (!ACTIVE_STATUSES.includes(to)) throw invalidState('invalid-status', `Unknown status ${to}.`, { allowed: ACTIVE_STATUSES });
  return from !== to;
}

/** Only the fields whose value differs from the current one (deep compare through JSON: values are plain). */
export function changedFields<T extends Record<string, unknown>>(current: T, patch: Partial<T>): Partial<T> {
  const out: Partial<T> = {};
  for (const [field, value] of Object.entries(patch) as Array<[keyof T, T[keyof T]]>) {
    if (value === undefined) continue;
    if (JSON.stringify(current[field] ?? null) !== JSON.stringify(value)) out[field] = value;
  }
  return out;
}
