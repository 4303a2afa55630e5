import type { Doc } from '@g3n/docstore';
import type { ProjectionDefinition } from '@g3n/es';
import { createdFields, dataOf, PVM_STYLES } from './product-docs';

/** The contract other services (PMC, PPM, …) read: see the shared commerce conventions. */
export interface StyleDoc extends Doc {
  style_id: string;
  org_guid: string;
  code: string;
  caption: string;
  description: string | null;
  category_id: string;
  brand_id: string | null;
  status: string;
  ogm_id: string;
  ogm_rev: number;
  vendor_ids: string[];
  manufacturer_ids: string[];
  primary_vendor_id: string;
  primary_manufacturer_id: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

/** Styles by style_id; found by org + code (resolve/code), category or status. */
export const pvmStylesProjection: ProjectionDefinition = {
  name: 'pvm.styles',
  version: 1,
  collections: [{
    name: PVM_STYLES,
    indexes: [{ fields: ['org_guid', 'code'] }, { fields: ['org_guid', 'status', 'code'] }, { fields: ['org_guid', 'category_id', 'code'] }],
  }],
  handlers: {
    'pvm.style-created': (e, ctx) => {
      const { style_id, org_guid, code, caption, description, category_id, brand_id, ogm_id, ogm_rev, vendor_ids, manufacturer_ids, primary_vendor_id, primary_manufacturer_id } = dataOf(e);
      ctx.put<StyleDoc>(PVM_STYLES, {
        _id: style_id, style_id, org_guid, code, caption, description, category_id, brand_id, status: 'active', ogm_id, ogm_rev,
        vendor_ids, manufacturer_ids, primary_vendor_id, primary_manufacturer_id, ...createdFields(e),
      });
    },
    'pvm.style-updated': (e, ctx) => ctx.update<StyleDoc>(PVM_STYLES, dataOf(e).style_id, (doc) =>
      doc ? { ...doc, ...dataOf(e).changes, revision: e.revision, updated_at: e.metadata.occurred_at } : undefined),
    'pvm.style-status-changed': (e, ctx) => ctx.update<StyleDoc>(PVM_STYLES, dataOf(e).style_id, (doc) =>
      doc ? { ...doc, status: dataOf(e).to, revision: e.revision, updated_at: e.metadata.occurred_at } : undefined),
  },
};
