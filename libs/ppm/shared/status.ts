import { ACTIVE_MACHINE, statusChanges as machineStatusChanges, type ActiveStatus } from '@g3n/es';

/** Price lists have the two-state machine active ⇄ inactive (inactive lists are skipped by resolve). */
export { ACTIVE_STATUSES, changedFields } from '@g3n/es';
export type { ActiveStatus } from '@g3n/es';

/** True when the status actually changes (setting it again is a no-op, no event); an unknown status is refused. */
export const statusChanges = (from: ActiveStatus, to: ActiveStatus): boolean => machineStatusChanges(ACTIVE_MACHINE, from, to);
