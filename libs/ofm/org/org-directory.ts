import { Inject, Injectable } from '@nestjs/common';
import { MembershipRecord, OrgDirectory, OrgRecord, RUNTIME, Runtime } from '@g3n/platform';
import type { MembershipDoc } from '../../../projections/ofm/memberships.projection';
import type { OrgDoc } from '../../../projections/ofm/orgs.projection';

/** The guard's view of orgs and memberships, from OFM's read models. Only active memberships count. */
@Injectable()
export class ReadModelOrgDirectory implements OrgDirectory {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async byCode(orgcode: string): Promise<OrgRecord | null> {
    const found = await this.runtime.readModels.collection<OrgDoc>('ofm_orgs').find({ orgcode }, { limit: 1 });
    return found.items[0] ? record(found.items[0]) : null;
  }

  async byGuid(orgGuid: string): Promise<OrgRecord | null> {
    const org = await this.runtime.readModels.collection<OrgDoc>('ofm_orgs').get(orgGuid);
    return org ? record(org) : null;
  }

  async membership(orgGuid: string, userGuid: string): Promise<MembershipRecord | null> {
    const m = await this.runtime.readModels.collection<MembershipDoc>('ofm_memberships').get(`${orgGuid}:${userGuid}`);
    if (!m || m.state !== 'active') return null;
    const owner = m.owner && m.owner_state === 'active';
    return { owner, role_profiles: m.role_profiles };
  }
}

function record(org: OrgDoc): OrgRecord {
  return { org_guid: org.org_guid, orgcode: org.orgcode, status: org.status };
}
