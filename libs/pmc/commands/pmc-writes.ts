import { Decider, DomainEvent, notFound, RevisionConflictError } from '@g3n/es';
import type { Runtime } from '@g3n/platform';

/** Why the write happens, from the request body, as plain JSON for the event metadata. */
export const why = (r: { reason?: string; source_refs?: Array<{ kind: string; id: string }> }) => ({
  reason: r.reason,
  sourceRefs: r.source_refs?.map(({ kind, id }) => ({ kind, id })),
});

/**
 * The current state of a record the caller pinned: 404 (with PMC's minor tag) when it does not exist, 409 when
 * expected_revision is stale. Handlers that do work before their own pinned write (a run step publishes
 * products first) call this so a stale or missing record is refused before anything is written.
 */
export async function loadPinned<S, E extends DomainEvent>(
  runtime: Runtime, stream: string, decider: Decider<unknown, S, E>, missing: string, expectedRevision?: number,
): Promise<S> {
  const loaded = await runtime.commands.load(stream, decider);
  if (loaded.revision < 0) throw notFound(missing, 'Not found.');
  if (expectedRevision !== undefined && loaded.revision !== expectedRevision) throw new RevisionConflictError(stream, expectedRevision, loaded.revision);
  return loaded.state;
}
