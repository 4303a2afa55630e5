// Teams: named groups of members (`<org_guid>/ofm.team/<team_guid>`); the code is claimed per org.
import { defineEvent, DomainEvent } from '@g3n/es';
import { nullableStr, object, str } from '../shared/schema';

export type TeamStatus = 'active' | 'inactive';
type Ids = { org_guid: string; team_guid: string };
export type TeamCreated = DomainEvent<'ofm.team-created', Ids & { code: string; caption: string; description: string | null }>;
export type TeamUpdated = DomainEvent<'ofm.team-updated', Ids & { caption?: string; description?: string | null }>;
export type TeamStatusSet = DomainEvent<'ofm.team-status-set', Ids & { from: TeamStatus; status: TeamStatus }>;
export type TeamMemberAdded = DomainEvent<'ofm.team-member-added', Ids & { user_guid: string }>;
export type TeamMemberRemoved = DomainEvent<'ofm.team-member-removed', Ids & { user_guid: string }>;
export type TeamEvent = TeamCreated | TeamUpdated | TeamStatusSet | TeamMemberAdded | TeamMemberRemoved;

const stream = '<org_guid>/ofm.team/<team_guid>';
const status = { type: 'string', enum: ['active', 'inactive'] };

export const teamEvents = [
  defineEvent({ type: 'ofm.team-created', version: 1, stream, description: 'A team was created.', schema: object({ org_guid: str, team_guid: str, code: str, caption: str, description: nullableStr }) }),
  defineEvent({
    type: 'ofm.team-updated', version: 1, stream, description: 'A team\'s caption or description changed (only changed fields are present).',
    schema: object({ org_guid: str, team_guid: str, caption: str, description: nullableStr }, ['org_guid', 'team_guid']),
  }),
  defineEvent({ type: 'ofm.team-status-set', version: 1, stream, description: 'A team was deactivated or reactivated.', schema: object({ org_guid: str, team_guid: str, from: status, status }) }),
  defineEvent({ type: 'ofm.team-member-added', version: 1, stream, description: 'A member joined a team.', schema: object({ org_guid: str, team_guid: str, user_guid: str }) }),
  defineEvent({ type: 'ofm.team-member-removed', version: 1, stream, description: 'A member left a team.', schema: object({ org_guid: str, team_guid: str, user_guid: str }) }),
];
