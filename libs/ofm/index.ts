// OFM owns orgs and their spine: owners, members, teams, cost centres, facilities, zones and sales channels.
import type { EventDefinition } from '@g3n/es';
import { Module } from '@nestjs/common';
import { OrgSpineModule, orgSpineEvents } from './org/org-spine.module';
import { FacilitiesModule, facilityEvents } from './facility/facilities.module';

@Module({ imports: [OrgSpineModule, FacilitiesModule] })
export class OfmModule {}

export const ofmEvents: EventDefinition[] = [...orgSpineEvents, ...facilityEvents];
export { createInvitation, setOrgStatus, DEFAULT_INVITATION_TTL_MS } from './org/operator';
