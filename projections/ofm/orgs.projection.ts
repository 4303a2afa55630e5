import type { Doc } from '@g3n/docstore';
import type { ProjectionDefinition } from '@g3n/es';
import { changed, created, dataOf, touched } from './record-fields';

export interface OrgDoc extends Doc {
  org_guid: string;
  orgcode: string;
  caption: string;
  legal_name: string | null;
  status: string;
  primary_owner_user_guid: string;
  secondary_owners: Array<{ user_guid: string; state: string }>;
  default_cc_guid: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

const ORGS = 'ofm_orgs';

/** One document per org (`_id` = org_guid): what the guard's org directory and /org/get read. */
export const ofmOrgsProjection: ProjectionDefinition = {
  name: 'ofm.orgs',
  version: 1,
  collections: [{ name: ORGS, indexes: [{ fields: ['orgcode'], unique: true }] }],
  handlers: {
    'ofm.org-created': (e, ctx) => {
      const d = dataOf(e);
      ctx.put<OrgDoc>(ORGS, {
        _id: d.org_guid, org_guid: d.org_guid, orgcode: d.orgcode, caption: d.caption, legal_name: d.legal_name, status: d.status,
        primary_owner_user_guid: d.primary_owner_user_guid, secondary_owners: [], default_cc_guid: d.default_cc_guid, ...created(e),
      });
    },
    'ofm.org-updated': (e, ctx) => ctx.update<OrgDoc>(ORGS, dataOf(e).org_guid, (o) => o && { ...o, ...changed(dataOf(e), ['caption', 'legal_name']), ...touched(e) }),
    'ofm.org-status-changed': (e, ctx) => ctx.update<OrgDoc>(ORGS, dataOf(e).org_guid, (o) => o && { ...o, status: dataOf(e).to, ...touched(e) }),
    'ofm.owner-primary-set': (e, ctx) =>
      ctx.update<OrgDoc>(ORGS, dataOf(e).org_guid, (o) => {
        if (!o) return o;
        const d = dataOf(e);
        const others = o.secondary_owners.filter((s) => s.user_guid !== d.user_guid);
        return { ...o, primary_owner_user_guid: d.user_guid, secondary_owners: [...others, { user_guid: d.previous_user_guid, state: 'active' }], ...touched(e) };
      }),
    'ofm.owner-secondary-added': (e, ctx) =>
      ctx.update<OrgDoc>(ORGS, dataOf(e).org_guid, (o) => o && { ...o, secondary_owners: [...o.secondary_owners, { user_guid: dataOf(e).user_guid, state: 'active' }], ...touched(e) }),
    'ofm.owner-secondary-removed': (e, ctx) =>
      ctx.update<OrgDoc>(ORGS, dataOf(e).org_guid, (o) => o && { ...o, secondary_owners: o.secondary_owners.filter((s) => s.user_guid !== dataOf(e).user_guid), ...touched(e) }),
    'ofm.owner-state-set': (e, ctx) =>
      ctx.update<OrgDoc>(ORGS, dataOf(e).org_guid, (o) => o && {
        ...o,
        secondary_owners: o.secondary_owners.map((s) => (s.user_guid === dataOf(e).user_guid ? { ...s, state: dataOf(e).state } : s)),
        ...touched(e),
      }),
  },
};
