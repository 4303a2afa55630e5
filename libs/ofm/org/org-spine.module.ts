// Orgs, owners, members and invites, teams, cost centres, service-account assignments and the org resolvers.
import type { EventDefinition } from '@g3n/es';
import { Global, Module } from '@nestjs/common';
import { ORG_DIRECTORY } from '@g3n/platform';
import { CostCentreController } from './api/cost-centre.controller';
import { MemberController } from './api/member.controller';
import { OrgController } from './api/org.controller';
import { OwnerController } from './api/owner.controller';
import { TeamController } from './api/team.controller';
import { AcceptMemberInviteHandler, CreateMemberInviteHandler, RevokeMemberInviteHandler } from './commands/member-invite.handlers';
import { MemberLogicalHandler, SetMemberStateHandler } from './commands/member.handlers';
import { ChangeOwnersHandler } from './commands/owner.handlers';
import { ServiceAccountLogicalHandler } from './commands/service-account.handlers';
import { ChangeTeamHandler, CreateTeamHandler } from './commands/team.handlers';
import { ListAssignmentsHandler, ListMemberInvitesHandler, ListMembersHandler, ListOwnersHandler, ResolveMemberHandler } from './queries/member.queries';
import { GetTeamHandler, ListTeamsHandler, TeamMembersHandler, TeamsByMemberHandler } from './queries/team.queries';
import { codeClaimEvents } from './code-claim/code-claim.events';
import { CreateOrgHandler } from './commands/create-org.handler';
import { CreateCostCentreHandler, SetCostCentreStatusHandler, UpdateCostCentreHandler } from './commands/cost-centre.handlers';
import { SetOrgStatusHandler, UpdateOrgHandler } from './commands/org.handlers';
import { costCentreEvents } from './cost-centre/cost-centre.events';
import { invitationEvents } from './invitation/invitation.events';
import { memberInviteEvents } from './member-invite/member-invite.events';
import { memberEvents } from './member/member.events';
import { ReadModelOrgDirectory } from './org-directory';
import { orgEvents } from './org/org.events';
import { GetCostCentreHandler, ListCostCentresHandler, ResolveCostCentreHandler } from './queries/cost-centre.queries';
import { GetOrgHandler, ListOrgsHandler } from './queries/org.queries';
import { saAssignmentEvents } from './service-account/sa-assignment.events';
import { teamEvents } from './team/team.events';

const commandHandlers = [
  CreateOrgHandler, UpdateOrgHandler, SetOrgStatusHandler,
  CreateCostCentreHandler, UpdateCostCentreHandler, SetCostCentreStatusHandler,
  ChangeOwnersHandler,
  CreateMemberInviteHandler, AcceptMemberInviteHandler, RevokeMemberInviteHandler, SetMemberStateHandler, MemberLogicalHandler,
  ServiceAccountLogicalHandler,
  CreateTeamHandler, ChangeTeamHandler,
];
const queryHandlers = [
  GetOrgHandler, ListOrgsHandler, GetCostCentreHandler, ListCostCentresHandler, ResolveCostCentreHandler,
  ListOwnersHandler, ListMembersHandler, ListMemberInvitesHandler, ListAssignmentsHandler, ResolveMemberHandler,
  GetTeamHandler, ListTeamsHandler, TeamMembersHandler, TeamsByMemberHandler,
];

/** Global: the platform guard needs ORG_DIRECTORY in every service module. */
@Global()
@Module({
  controllers: [OrgController, OwnerController, MemberController, TeamController, CostCentreController],
  providers: [...commandHandlers, ...queryHandlers, { provide: ORG_DIRECTORY, useClass: ReadModelOrgDirectory }],
  exports: [ORG_DIRECTORY],
})
export class OrgSpineModule {}

export const orgSpineEvents: EventDefinition[] = [
  ...invitationEvents, ...codeClaimEvents, ...orgEvents, ...costCentreEvents, ...memberInviteEvents, ...memberEvents, ...saAssignmentEvents, ...teamEvents,
];
