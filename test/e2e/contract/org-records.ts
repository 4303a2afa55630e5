import type { ApiHarness } from '../../support/api-harness';
import { createVerifiedUser } from '../../support/fixtures/identity';

/** Creates one record of each OFM/USM kind in an org (as its owner) and returns every response's data. */
export async function seedOrgRecords(h: ApiHarness, headers: Record<string, string>): Promise<unknown[]> {
  const out: unknown[] = [];
  const ok = async (path: string, body: unknown) => {
    const data = await h.ok(path, body, headers);
    out.push(data);
    return data;
  };
  const physical = await ok('/ofm/facility/physical/create', {
    code: 'HQ', caption: 'Headquarters', timezone: 'America/Chicago', address: { street: '1 Main St', city: 'Austin', region: 'TX', country: 'US' },
  });
  const legal = await ok('/ofm/facility/legal/create', { code: 'ACME-INC', caption: 'Acme Incorporated' });
  const logical = await ok('/ofm/facility/logical/create', {
    physical_guid: findId(physical, 'physical_guid'),
    legal_guid: findId(legal, 'legal_guid'),
    code: 'DC-01',
    caption: 'Distribution Center',
  });
  const logicalGuid = findId(logical, 'logical_guid');
  const zones = await ok('/ofm/zone/list', { logical_guid: logicalGuid });
  await ok('/ofm/zone/create', { logical_guid: logicalGuid, parent_zone_guid: findId(zones, 'zone_guid'), code: 'A1', caption: 'Aisle A1' });
  await ok('/ofm/sales-channel/create', { channel_code: 'web', caption: 'Web store', market_code: 'US', locale_codes: ['en-US'] });
  await ok('/ofm/team/create', { code: 'PICKERS', caption: 'Pickers' });
  await ok('/ofm/cost-centre/create', { code: 'MKT', caption: 'Marketing' });
  const account = await ok('/usm/service_account/create', { caption: 'ERP connector' });
  await ok('/usm/api_key/create', { service_account_id: findId(account, 'service_account_id'), caption: 'erp', role_profiles: ['org_view'] });
  const invitee = await createVerifiedUser(h, `invitee-${Date.now()}@example.com`);
  await ok('/ofm/member/invite/create', { invitee_user_guid: invitee.user_guid, caption: 'Staff', role_profile_id: 'pvv' });
  return out;
}

/** Every `*_guid` / `*_id` value found anywhere in the responses, by field name (first one wins). */
export function collectIds(values: unknown[]): Record<string, string> {
  const ids: Record<string, string> = {};
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (typeof v === 'string' && /(_guid|_id)$/.test(key) && !(key in ids)) ids[key] = v;
        else walk(v);
      }
    }
  };
  values.forEach(walk);
  return ids;
}

function findId(value: unknown, field: string): string {
  const id = collectIds([value])[field];
  if (!id) throw new Error(`no ${field} in ${JSON.stringify(value)}`);
  return id;
}
