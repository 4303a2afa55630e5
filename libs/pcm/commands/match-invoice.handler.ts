import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, Writes } from '@g3n/platform';
import type { InvoiceMatchRequest } from '../api/dto/invoice.dto';
import { invoiceDecider } from '../invoice/invoice.decide';
import { PcmReads } from '../shared/pcm-reads';
import { invoiceIdFor, invoiceStream, why } from '../shared/streams';

export class MatchInvoiceCommand {
  constructor(readonly ctx: RequestContext, readonly request: InvoiceMatchRequest) {}
}

/** Records a vendor invoice with its three-way match against the PO, its receipts and earlier invoices. */
@CommandHandler(MatchInvoiceCommand)
export class MatchInvoiceHandler implements ICommandHandler<MatchInvoiceCommand, string> {
  constructor(private readonly writes: Writes, private readonly reads: PcmReads) {}

  async execute({ ctx, request: r }: MatchInvoiceCommand): Promise<string> {
    const org_guid = ctx.org_guid;
    const po = await this.reads.poForMatch(org_guid, r.po_id);
    // Without a PO there is no vendor to key the invoice on; the decider refuses it (404) before writing.
    const invoice_id = invoiceIdFor(po?.vendor_id ?? `po:${r.po_id}`, r.invoice_number);
    const tolerance = { price_pct_bps: r.tolerance?.price_pct_bps ?? 0, price_abs_minor: r.tolerance?.price_abs_minor ?? 0 };
    const lines = r.lines.map((l) => ({ variant_id: l.variant_id, qty: l.qty, unit_cost_minor: l.unit_cost_minor }));
    await this.writes.execute(ctx, {
      stream: invoiceStream(org_guid, invoice_id),
      decider: invoiceDecider,
      command: {
        kind: 'match', invoice_id, org_guid, po_id: r.po_id, po, invoice_number: r.invoice_number.trim(),
        currency: r.currency, total_minor: r.total_minor, lines, tolerance,
      },
      ...why(r),
    });
    return invoice_id;
  }
}
