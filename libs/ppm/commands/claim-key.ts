import type { RequestContext, Writes } from '@g3n/platform';
import { codeClaimDecider } from '../code-claim/code-claim.decide';
import type { ClaimScope } from '../code-claim/code-claim.events';
import { codeClaimStream } from '../shared/streams';

/** Reserves `key` in `scope` for `owner`; 409 (duplicate-code / price-exists) when another record holds it. */
export async function claimKey(writes: Writes, ctx: RequestContext, scope: ClaimScope, key: string, owner: string): Promise<void> {
  await writes.execute(ctx, {
    stream: codeClaimStream(ctx.org_guid, scope, key),
    decider: codeClaimDecider,
    command: { kind: 'claim', org_guid: ctx.org_guid, scope, key, owner_id: owner },
  });
}
