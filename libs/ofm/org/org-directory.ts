import { Inject, Injectable } from '@nestjs/common';
import { MembershipRecord, OrgDirectory, OrgRecord, RUNTIME, Runtime } from '@g3n/platform';
import type { MembershipDoc } from '../../../projections/ofm/memberships.projection';
import type { OrgDoc } from '../../../projections/ofm/orgs.projection';

/** How many orgcode → org_guid answers a process keeps (an org's code never changes once claimed). */
const CODE_CACHE_SIZE = 10_000;

/** The guard's view of orgs and memberships, from OFM's read models. Only active memberships count. */
@Injectable()
export class ReadModelOrgDirectory implements OrgDirectory {
  /**
   * orgcode → org_guid, remembered: every request names its org by code, and an indexed find per request was the
   * largest read-model cost of the guard (issue 6 profile). The org document itself (status) is still read each time.
   */
  private readonly guidByCode = new Map<string, string>();

  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async byCode(orgcode: string): Promise<OrgRecord | null> {
    const known = this.guidByCode.get(orgcode);
    if (known) {
      const org = await this.byGuid(known);
      if (org && org.orgcode === orgcode) return org;
      this.guidByCode.delete(orgcode);
    }
    const found = await this.runtime.readModels.collection<OrgDoc>('ofm_orgs').find({ orgcode }, { limit: 1 });
    const org = found.items[0];
    if (!org) return null;
    if (this.guidByCode.size >= CODE_CACHE_SIZE) this.guidByCode.delete(this.guidByCode.keys().next().value as string);
    this.guidByCode.set(orgcode, org.org_guid);
    return record(org);
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
