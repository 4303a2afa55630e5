import type { ProjectionDefinition } from '@g3n/es';
import { createdFields, dataOf, PpmRecordDoc, touched } from './record-fields';

export const PPM_UOMS = 'ppm_uoms';

export interface UomDoc extends PpmRecordDoc {
  /** The unit's code: its identity within the org (prices name it as uom_code). */
  code: string;
  caption: string;
  base_uom: string | null;
  factor: number;
}

/** Units are keyed by code within an org; the collection spans orgs, so the document id carries the org. */
export const uomDocId = (orgGuid: string, uomCode: string): string => `${orgGuid}:${uomCode}`;

export const ppmUomsProjection: ProjectionDefinition = {
  name: 'ppm.uoms',
  version: 1,
  collections: [{ name: PPM_UOMS, indexes: [{ fields: ['org_guid', 'code'] }, { fields: ['org_guid', 'base_uom', 'code'] }] }],
  handlers: {
    'ppm.uom-created': (e, ctx) => {
      const d = dataOf(e);
      ctx.put<UomDoc>(PPM_UOMS, {
        _id: uomDocId(d.org_guid, d.uom_code), org_guid: d.org_guid, code: d.uom_code, caption: d.caption, base_uom: d.base_uom, factor: d.factor, ...createdFields(e),
      });
    },
    'ppm.uom-updated': (e, ctx) => {
      const d = dataOf(e);
      return ctx.update<UomDoc>(PPM_UOMS, uomDocId(d.org_guid, d.uom_code), (doc) => touched(doc, e, d.changes));
    },
  },
};
