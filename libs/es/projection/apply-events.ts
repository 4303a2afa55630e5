import type { RecordedEvent } from '@g3n/eventlog';
import type { ProjectionContext } from './projection-context';
import { handlerFor, ProjectionDefinition } from './projection-definition';

/** Feeds events through a projection's handlers in log order. Shared by the live runner, rebuild and verify. */
export async function applyEvents(definition: ProjectionDefinition, events: RecordedEvent[], ctx: ProjectionContext): Promise<void> {
  for (const event of events) {
    const handler = handlerFor(definition, event.type);
    if (!handler) continue;
    ctx.position = event.position;
    await handler(event, ctx);
  }
}
