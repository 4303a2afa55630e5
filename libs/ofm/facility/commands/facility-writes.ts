import { Inject, Injectable } from '@nestjs/common';
import { Decider, DomainEvent, notFound } from '@g3n/es';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import { codeClaimDecider } from '../code-claim/code-claim.decide';
import type { ClaimScope } from '../code-claim/code-claim.events';
import { legalFacilityDecider } from '../legal/legal.decide';
import type { ParentFacilities } from '../logical/logical.decide';
import { logicalFacilityDecider } from '../logical/logical.decide';
import type { LogicalFacilityState } from '../logical/logical.state';
import { physicalFacilityDecider } from '../physical/physical.decide';
import { codeClaimStream, legalStream, logicalStream, physicalStream } from '../shared/streams';

/**
 * What the facility command handlers share: code claims, existence checks before pinned writes, and reading the
 * current state of the facilities a command depends on (from their streams, not the read models, so the check
 * sees every write already accepted).
 */
@Injectable()
export class FacilityWrites {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  /** Reserves `code` in `scope` for `owner`; 409 duplicate-code when another record holds it. */
  async claimCode(ctx: RequestContext, scope: ClaimScope, code: string, owner: string): Promise<void> {
    await this.writes.execute(ctx, {
      stream: codeClaimStream(ctx.org_guid, scope, code),
      decider: codeClaimDecider,
      command: { kind: 'claim', org_guid: ctx.org_guid, scope, code, owner_guid: owner },
    });
  }

  /**
   * The runner answers a stale expected_revision before the decider runs, so a guid that names nothing would get
   * 409 (current revision -1); callers want 404 for that.
   */
  async assertExists<S, E extends DomainEvent>(stream: string, decider: Decider<unknown, S, E>, minor: string): Promise<S> {
    const loaded = await this.runtime.commands.load(stream, decider);
    if (loaded.revision < 0) throw notFound(minor, 'Not found.');
    return loaded.state;
  }

  async parents(org: string, physicalGuid: string, legalGuid: string): Promise<ParentFacilities> {
    const [physical, legal] = await Promise.all([
      this.runtime.commands.load(physicalStream(org, physicalGuid), physicalFacilityDecider),
      this.runtime.commands.load(legalStream(org, legalGuid), legalFacilityDecider),
    ]);
    return {
      physical: physical.state.exists ? { status: physical.state.status } : null,
      legal: legal.state.exists ? { status: legal.state.status } : null,
    };
  }

  async logical(org: string, logicalGuid: string): Promise<LogicalFacilityState | null> {
    const loaded = await this.runtime.commands.load(logicalStream(org, logicalGuid), logicalFacilityDecider);
    return loaded.state.exists ? loaded.state : null;
  }
}

/** Why the write happens, from the request body, as plain JSON for the event metadata. */
export const why = (r: { reason?: string; source_refs?: Array<{ kind: string; id: string }> }) => ({
  reason: r.reason,
  sourceRefs: r.source_refs?.map(({ kind, id }) => ({ kind, id })),
});
