import type { DomainEvent } from '@g3n/es';
import { notFound } from '@g3n/es';
import type { RequestContext, Runtime, WriteArgs, Writes } from '@g3n/platform';
import { view } from './read-models';

/**
 * The common tail of an OFM write: run the decider through Writes (which waits for the read models), then answer
 * the record as its read model now shows it, under `key` (`{ team: {...} }`).
 */
export async function writeThenRead<C, S, E extends DomainEvent>(
  deps: { writes: Writes; runtime: Runtime },
  ctx: RequestContext,
  args: WriteArgs<C, S, E>,
  read: { collection: string; id: string; key: string; what?: string },
): Promise<Record<string, unknown>> {
  if (args.expectedRevision !== undefined) {
    // An unknown (or another org's) record is a 404, not a revision conflict against a stream that does not exist.
    sameOrg(await deps.runtime.readModels.collection(read.collection).get(read.id), ctx.org_guid, read.what ?? read.key.replace(/_/g, '-'));
  }
  await deps.writes.execute(ctx, args);
  const doc = await deps.runtime.readModels.collection(read.collection).get(read.id);
  if (!doc) throw notFound('not-found', 'Not found.');
  return { [read.key]: view(doc) };
}

/** Decider commands for tenant records must name a record of the request's org: anything else reads as 404. */
export function sameOrg<T extends object>(doc: T | null | undefined, orgGuid: string, what: string): asserts doc {
  if (!doc || (doc as { org_guid?: unknown }).org_guid !== orgGuid) throw notFound(`${what}-not-found`, `No such ${what.replace(/-/g, ' ')} in this org.`);
}

