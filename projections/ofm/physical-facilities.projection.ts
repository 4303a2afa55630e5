import type { ProjectionDefinition } from '@g3n/es';
import { createdFields, RecordDoc, str, touched } from './facility-docs';

export const OFM_PHYSICAL_FACILITIES = 'ofm_physical_facilities';

export interface PhysicalFacilityDoc extends RecordDoc {
  physical_guid: string;
  code: string;
  caption: string;
  address: Record<string, string>;
  timezone: string | null;
}

/** Physical facilities by physical_guid; lists by org, status and code. */
export const ofmPhysicalFacilitiesProjection: ProjectionDefinition = {
  name: 'ofm.physical-facilities',
  version: 1,
  collections: [{ name: OFM_PHYSICAL_FACILITIES, indexes: [{ fields: ['org_guid', 'code'] }, { fields: ['org_guid', 'status', 'code'] }] }],
  handlers: {
    'ofm.physical-facility-created': (e, ctx) => {
      const d = e.data as Pick<PhysicalFacilityDoc, 'physical_guid' | 'org_guid' | 'code' | 'caption' | 'address' | 'timezone'>;
      ctx.put<PhysicalFacilityDoc>(OFM_PHYSICAL_FACILITIES, { _id: d.physical_guid, ...d, ...createdFields(e) });
    },
    'ofm.physical-facility-updated': (e, ctx) =>
      ctx.update<PhysicalFacilityDoc>(OFM_PHYSICAL_FACILITIES, str(e.data.physical_guid), (doc) => touched(doc, e, e.data.changes as Partial<PhysicalFacilityDoc>)),
    'ofm.physical-facility-status-changed': (e, ctx) =>
      ctx.update<PhysicalFacilityDoc>(OFM_PHYSICAL_FACILITIES, str(e.data.physical_guid), (doc) => touched(doc, e, { status: str(e.data.to) })),
  },
};
