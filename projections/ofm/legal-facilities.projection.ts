import type { ProjectionDefinition } from '@g3n/es';
import { createdFields, RecordDoc, str, touched } from './facility-docs';

export const OFM_LEGAL_FACILITIES = 'ofm_legal_facilities';

export interface LegalFacilityDoc extends RecordDoc {
  legal_guid: string;
  code: string;
  caption: string;
  legal_name: string | null;
  tax_id: string | null;
}

/** Legal facilities by legal_guid; lists by org, status and code. */
export const ofmLegalFacilitiesProjection: ProjectionDefinition = {
  name: 'ofm.legal-facilities',
  version: 1,
  collections: [{ name: OFM_LEGAL_FACILITIES, indexes: [{ fields: ['org_guid', 'code'] }, { fields: ['org_guid', 'status', 'code'] }] }],
  handlers: {
    'ofm.legal-facility-created': (e, ctx) => {
      const d = e.data as Pick<LegalFacilityDoc, 'legal_guid' | 'org_guid' | 'code' | 'caption' | 'legal_name' | 'tax_id'>;
      ctx.put<LegalFacilityDoc>(OFM_LEGAL_FACILITIES, { _id: d.legal_guid, ...d, ...createdFields(e) });
    },
    'ofm.legal-facility-updated': (e, ctx) =>
      ctx.update<LegalFacilityDoc>(OFM_LEGAL_FACILITIES, str(e.data.legal_guid), (doc) => touched(doc, e, e.data.changes as Partial<LegalFacilityDoc>)),
    'ofm.legal-facility-status-changed': (e, ctx) =>
      ctx.update<LegalFacilityDoc>(OFM_LEGAL_FACILITIES, str(e.data.legal_guid), (doc) => touched(doc, e, { status: str(e.data.to) })),
  },
};
