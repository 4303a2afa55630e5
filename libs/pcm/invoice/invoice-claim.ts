import type { PoCommand } from '../po/po.decide';
import type { InvoiceState } from './invoice.state';

/**
 * What the PO's billing ledger must hold for a recorded invoice: its claim, or, once the invoice is rejected, no claim
 * ever again. Idempotent on the PO (the same claim, or a second release, decides nothing), so the match and resolve
 * handlers and the repairing reactor may all run it.
 */
export function claimCommand(invoice: InvoiceState): PoCommand {
  return invoice.resolution === 'rejected'
    ? { kind: 'release-invoice', invoice_id: invoice.invoice_id }
    : { kind: 'bill-invoice', invoice_id: invoice.invoice_id, lines: invoice.claim };
}
