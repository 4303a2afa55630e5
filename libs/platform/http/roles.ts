/**
 * Role profiles: the one table of what each profile may do (docs/roles.md is generated from it). A member or API
 * key holds role profiles; a route declares the permissions it needs (any one suffices). Owners may do everything
 * in their org. Permission names are `<service>:<view|manage|…>`.
 */
export const ROLE_PROFILES: Record<string, { description: string; permissions: string[] }> = {
  owner: { description: 'Org owner: every permission, including owner-only governance.', permissions: ['*'] },
  org_admin: { description: 'Runs the org spine: facilities, zones, teams, channels, cost centres, member assignments.', permissions: ['ofm:view', 'ofm:manage'] },
  org_view: { description: 'Reads the org spine.', permissions: ['ofm:view'] },
  pvv: { description: 'Product and vendor viewer (store and inventory staff).', permissions: ['ofm:view', 'pvm:view', 'pmc:view', 'ppm:view', 'ics:view'] },
  pma: { description: 'Product master admin: suppliers, taxonomy, styles, variants, identifiers.', permissions: ['ofm:view', 'pvm:view', 'pvm:manage'] },
  pmc_publish: { description: 'Publishes products: profiles, runs, online pointers.', permissions: ['ofm:view', 'pvm:view', 'pmc:view', 'pmc:publish'] },
  pricing_admin: { description: 'Prices, price lists and units of measure.', permissions: ['ofm:view', 'ppm:view', 'ppm:manage'] },
  inventory_admin: { description: 'Stock adjustments, receiving, reservations and allocations.', permissions: ['ofm:view', 'ics:view', 'ics:manage'] },
  sales_admin: { description: 'Orders, promises, shipments, tenders, returns and refunds.', permissions: ['ofm:view', 'scm:view', 'scm:manage', 'ics:view'] },
  procurement_admin: { description: 'Purchase orders, receipts and invoice matching.', permissions: ['ofm:view', 'pcm:view', 'pcm:manage'] },
  crm_view: { description: 'Reads customers.', permissions: ['crm:view'] },
  crm_manage: { description: 'Creates and updates customers, consent and flags.', permissions: ['crm:view', 'crm:manage'] },
  crm_edit: { description: 'Same as crm_manage (older name).', permissions: ['crm:view', 'crm:manage'] },
  crm_privacy_admin: { description: 'Privacy and consent administration.', permissions: ['crm:view', 'crm:privacy'] },
  loyalty_admin: { description: 'Loyalty earn, redeem, adjust, reverse and policy.', permissions: ['crm:view', 'crm:loyalty'] },
  giftcard_admin: { description: 'Gift card issue and redemption.', permissions: ['crm:view', 'crm:giftcard'] },
  integration_view: { description: 'Reads webhooks, CDC, bulk jobs and KPIs.', permissions: ['ipm:view', 'rbs:view'] },
  accounting_view: { description: 'Reads usage, rollups, exports and their batches (operator-only in the hosted product).', permissions: ['accounting:view'] },
  accounting_admin: { description: 'Records usage, creates and schedules exports, repairs batches.', permissions: ['accounting:view', 'accounting:manage'] },
  integration_admin: { description: 'Manages webhooks, CDC consumers, bulk jobs and subscriptions.', permissions: ['ipm:view', 'ipm:manage', 'rbs:view', 'rbs:manage'] },
};

export function isRoleProfile(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(ROLE_PROFILES, id);
}

export function permissionsOf(profiles: string[]): Set<string> {
  const out = new Set<string>();
  for (const id of profiles) for (const p of ROLE_PROFILES[id]?.permissions ?? []) out.add(p);
  return out;
}

/** True when the caller holds one of `needed` (or is an owner, or `needed` is empty). */
export function allows(granted: Set<string>, owner: boolean, needed: string[]): boolean {
  if (owner || needed.length === 0 || granted.has('*')) return true;
  return needed.some((p) => granted.has(p));
}
