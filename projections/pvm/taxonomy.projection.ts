import type { ProjectionDefinition, ProjectionHandler } from '@g3n/es';
import { CatalogDoc, createdFields, dataOf, touched } from './catalog-docs';

/** Read by styles (category_id) and merchandising: keep the name and fields stable. */
export const PVM_TAXONOMY = 'pvm_taxonomy';

export type TaxonomyKind = 'division' | 'department' | 'category' | 'season';

export interface TaxonomyDoc extends CatalogDoc {
  kind: TaxonomyKind;
  caption: string;
  parent_id: string | null;
  /** `<kind>_id` (division_id, department_id, category_id or season_id) holds the same value as `_id`. */
  [idField: `${string}_id`]: unknown;
}

function handlersFor(kind: TaxonomyKind): Record<string, ProjectionHandler> {
  const idField = `${kind}_id`;
  return {
    [`pvm.${kind}-created`]: (e, ctx) => {
      const d = dataOf(e);
      ctx.put(PVM_TAXONOMY, {
        _id: d[idField], [idField]: d[idField], kind, org_guid: d.org_guid, code: d.code, caption: d.caption, parent_id: d.parent_id ?? null, status: 'active', ...createdFields(e),
      });
    },
    [`pvm.${kind}-updated`]: (e, ctx) => ctx.update<TaxonomyDoc>(PVM_TAXONOMY, dataOf(e)[idField], (doc) => touched(doc, e, dataOf(e).changes)),
    [`pvm.${kind}-status-changed`]: (e, ctx) => ctx.update<TaxonomyDoc>(PVM_TAXONOMY, dataOf(e)[idField], (doc) => touched(doc, e, { status: dataOf(e).to })),
  };
}

/** Divisions, departments, categories and seasons in one collection, told apart by `kind`. */
export const pvmTaxonomyProjection: ProjectionDefinition = {
  name: 'pvm.taxonomy',
  version: 1,
  collections: [{
    name: PVM_TAXONOMY,
    indexes: [{ fields: ['org_guid', 'kind', 'code'] }, { fields: ['org_guid', 'kind', 'status', 'code'] }, { fields: ['org_guid', 'parent_id', 'code'] }],
  }],
  handlers: Object.assign({}, ...(['division', 'department', 'category', 'season'] as const).map(handlersFor)),
};
