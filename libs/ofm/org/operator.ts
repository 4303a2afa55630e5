// What the hosted product does with operator-only internal functions: issue org-creation invitations and move an
// org along its lifecycle (verify first of all). The `g3n operator` CLI and the test fixtures call these.
import { Consistency, notFound } from '@g3n/es';
import { PLATFORM_TENANT, streamName } from '@g3n/eventlog';
import { normalise, Runtime } from '@g3n/platform';
import type { OrgDoc } from '../../../projections/ofm/orgs.projection';
import { codeClaimDecider } from './code-claim/code-claim.decide';
import { invitationDecider } from './invitation/invitation.decide';
import type { OrgStatus } from './org/org.events';
import { orgDecider } from './org/org.decide';
import { randomCode } from './shared/codes';
import { view } from './shared/read-models';

export const DEFAULT_INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

export async function createInvitation(runtime: Runtime, options: { ttlMs?: number } = {}): Promise<{ invitation_code: string; expires_at: string }> {
  const invitation_code = randomCode('INV');
  const now = runtime.clock.now();
  const expires_at = new Date(now.getTime() + (options.ttlMs ?? DEFAULT_INVITATION_TTL_MS)).toISOString();
  await runtime.commands.execute({
    stream: streamName(PLATFORM_TENANT, 'ofm.invitation', invitation_code),
    decider: invitationDecider,
    command: { kind: 'issue', invitation_code, now: now.toISOString(), expires_at },
    context: { actor: 'operator', reason: 'invitation-issued' },
  });
  return { invitation_code, expires_at };
}

/** The org as the operator sees it after a change: the full record once the read model has it. */
export type OperatorOrgView = Partial<OrgDoc> & { org_guid: string; orgcode: string; status: string; revision: number };

/** Operator status change (`g3n operator org verify|status`): any transition of the org lifecycle, including verify. */
export async function setOrgStatus(
  runtime: Runtime,
  args: { orgcode: string; status: OrgStatus; reason?: string },
): Promise<{ org: OperatorOrgView; consistency: Consistency }> {
  const orgcode = normalise(args.orgcode);
  // The orgcode's claim stream, not a read model, names the org: the CLI may run where no projection is current.
  const claim = await runtime.commands.load(streamName(PLATFORM_TENANT, 'ofm.orgcode', orgcode), codeClaimDecider);
  const org_guid = claim.state.target_guid;
  if (!org_guid) throw notFound('org-not-found', `No org with orgcode ${orgcode}.`);
  const result = await runtime.commands.execute({
    stream: streamName(org_guid, 'ofm.org', org_guid),
    decider: orgDecider,
    command: { kind: 'set-status', to: args.status, by: 'operator' },
    context: { actor: 'operator', org_guid, orgcode, reason: args.reason ?? `operator-${args.status}` },
  });
  const consistency = await runtime.waiter.waitFor(result.position, result.events.map((e) => e.type), runtime.config.consistencyTimeoutMs);
  const doc = await runtime.readModels.collection<OrgDoc>('ofm_orgs').get(org_guid);
  return { org: doc && consistency === 'strong' ? (view(doc) as OperatorOrgView) : { org_guid, orgcode, status: result.state.status, revision: result.revision }, consistency };
}
