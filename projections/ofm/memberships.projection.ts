import type { Doc } from '@g3n/docstore';
import type { ProjectionContext, ProjectionDefinition } from '@g3n/es';
import type { RecordedEvent } from '@g3n/eventlog';
import { dataOf } from './record-fields';

/**
 * One document per (org, user) who is or was an owner or a member: `_id` = `${org_guid}:${user_guid}`.
 * Owners come from the org stream, members from their member stream; a user can be both (a member later made a
 * secondary owner). `state` and `role_profiles` are what the user holds now, from both roles together.
 */
export interface MembershipDoc extends Doc {
  org_guid: string;
  user_guid: string;
  owner: boolean;
  owner_kind: 'primary' | 'secondary' | null;
  owner_state: 'active' | 'suspended' | null;
  member_state: 'active' | 'suspended' | 'removed' | null;
  member_role_profiles: string[];
  /** Effective: `owner` while an active owner, plus the member's profiles while an active member. */
  role_profiles: string[];
  state: 'active' | 'suspended' | 'removed';
  logical_guids: string[];
  /** The member stream's revision (expected_revision for /member/state/set); null for an owner who never joined as a member. */
  revision: number | null;
  created_at: string;
  updated_at: string;
}

const MEMBERSHIPS = 'ofm_memberships';

export function membershipId(orgGuid: string, userGuid: string): string {
  return `${orgGuid}:${userGuid}`;
}

function blank(org_guid: string, user_guid: string, at: string): MembershipDoc {
  return {
    _id: membershipId(org_guid, user_guid), org_guid, user_guid, owner: false, owner_kind: null, owner_state: null, member_state: null,
    member_role_profiles: [], role_profiles: [], state: 'removed', logical_guids: [], revision: null, created_at: at, updated_at: at,
  };
}

/** Recomputes the derived fields after any change. */
export function settle(doc: MembershipDoc): MembershipDoc {
  const ownerActive = doc.owner && doc.owner_state === 'active';
  const memberActive = doc.member_state === 'active';
  const role_profiles = [...(ownerActive ? ['owner'] : []), ...(memberActive ? doc.member_role_profiles : [])];
  const state = ownerActive || memberActive ? 'active' : doc.owner || doc.member_state === 'suspended' ? 'suspended' : 'removed';
  return { ...doc, role_profiles, state };
}

function change(e: RecordedEvent, ctx: ProjectionContext, userGuid: string, edit: (doc: MembershipDoc) => Partial<MembershipDoc>, memberStream = false) {
  const org = dataOf(e).org_guid as string;
  return ctx.update<MembershipDoc>(MEMBERSHIPS, membershipId(org, userGuid), (current) => {
    const doc = current ?? blank(org, userGuid, e.metadata.occurred_at);
    const next = { ...doc, ...edit(doc), updated_at: e.metadata.occurred_at, ...(memberStream ? { revision: e.revision } : {}) };
    return settle(next);
  });
}

const ownerFields = (kind: 'primary' | 'secondary' | null, state: 'active' | 'suspended' | null) => ({ owner: kind !== null, owner_kind: kind, owner_state: state });

export const ofmMembershipsProjection: ProjectionDefinition = {
  name: 'ofm.memberships',
  version: 1,
  collections: [{ name: MEMBERSHIPS, indexes: [{ fields: ['org_guid', 'created_at'] }, { fields: ['user_guid', 'state'] }] }],
  handlers: {
    'ofm.org-created': (e, ctx) => change(e, ctx, dataOf(e).primary_owner_user_guid, () => ownerFields('primary', 'active')),
    'ofm.owner-primary-set': async (e, ctx) => {
      await change(e, ctx, dataOf(e).previous_user_guid, () => ownerFields('secondary', 'active'));
      await change(e, ctx, dataOf(e).user_guid, () => ownerFields('primary', 'active'));
    },
    'ofm.owner-secondary-added': (e, ctx) => change(e, ctx, dataOf(e).user_guid, () => ownerFields('secondary', 'active')),
    'ofm.owner-secondary-removed': (e, ctx) => change(e, ctx, dataOf(e).user_guid, () => ownerFields(null, null)),
    'ofm.owner-state-set': (e, ctx) => change(e, ctx, dataOf(e).user_guid, (d) => ownerFields(d.owner_kind, dataOf(e).state)),
    'ofm.member-joined': (e, ctx) =>
      change(e, ctx, dataOf(e).user_guid, () => ({ member_state: 'active', member_role_profiles: dataOf(e).role_profiles, logical_guids: [] }), true),
    'ofm.member-state-set': (e, ctx) => change(e, ctx, dataOf(e).user_guid, () => ({ member_state: dataOf(e).state }), true),
    'ofm.member-logical-assigned': (e, ctx) =>
      change(e, ctx, dataOf(e).user_guid, (d) => ({ logical_guids: [...d.logical_guids.filter((l) => l !== dataOf(e).logical_guid), dataOf(e).logical_guid] }), true),
    'ofm.member-logical-detached': (e, ctx) =>
      change(e, ctx, dataOf(e).user_guid, (d) => ({ logical_guids: d.logical_guids.filter((l) => l !== dataOf(e).logical_guid) }), true),
  },
};
