export { ACTIVE_MACHINE, ACTIVE_STATUSES, changedFields, statusChanges } from '@g3n/es';
export type { ActiveStatus, StatusMachine } from '@g3n/es';

/** JSON schema of a `<record>-status-changed` event. */
export const statusChangeSchema = (idField: string, statuses: readonly string[]) => ({
  type: 'object',
  required: [idField, 'from', 'to'],
  properties: { [idField]: { type: 'string' }, from: { type: 'string', enum: [...statuses] }, to: { type: 'string', enum: [...statuses] } },
});
