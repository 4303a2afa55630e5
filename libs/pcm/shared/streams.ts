import { createHash } from 'crypto';
import { streamName } from '@g3n/eventlog';

export const poStream = (org: string, poId: string) => streamName(org, 'pcm.po', poId);
export const invoiceStream = (org: string, invoiceId: string) => streamName(org, 'pcm.invoice', invoiceId);

/** Invoice numbers compare trimmed and case-insensitively: `inv-7 ` and `INV-7` are the same vendor document. */
export const normaliseInvoiceNumber = (n: string) => n.trim().toUpperCase();

/**
 * An invoice's id is derived from its vendor and number, so the one stream per vendor document refuses a second
 * match of the same invoice atomically (no separate claim record needed).
 */
export function invoiceIdFor(vendorId: string, invoiceNumber: string): string {
  const digest = createHash('sha256').update(`${vendorId}\u0000${normaliseInvoiceNumber(invoiceNumber)}`).digest('hex');
  return `inv_${digest.slice(0, 32)}`;
}

/** Why the write happens, from the request body, as plain JSON for the event metadata. */
export const why = (r: { reason?: string; source_refs?: Array<{ kind: string; id: string }> }) => ({
  reason: r.reason,
  sourceRefs: r.source_refs?.map(({ kind, id }) => ({ kind, id })),
});
