import { invalidState } from '@g3n/es';

/** Price lists have a two-state machine: active ⇄ inactive (inactive lists are skipped by resolve). */
export type ActiveStatus = 'active' | 'inactive';
export const ACTIVE_STATUSES: ActiveStatus[] = ['active', 'inactive'];

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
