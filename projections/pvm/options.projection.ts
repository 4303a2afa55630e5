import type { ProjectionDefinition } from '@g3n/es';
import { CatalogDoc, createdFields, dataOf, touched } from './catalog-docs';

/** Read by variants (selections) and styles: keep names and fields stable. */
export const PVM_OPTION_GROUPS = 'pvm_option_groups';
export const PVM_OPTIONS = 'pvm_options';

export interface OptionGroupDoc extends CatalogDoc {
  group_id: string;
  caption: string;
}

export interface OptionDoc extends CatalogDoc {
  option_id: string;
  group_id: string;
  group_code: string;
  caption: string;
}

/** Option groups by group_id, options by option_id (listed by org, group_code and code). */
export const pvmOptionsProjection: ProjectionDefinition = {
  name: 'pvm.options',
  version: 1,
  collections: [
    { name: PVM_OPTION_GROUPS, indexes: [{ fields: ['org_guid', 'code'] }] },
    { name: PVM_OPTIONS, indexes: [{ fields: ['org_guid', 'group_code', 'code'] }] },
  ],
  handlers: {
    'pvm.option-group-created': (e, ctx) => {
      const d = dataOf(e);
      ctx.put<OptionGroupDoc>(PVM_OPTION_GROUPS, { _id: d.group_id, group_id: d.group_id, org_guid: d.org_guid, code: d.code, caption: d.caption, status: 'active', ...createdFields(e) });
    },
    'pvm.option-group-updated': (e, ctx) => ctx.update<OptionGroupDoc>(PVM_OPTION_GROUPS, dataOf(e).group_id, (doc) => touched(doc, e, dataOf(e).changes)),
    'pvm.option-group-status-changed': (e, ctx) => ctx.update<OptionGroupDoc>(PVM_OPTION_GROUPS, dataOf(e).group_id, (doc) => touched(doc, e, { status: dataOf(e).to })),
    'pvm.option-created': (e, ctx) => {
      const d = dataOf(e);
      ctx.put<OptionDoc>(PVM_OPTIONS, {
        _id: d.option_id, option_id: d.option_id, org_guid: d.org_guid, group_id: d.group_id, group_code: d.group_code, code: d.code, caption: d.caption, status: 'active', ...createdFields(e),
      });
    },
    'pvm.option-updated': (e, ctx) => ctx.update<OptionDoc>(PVM_OPTIONS, dataOf(e).option_id, (doc) => touched(doc, e, dataOf(e).changes)),
    'pvm.option-status-changed': (e, ctx) => ctx.update<OptionDoc>(PVM_OPTIONS, dataOf(e).option_id, (doc) => touched(doc, e, { status: dataOf(e).to })),
  },
};
