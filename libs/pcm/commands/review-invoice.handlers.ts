import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { notFound } from '@g3n/es';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { InvoiceDisputeRequest, InvoiceResolveRequest } from '../api/dto/invoice.dto';
import { invoiceDecider, InvoiceCommand } from '../invoice/invoice.decide';
import { claimCommand } from '../invoice/invoice-claim';
import { poDecider } from '../po/po.decide';
import { invoiceStream, poStream, why } from '../shared/streams';

/** Dispute or resolve a mismatched invoice (pinned to the revision the caller read); a rejection releases its PO claim. */
export class ReviewInvoiceCommand {
  constructor(readonly ctx: RequestContext, readonly request: InvoiceDisputeRequest | InvoiceResolveRequest, readonly action: 'dispute' | 'resolve') {}
}

@CommandHandler(ReviewInvoiceCommand)
export class ReviewInvoiceHandler implements ICommandHandler<ReviewInvoiceCommand, void> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, request: r, action }: ReviewInvoiceCommand): Promise<void> {
    const stream = invoiceStream(ctx.org_guid, r.invoice_id);
    // A pinned write on a missing stream answers a bare not-found; callers want the invoice named.
    if ((await this.runtime.commands.load(stream, invoiceDecider)).revision < 0) throw notFound('invoice-not-found', 'No such invoice.', { invoice_id: r.invoice_id });
    const command: InvoiceCommand = action === 'dispute'
      ? { kind: 'dispute', note: r.note ?? null }
      : { kind: 'resolve', resolution: (r as InvoiceResolveRequest).resolution, approved_total_minor: (r as InvoiceResolveRequest).approved_total_minor ?? null, note: r.note ?? null };
    const { state } = await this.writes.execute(ctx, { stream, decider: invoiceDecider, command, expectedRevision: r.expected_revision, ...why(r) });
    // A rejected invoice gives its qty back to the PO at once (the invoice-claims reactor does it after a crash here).
    if (state.resolution === 'rejected') {
      await this.writes.execute(ctx, { stream: poStream(ctx.org_guid, state.po_id), decider: poDecider, command: claimCommand(state), ...why(r) });
    }
  }
}
