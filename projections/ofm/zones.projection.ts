import type { ProjectionDefinition } from '@g3n/es';
import type { RecordedEvent } from '@g3n/eventlog';
import type { RecordDoc } from './facility-docs';
import { str } from './facility-docs';

export const OFM_ZONES = 'ofm_zones';

export interface ZoneDoc extends RecordDoc {
  zone_guid: string;
  logical_guid: string;
  parent_zone_guid: string | null;
  code: string;
  caption: string;
  is_root: boolean;
}

/**
 * Zones by zone_guid. A logical facility's zones share one stream (the tree), so a zone's `revision` is its own
 * event count − 1, not the stream revision: exactly what the zone tree decider checks expected_revision against.
 */
function bump(e: RecordedEvent, change: Partial<ZoneDoc>) {
  return (doc: ZoneDoc | null): ZoneDoc | undefined =>
    doc ? { ...doc, ...change, revision: doc.revision + 1, updated_at: e.metadata.occurred_at } : undefined;
}

export const ofmZonesProjection: ProjectionDefinition = {
  name: 'ofm.zones',
  version: 1,
  collections: [{
    name: OFM_ZONES,
    indexes: [{ fields: ['org_guid', 'logical_guid', 'code'] }, { fields: ['org_guid', 'logical_guid', 'parent_zone_guid', 'code'] }],
  }],
  handlers: {
    'ofm.zone-created': (e, ctx) => {
      const d = e.data as { zone_guid: string; org_guid: string; logical_guid: string; parent_zone_guid: string | null; code: string; caption: string };
      ctx.put<ZoneDoc>(OFM_ZONES, {
        _id: d.zone_guid, zone_guid: d.zone_guid, org_guid: d.org_guid, logical_guid: d.logical_guid, parent_zone_guid: d.parent_zone_guid,
        code: d.code, caption: d.caption, is_root: d.parent_zone_guid === null, status: 'active', revision: 0,
        created_at: e.metadata.occurred_at, updated_at: e.metadata.occurred_at,
      });
    },
    'ofm.zone-status-changed': (e, ctx) => ctx.update<ZoneDoc>(OFM_ZONES, str(e.data.zone_guid), bump(e, { status: str(e.data.to) })),
    'ofm.zone-moved': (e, ctx) => ctx.update<ZoneDoc>(OFM_ZONES, str(e.data.zone_guid), bump(e, { parent_zone_guid: str(e.data.to_parent_zone_guid) })),
  },
};
