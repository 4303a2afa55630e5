import { invalidState } from '../errors';

/** A status machine: for each status, where it may go next. */
export type StatusMachine<S extends string> = Record<S, readonly S[]>;

/** The two-state machine of most catalogue and facility records: active ⇄ inactive. */
export type ActiveStatus = 'active' | 'inactive';
export const ACTIVE_MACHINE: StatusMachine<ActiveStatus> = { active: ['inactive'], inactive: ['active'] };
export const ACTIVE_STATUSES = Object.keys(ACTIVE_MACHINE) as ActiveStatus[];

/**
 * True when the status changes; false for setting the current status again (a harmless retry, no event).
 * An unknown status is 409 invalid-state `invalid-status`; a move the machine does not allow is
 * `invalid-status-transition`, naming what is allowed.
 */
export function statusChanges<S extends string>(machine: StatusMachine<S>, from: S, to: S): boolean {
  if (!Object.hasOwn(machine, to)) throw invalidState('invalid-status', `Unknown status ${to}.`, { allowed: Object.keys(machine) });
  if (from === to) return false;
  if (!machine[from].includes(to)) {
    throw invalidState('invalid-status-transition', `Cannot go from ${from} to ${to}.`, { from, to, allowed: machine[from] });
  }
  return true;
}

/** Only the fields of an update whose value differs from the current one (deep compare through JSON: values are plain). */
export function changedFields<T extends object>(current: T, patch: Partial<T>): Partial<T> {
  const out: Partial<T> = {};
  for (const [field, value] of Object.entries(patch) as Array<[keyof T, T[keyof T]]>) {
    if (value === undefined) continue;
    if (JSON.stringify(current[field] ?? null) !== JSON.stringify(value)) out[field] = value;
  }
  return out;
}
