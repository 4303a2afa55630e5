import type { Doc } from '@g3n/docstore';
import { conflict, DomainError, invalidState, notFound, validationError } from '@g3n/es';
import type { Runtime } from '@g3n/platform';
import { CRM_CUSTOMERS } from '../../../../projections/crm/customers.projection';
import type { ImportKind } from '../job/bulk-job.events';

export interface ParsedRow {
  line: number;
  body: Record<string, unknown>;
}

/**
 * An import kind: the owning service's public route each row goes through (the row is that route's request body),
 * the event type that route appends (to find rows a crashed commit already applied), and checks against current
 * state a dry run can make without writing. The route itself stays the authority at commit.
 */
export interface ImportKindSpec {
  route: string;
  eventType: string;
  precheck(runtime: Runtime, org_guid: string, row: ParsedRow, file: ParsedRow[]): Promise<DomainError | null>;
}

/** Read models other services publish (their names and fields are cross-service contracts). */
const OFM_LOGICAL_FACILITIES = 'ofm_logical_facilities';
const PVM_VARIANTS = 'pvm_variants';

const emailOf = (row: ParsedRow): string | null => {
  const customer = row.body.customer as { email?: unknown } | undefined;
  return typeof customer?.email === 'string' ? customer.email.trim().toLowerCase() : null;
};

/** First line of each email in the file, computed once per step (the whole upload is in memory anyway). */
const firstLines = new WeakMap<ParsedRow[], Map<string, number>>();
function firstLineOfEmail(file: ParsedRow[], email: string): number | undefined {
  let index = firstLines.get(file);
  if (!index) {
    index = new Map();
    for (const r of file) {
      const e = emailOf(r);
      if (e && !index.has(e)) index.set(e, r.line);
    }
    firstLines.set(file, index);
  }
  return index.get(email);
}

const customers: ImportKindSpec = {
  route: 'crm/customer/create',
  eventType: 'crm.customer-created',
  async precheck(runtime, org_guid, row, file) {
    const c = row.body.customer as Record<string, unknown>;
    if (c.email === undefined && c.phone === undefined && c.caption === undefined) {
      return validationError('customer-identifier-required', 'A customer needs an email, a phone or a caption.', { fields: [{ field: 'customer', reason: 'give email, phone or caption' }] });
    }
    const email = emailOf(row);
    if (!email) return null;
    const first = firstLineOfEmail(file, email);
    if (first !== undefined && first < row.line) return conflict('duplicate-email-in-file', `Line ${first} already has this email.`, { fields: [{ field: 'customer.email', reason: `same as line ${first}` }] });
    const existing = await runtime.readModels.collection<Doc>(CRM_CUSTOMERS).find({ org_guid, email }, { limit: 1 });
    if (existing.items.length) return conflict('duplicate-email', 'A customer with this email exists.', { customer_id: existing.items[0].customer_id, fields: [{ field: 'customer.email', reason: 'already used' }] });
    return null;
  },
};

const adjustments: ImportKindSpec = {
  route: 'ics/adjustment/create',
  eventType: 'ics.stock-adjusted',
  async precheck(runtime, org_guid, row) {
    const [facility, variant] = await Promise.all([
      runtime.readModels.collection<Doc>(OFM_LOGICAL_FACILITIES).get(String(row.body.logical_guid)),
      runtime.readModels.collection<Doc>(PVM_VARIANTS).get(String(row.body.variant_id)),
    ]);
    if (!facility || facility.org_guid !== org_guid) return notFound('logical-facility-not-found', 'No such logical facility in this org.', { fields: [{ field: 'logical_guid', reason: 'not found' }] });
    if (facility.status !== 'active') return invalidState('logical-facility-inactive', 'The logical facility is inactive.', { fields: [{ field: 'logical_guid', reason: 'inactive' }] });
    if (!variant || variant.org_guid !== org_guid) return notFound('variant-not-found', 'No such variant in this org.', { fields: [{ field: 'variant_id', reason: 'not found' }] });
    return null;
  },
};

export const importKinds: Record<ImportKind, ImportKindSpec> = { 'crm.customers': customers, 'ics.adjustments': adjustments };
