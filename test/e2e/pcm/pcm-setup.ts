// PCM e2e setup (not a spec): an org with a vendor, a logical facility and sellable variants, and POs through the
// real routes, so every flow file starts from the same place without depending on another.
import type { ApiHarness } from '../../support/api-harness';
import { createCatalogBasics, createSellableVariant } from '../../support/fixtures/catalog';
import { createLogicalFacility } from '../../support/fixtures/facility';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';

export interface ProcurementSetup {
  headers: Record<string, string>;
  org_guid: string;
  vendor_id: string;
  logical_guid: string;
  variant_ids: string[];
}

export async function procurementSetup(h: ApiHarness, email: string, variants = 2): Promise<ProcurementSetup> {
  const owner = await userWithSession(h, email);
  const org = await createOrg(h, owner);
  const { headers } = org;
  const basics = await createCatalogBasics(h, headers);
  const { logical_guid } = await createLogicalFacility(h, headers);
  const variant_ids: string[] = [];
  for (let i = 0; i < variants; i += 1) variant_ids.push((await createSellableVariant(h, headers)).variant_id);
  return { headers, org_guid: org.org_guid, vendor_id: basics.vendor_id, logical_guid, variant_ids };
}

/** Creates, approves and issues a PO; answers the issued PO record. */
export async function issuedPo(h: ApiHarness, s: ProcurementSetup, lines: Array<{ variant_id: string; qty: number; unit_cost_minor: number }>) {
  const created = await h.ok('/pcm/po/create', { vendor_id: s.vendor_id, logical_guid: s.logical_guid, currency: 'USD', lines }, s.headers);
  const approved = await h.ok('/pcm/po/approve', { po_id: created.po.po_id, expected_revision: created.po.revision }, s.headers);
  const issued = await h.ok('/pcm/po/issue', { po_id: created.po.po_id, expected_revision: approved.po.revision }, s.headers);
  return issued.po;
}

/** Polls a read model document until `check` holds (reactors and their projections run after the write answers). */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!check(value)) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

/** The ICS stock level of a variant at a logical facility, from the shared `ics_stock_levels` read model. */
export const stockLevel = (h: ApiHarness, logicalGuid: string, variantId: string) =>
  h.runtime.readModels.collection('ics_stock_levels').get(`${logicalGuid}:${variantId}`);
