import type { Doc } from '@g3n/docstore';
import type { ProjectionDefinition } from '@g3n/es';
import { changed, created, dataOf, touched } from './record-fields';

export interface CostCentreDoc extends Doc {
  org_guid: string;
  cc_guid: string;
  code: string;
  caption: string;
  description: string | null;
  status: string;
  is_default: boolean;
  revision: number;
  created_at: string;
  updated_at: string;
}

const CCS = 'ofm_cost_centres';

export const ofmCostCentresProjection: ProjectionDefinition = {
  name: 'ofm.cost-centres',
  version: 1,
  collections: [{ name: CCS, indexes: [{ fields: ['org_guid', 'code'] }, { fields: ['org_guid', 'created_at'] }] }],
  handlers: {
    'ofm.cost-centre-created': (e, ctx) => {
      const d = dataOf(e);
      ctx.put<CostCentreDoc>(CCS, {
        _id: d.cc_guid, org_guid: d.org_guid, cc_guid: d.cc_guid, code: d.code, caption: d.caption, description: d.description,
        status: 'active', is_default: d.is_default, ...created(e),
      });
    },
    'ofm.cost-centre-updated': (e, ctx) => ctx.update<CostCentreDoc>(CCS, dataOf(e).cc_guid, (c) => c && { ...c, ...changed(dataOf(e), ['caption', 'description']), ...touched(e) }),
    'ofm.cost-centre-status-set': (e, ctx) => ctx.update<CostCentreDoc>(CCS, dataOf(e).cc_guid, (c) => c && { ...c, status: dataOf(e).status, ...touched(e) }),
  },
};
