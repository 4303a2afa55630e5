import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { InvoiceMatchRequest } from '../api/dto/invoice.dto';
import { poForMatch } from '../invoice/invoice-match';
import { claimCommand } from '../invoice/invoice-claim';
import { InvoiceCommand, invoiceDecider } from '../invoice/invoice.decide';
import type { InvoiceMatched, InvoiceMismatched } from '../invoice/invoice.events';
import { claimOf } from '../invoice/invoice.state';
import { poDecider } from '../po/po.decide';
import type { PoState } from '../po/po.state';
import { invoiceIdFor, invoiceStream, poStream, why } from '../shared/streams';

export class MatchInvoiceCommand {
  constructor(readonly ctx: RequestContext, readonly request: InvoiceMatchRequest) {}
}

/**
 * Records a vendor invoice with its three-way match against the PO, its receipts and earlier invoices, in two writes:
 *
 * 1. The invoice's claim on the PO's stream (`pcm.po-invoice-billed`): the PO's billing ledger, so invoices matched
 *    at the same moment queue on the PO and each is matched against the claims before its own.
 * 2. The invoice on its own stream, whose id (vendor + number) refuses a second match of the same document.
 *
 * Every refusal (no PO, a PO not issued, a duplicate number, bad lines) is decided before the claim. A crash between
 * the two leaves the qty claimed for an invoice not yet recorded; matching the same invoice again (the client's
 * retry) records it against the same claim. Losing a race to the same invoice number puts the claim back to what the
 * recorded invoice bills.
 */
@CommandHandler(MatchInvoiceCommand)
export class MatchInvoiceHandler implements ICommandHandler<MatchInvoiceCommand, string> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, request: r }: MatchInvoiceCommand): Promise<string> {
    const org_guid = ctx.org_guid;
    const po = await this.runtime.commands.load(poStream(org_guid, r.po_id), poDecider);
    // Without a PO there is no vendor to key the invoice on; the decider refuses it (404) before writing.
    const invoice_id = invoiceIdFor(po.state.exists ? po.state.vendor_id : `po:${r.po_id}`, r.invoice_number);
    const stream = invoiceStream(org_guid, invoice_id);
    const tolerance = { price_pct_bps: r.tolerance?.price_pct_bps ?? 0, price_abs_minor: r.tolerance?.price_abs_minor ?? 0 };
    const lines = r.lines.map((l) => ({ variant_id: l.variant_id, qty: l.qty, unit_cost_minor: l.unit_cost_minor }));
    const match = (state: PoState | null): InvoiceCommand => ({
      kind: 'match', invoice_id, org_guid, po_id: r.po_id, po: state ? poForMatch(state, invoice_id) : null,
      invoice_number: r.invoice_number.trim(), currency: r.currency, total_minor: r.total_minor, lines, tolerance,
    });

    const recordedBefore = (await this.runtime.commands.load(stream, invoiceDecider)).state;
    const [preview] = invoiceDecider.decide(match(po.state.exists ? po.state : null), recordedBefore) as Array<InvoiceMatched | InvoiceMismatched>;
    const claimed = await this.writes.execute(ctx, {
      stream: poStream(org_guid, r.po_id),
      decider: poDecider,
      command: { kind: 'bill-invoice', invoice_id, lines: claimOf(preview.data.lines) },
      ...why(r),
    });
    try {
      await this.writes.execute(ctx, { stream, decider: invoiceDecider, command: match(claimed.state), ...why(r) });
    } catch (error) {
      const recorded = (await this.runtime.commands.load(stream, invoiceDecider)).state;
      if (recorded.exists) await this.writes.execute(ctx, { stream: poStream(org_guid, r.po_id), decider: poDecider, command: claimCommand(recorded), ...why(r) });
      throw error;
    }
    return invoice_id;
  }
}
