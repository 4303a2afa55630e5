import type { ProjectionDefinition } from '@g3n/es';
import { createdFields, RecordDoc, str, touched } from './facility-docs';

/** Read by the org spine (member ↔ logical assignments): keep the name and fields stable. */
export const OFM_LOGICAL_FACILITIES = 'ofm_logical_facilities';

export interface LogicalFacilityDoc extends RecordDoc {
  logical_guid: string;
  code: string;
  caption: string;
  physical_guid: string;
  legal_guid: string;
  root_zone_guid: string;
}

/** Logical facilities by logical_guid; lists by org, status, physical or legal facility, and code. */
export const ofmLogicalFacilitiesProjection: ProjectionDefinition = {
  name: 'ofm.logical-facilities',
  version: 1,
  collections: [{
    name: OFM_LOGICAL_FACILITIES,
    indexes: [
      { fields: ['org_guid', 'code'] },
      { fields: ['org_guid', 'status', 'code'] },
      { fields: ['org_guid', 'physical_guid', 'code'] },
      { fields: ['org_guid', 'legal_guid', 'code'] },
    ],
  }],
  handlers: {
    'ofm.logical-facility-created': (e, ctx) => {
      const d = e.data as Pick<LogicalFacilityDoc, 'logical_guid' | 'org_guid' | 'code' | 'caption' | 'physical_guid' | 'legal_guid' | 'root_zone_guid'>;
      ctx.put<LogicalFacilityDoc>(OFM_LOGICAL_FACILITIES, {
        _id: d.logical_guid, logical_guid: d.logical_guid, org_guid: d.org_guid, code: d.code, caption: d.caption,
        physical_guid: d.physical_guid, legal_guid: d.legal_guid, root_zone_guid: d.root_zone_guid, ...createdFields(e),
      });
    },
    'ofm.logical-facility-updated': (e, ctx) =>
      ctx.update<LogicalFacilityDoc>(OFM_LOGICAL_FACILITIES, str(e.data.logical_guid), (doc) => touched(doc, e, e.data.changes as Partial<LogicalFacilityDoc>)),
    'ofm.logical-facility-status-changed': (e, ctx) =>
      ctx.update<LogicalFacilityDoc>(OFM_LOGICAL_FACILITIES, str(e.data.logical_guid), (doc) => touched(doc, e, { status: str(e.data.to) })),
  },
};
