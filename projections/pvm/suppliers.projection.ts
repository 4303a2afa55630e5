import type { ProjectionDefinition, ProjectionHandler } from '@g3n/es';
import { CatalogDoc, createdFields, dataOf, touched } from './catalog-docs';

/** Read by styles (PVM product) and purchasing: keep names and fields stable. */
export const PVM_VENDORS = 'pvm_vendors';
export const PVM_MANUFACTURERS = 'pvm_manufacturers';

export interface SupplierDoc extends CatalogDoc {
  caption: string;
  /** `vendor_id` on vendors, `manufacturer_id` on manufacturers (the same value as `_id`). */
  vendor_id?: string;
  manufacturer_id?: string;
}

function handlersFor(kind: 'vendor' | 'manufacturer', collection: string): Record<string, ProjectionHandler> {
  const idField = `${kind}_id`;
  return {
    [`pvm.${kind}-created`]: (e, ctx) => {
      const d = dataOf(e);
      ctx.put<SupplierDoc>(collection, { _id: d[idField], [idField]: d[idField], org_guid: d.org_guid, code: d.code, caption: d.caption, status: d.status, ...createdFields(e) });
    },
    [`pvm.${kind}-updated`]: (e, ctx) => ctx.update<SupplierDoc>(collection, dataOf(e)[idField], (doc) => touched(doc, e, dataOf(e).changes)),
    [`pvm.${kind}-status-changed`]: (e, ctx) => ctx.update<SupplierDoc>(collection, dataOf(e)[idField], (doc) => touched(doc, e, { status: dataOf(e).to })),
  };
}

/** Vendors and manufacturers by id; lists by org and code or status. */
export const pvmSuppliersProjection: ProjectionDefinition = {
  name: 'pvm.suppliers',
  version: 1,
  collections: [PVM_VENDORS, PVM_MANUFACTURERS].map((name) => ({ name, indexes: [{ fields: ['org_guid', 'code'] }, { fields: ['org_guid', 'status', 'code'] }] })),
  handlers: { ...handlersFor('vendor', PVM_VENDORS), ...handlersFor('manufacturer', PVM_MANUFACTURERS) },
};
