// Orgs, owners, members and invites, teams, cost centres, service-account assignments and the org resolvers.
import type { EventDefinition } from '@g3n/es';
import { Module } from '@nestjs/common';

@Module({})
export class OrgSpineModule {}

export const orgSpineEvents: EventDefinition[] = [];
