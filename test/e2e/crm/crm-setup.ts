// What the CRM e2e flows share: a fresh system, a verified org with its owner's headers, and a customer.
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';

let n = 0;

export async function crmSetup(): Promise<{ h: ApiHarness; headers: Record<string, string>; org_guid: string }> {
  const h = await openApiHarness();
  n += 1;
  const org = await createOrg(h, await userWithSession(h, `crm-owner-${n}-${Date.now()}@example.com`));
  return { h, headers: org.headers, org_guid: org.org_guid };
}

export async function createCustomer(h: ApiHarness, headers: Record<string, string>, customer: Record<string, unknown> = {}): Promise<string> {
  const data = await h.ok<{ customer_id: string }>('/crm/customer/create', { customer: { caption: 'Jane Doe', ...customer }, reason: 'signup' }, headers);
  return data.customer_id;
}
