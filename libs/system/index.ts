// The composition root: every event definition and projection the system runs. Services register here as they land.
import type { EventDefinition } from '@g3n/es';
export { allProjections } from '@g3n/projections';

export const allEvents: EventDefinition[] = [];
