import { Inject, Injectable } from '@nestjs/common';
import { Decider, DomainEvent, notFound } from '@g3n/es';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import { codeClaimDecider } from '../code-claim/code-claim.decide';
import { codeClaimStream } from '../shared/streams';

/**
 * What the catalog command handlers share: code claims, existence checks before pinned writes, and finding a record
 * by its code. All of it reads the log (streams), not read models, so a check sees every write already accepted.
 */
@Injectable()
export class CatalogWrites {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  /** Reserves `code` in `scope` for `owner`; 409 duplicate-code when another record holds it. */
  async claimCode(ctx: RequestContext, scope: string, code: string, owner: string): Promise<void> {
    await this.writes.execute(ctx, {
      stream: codeClaimStream(ctx.org_guid, scope, code),
      decider: codeClaimDecider,
      command: { kind: 'claim', org_guid: ctx.org_guid, scope, code, owner_id: owner },
    });
  }

  /** The id of the record holding `code` in `scope`, or null. */
  async ownerOf(org: string, scope: string, code: string): Promise<string | null> {
    return (await this.runtime.commands.load(codeClaimStream(org, scope, code), codeClaimDecider)).state.owner_id;
  }

  /** A stream's folded state, or null when nothing was ever written to it. */
  async load<S, E extends DomainEvent>(stream: string, decider: Decider<unknown, S, E>): Promise<S | null> {
    const loaded = await this.runtime.commands.load(stream, decider);
    return loaded.revision < 0 ? null : loaded.state;
  }

  /**
   * The runner answers a stale expected_revision before the decider runs, so an id that names nothing would get
   * 409 (current revision -1); callers want 404 for that.
   */
  async assertExists<S, E extends DomainEvent>(stream: string, decider: Decider<unknown, S, E>, minor: string, check?: (state: S) => boolean): Promise<S> {
    const state = await this.load(stream, decider);
    if (!state || (check && !check(state))) throw notFound(minor, 'Not found.');
    return state;
  }
}

/** Why the write happens, from the request body, as plain JSON for the event metadata. */
export const why = (r: { reason?: string; source_refs?: Array<{ kind: string; id: string }> }) => ({
  reason: r.reason,
  sourceRefs: r.source_refs?.map(({ kind, id }) => ({ kind, id })),
});
