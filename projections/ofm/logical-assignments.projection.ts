import type { Doc } from '@g3n/docstore';
import type { ProjectionDefinition } from '@g3n/es';
import type { RecordedEvent } from '@g3n/eventlog';
import { dataOf } from './record-fields';

/** One document per (principal, logical facility) assignment, for members and service accounts alike. */
export interface LogicalAssignmentDoc extends Doc {
  org_guid: string;
  principal_kind: 'member' | 'service_account';
  user_guid: string | null;
  service_account_id: string | null;
  logical_guid: string;
  assigned_at: string;
}

const ASSIGNMENTS = 'ofm_logical_assignments';

function idOf(e: RecordedEvent, kind: 'member' | 'service_account'): string {
  const d = dataOf(e);
  return `${d.org_guid}:${kind}:${kind === 'member' ? d.user_guid : d.service_account_id}:${d.logical_guid}`;
}

function assigned(kind: 'member' | 'service_account') {
  return (e: RecordedEvent, ctx: { put: (c: string, d: LogicalAssignmentDoc) => void }) => {
    const d = dataOf(e);
    ctx.put(ASSIGNMENTS, {
      _id: idOf(e, kind), org_guid: d.org_guid, principal_kind: kind, user_guid: d.user_guid ?? null, service_account_id: d.service_account_id ?? null,
      logical_guid: d.logical_guid, assigned_at: e.metadata.occurred_at,
    });
  };
}

export const ofmLogicalAssignmentsProjection: ProjectionDefinition = {
  name: 'ofm.logical-assignments',
  version: 1,
  collections: [{ name: ASSIGNMENTS, indexes: [{ fields: ['org_guid', 'principal_kind', 'assigned_at'] }, { fields: ['org_guid', 'logical_guid'] }] }],
  handlers: {
    'ofm.member-logical-assigned': assigned('member'),
    'ofm.member-logical-detached': (e, ctx) => ctx.delete(ASSIGNMENTS, idOf(e, 'member')),
    'ofm.service-account-logical-assigned': assigned('service_account'),
    'ofm.service-account-logical-detached': (e, ctx) => ctx.delete(ASSIGNMENTS, idOf(e, 'service_account')),
  },
};
