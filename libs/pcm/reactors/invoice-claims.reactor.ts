import type { ReactorContext, ReactorDefinition } from '@g3n/es';
import type { RecordedEvent } from '@g3n/eventlog';
import { claimCommand } from '../invoice/invoice-claim';
import { invoiceDecider } from '../invoice/invoice.decide';
import { poDecider } from '../po/po.decide';
import { invoiceStream, poStream } from '../shared/streams';

/**
 * The handlers claim an invoice's qty on its PO before recording the invoice, and release it right after a rejection.
 * This reactor is the backstop for a crash between the two writes (a rejection whose release was never written),
 * and, on a log written before the billing ledger existed, fills the ledger from the invoices already recorded.
 * It puts the PO's claim where the invoice stands now, so a late run never brings back a released claim.
 */
async function reconcile(event: RecordedEvent, ctx: ReactorContext): Promise<void> {
  const invoiceId = String(event.data.invoice_id);
  const { state: invoice } = await ctx.load(invoiceStream(event.tenant, invoiceId), invoiceDecider);
  if (!invoice.exists) return;
  await ctx.execute({ stream: poStream(event.tenant, invoice.po_id), decider: poDecider, command: claimCommand(invoice) });
}

export const invoiceClaimsReactor: ReactorDefinition = {
  name: 'pcm.invoice-claims',
  handlers: {
    'pcm.invoice-matched': reconcile,
    'pcm.invoice-mismatched': reconcile,
    'pcm.invoice-resolved': reconcile,
  },
};
