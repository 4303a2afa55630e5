import type { ProjectionDefinition } from '@g3n/es';
import { CatalogDoc, createdFields, dataOf, touched } from './catalog-docs';

/** Read by styles and variants (which pin ogm_id + ogm_rev): keep the name and fields stable. */
export const PVM_OGMS = 'pvm_ogms';

export interface OgmGroupDoc {
  group_code: string;
  priority: number;
}

export interface OgmDoc extends CatalogDoc {
  ogm_id: string;
  caption: string;
  /** The current content revision and its groups (sorted by priority). */
  ogm_rev: number;
  groups: OgmGroupDoc[];
  /** Every content revision, oldest first: a style pinned to an older ogm_rev finds its groups here. */
  revisions: Array<{ ogm_rev: number; groups: OgmGroupDoc[] }>;
  cloned_from: { ogm_id: string; ogm_rev: number } | null;
}

/** OGMs by ogm_id; lists by org and code or status. */
export const pvmOgmsProjection: ProjectionDefinition = {
  name: 'pvm.ogms',
  version: 1,
  collections: [{ name: PVM_OGMS, indexes: [{ fields: ['org_guid', 'code'] }, { fields: ['org_guid', 'status', 'code'] }] }],
  handlers: {
    'pvm.ogm-created': (e, ctx) => {
      const d = dataOf(e);
      ctx.put<OgmDoc>(PVM_OGMS, {
        _id: d.ogm_id, ogm_id: d.ogm_id, org_guid: d.org_guid, code: d.code, caption: d.caption, status: 'active', ogm_rev: d.ogm_rev, groups: d.groups,
        revisions: [{ ogm_rev: d.ogm_rev, groups: d.groups }], cloned_from: d.cloned_from ?? null, ...createdFields(e),
      });
    },
    'pvm.ogm-revised': (e, ctx) => ctx.update<OgmDoc>(PVM_OGMS, dataOf(e).ogm_id, (doc) => {
      const d = dataOf(e);
      // Idempotent under replay: a revision already listed is not added twice.
      const revisions = doc?.revisions.some((r) => r.ogm_rev === d.ogm_rev) ? doc.revisions : [...(doc?.revisions ?? []), { ogm_rev: d.ogm_rev, groups: d.groups }];
      return touched(doc, e, { ogm_rev: d.ogm_rev, groups: d.groups, revisions });
    }),
    'pvm.ogm-status-changed': (e, ctx) => ctx.update<OgmDoc>(PVM_OGMS, dataOf(e).ogm_id, (doc) => touched(doc, e, { status: dataOf(e).to })),
  },
};
