import type { ProjectionDefinition } from '@g3n/es';
import { ofmCostCentresProjection } from './cost-centres.projection';
import { ofmLogicalAssignmentsProjection } from './logical-assignments.projection';
import { ofmMemberInvitesProjection } from './member-invites.projection';
import { ofmMembershipsProjection } from './memberships.projection';
import { ofmOrgsProjection } from './orgs.projection';
import { ofmTeamsProjection } from './teams.projection';

export const ofmOrgSpineProjections: ProjectionDefinition[] = [
  ofmOrgsProjection,
  ofmMembershipsProjection,
  ofmCostCentresProjection,
  ofmMemberInvitesProjection,
  ofmLogicalAssignmentsProjection,
  ofmTeamsProjection,
];
