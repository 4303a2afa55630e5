import type { EventRegistry } from '@g3n/es';
import type { ExportKind } from './export.events';

/** What `financial_events` covers: orders, tenders, refunds, receipts, invoices, loyalty and gift cards. */
export const FINANCIAL_PREFIXES = ['scm.order-', 'scm.tender-', 'scm.refund-', 'pcm.receipt-', 'pcm.invoice-', 'crm.loyalty-', 'crm.giftcard-'];
/** Configuration, not money: left out of financial exports. */
const NOT_FINANCIAL = new Set(['crm.loyalty-policy-set']);

/**
 * The log filter of an export. `financial_events` resolves to the registered types under the financial prefixes
 * (narrowed by `event_types` when given); `events` is every type, or the `event_types` prefixes. `[]` means the
 * request selects nothing.
 */
export function exportTypeFilter(registry: EventRegistry, kind: ExportKind, eventTypes: string[]): string[] | undefined {
  if (kind === 'events') return eventTypes.length > 0 ? eventTypes : undefined;
  const financial = registry.list().map((d) => d.type).filter((t) => FINANCIAL_PREFIXES.some((p) => t.startsWith(p)) && !NOT_FINANCIAL.has(t));
  return eventTypes.length > 0 ? financial.filter((t) => eventTypes.some((p) => t.startsWith(p))) : financial;
}
