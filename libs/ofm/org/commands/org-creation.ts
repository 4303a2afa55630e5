import { CommandContext, DomainError } from '@g3n/es';
import { PLATFORM_TENANT, streamName } from '@g3n/eventlog';
import type { Runtime } from '@g3n/platform';
import { codeClaimDecider } from '../code-claim/code-claim.decide';
import { invitationDecider } from '../invitation/invitation.decide';
import { costCentreDecider } from '../cost-centre/cost-centre.decide';
import { orgDecider } from '../org/org.decide';

export interface OrgCreation {
  orgcode: string;
  invitation_code: string;
  user_guid: string;
  caption: string;
  legal_name: string | null;
  now: string;
  /** Fresh ids, used unless a retry of the same creation finds the ones it claimed before. */
  org_guid: string;
  cc_guid: string;
}

/**
 * Org creation touches four streams. The order is chosen so that nothing a client can read shows a half-made org:
 *   1. claim the orgcode (platform stream, 'no_stream' semantics through the decider): taken → 409 uniqueness-conflict;
 *   2. consume the invitation (platform stream): unknown → 404, expired/consumed → 409;
 *   3. append ofm.org-created (it carries the default cost centre's id): the org appears in ofm_orgs with it;
 *   4. claim the code DEFAULT in the org and create the default cost centre.
 * Steps 1–2 are checked against the current state before anything is appended, so an expired or used invitation
 * never burns the orgcode. If the process dies between appends, the same request by the same user resumes: the
 * claim answers with the org_guid it reserved, the invitation accepts its own consumption, and creation continues.
 */
export async function createOrgStreams(runtime: Runtime, base: CommandContext, c: OrgCreation): Promise<{ org_guid: string; cc_guid: string; appended: Array<{ position: number; types: string[] }> }> {
  const claimStream = streamName(PLATFORM_TENANT, 'ofm.orgcode', c.orgcode);
  const invitationStream = streamName(PLATFORM_TENANT, 'ofm.invitation', c.invitation_code);
  const claim = { kind: 'claim' as const, scope: 'orgcode' as const, code: c.orgcode, target_guid: c.org_guid, claimed_by: c.user_guid };

  const claimed = await runtime.commands.load(claimStream, codeClaimDecider);
  codeClaimDecider.decide(claim, claimed.state);
  const org_guid = claimed.state.target_guid ?? c.org_guid;
  const orgStream = streamName(org_guid, 'ofm.org', org_guid);
  const existing = await runtime.commands.load(orgStream, orgDecider);
  const cc_guid = existing.state.exists ? null : c.cc_guid;
  if (!cc_guid) throw new DomainError('conflict', 'uniqueness-conflict', `The code ${c.orgcode} is taken.`, { field: 'orgcode' });
  const consume = { kind: 'consume' as const, invitation_code: c.invitation_code, org_guid, user_guid: c.user_guid, now: c.now };
  invitationDecider.decide(consume, (await runtime.commands.load(invitationStream, invitationDecider)).state);

  const platform = { ...base, org_guid: undefined, orgcode: undefined };
  const tenant = { ...base, org_guid, orgcode: c.orgcode };
  const results = [
    await runtime.commands.execute({ stream: claimStream, decider: codeClaimDecider, command: { ...claim, target_guid: org_guid }, context: platform }),
    await runtime.commands.execute({ stream: invitationStream, decider: invitationDecider, command: consume, context: platform }),
    await runtime.commands.execute({
      stream: orgStream, decider: orgDecider, context: tenant,
      command: { kind: 'create', org_guid, orgcode: c.orgcode, caption: c.caption, legal_name: c.legal_name, owner_user_guid: c.user_guid, default_cc_guid: cc_guid },
    }),
    await runtime.commands.execute({
      stream: streamName(org_guid, 'ofm.cost-centre-code', 'DEFAULT'), decider: codeClaimDecider, context: tenant,
      command: { kind: 'claim', scope: 'cost-centre', code: 'DEFAULT', target_guid: cc_guid, claimed_by: c.user_guid },
    }),
    await runtime.commands.execute({
      stream: streamName(org_guid, 'ofm.cost-centre', cc_guid), decider: costCentreDecider, context: tenant,
      command: { kind: 'create', org_guid, cc_guid, code: 'DEFAULT', caption: 'Default', description: null, is_default: true },
    }),
  ];
  return { org_guid, cc_guid, appended: results.map((r) => ({ position: r.position, types: r.events.map((e) => e.type) })) };
}
