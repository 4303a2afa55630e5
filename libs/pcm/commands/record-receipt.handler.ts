import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { ReceiptRecordRequest } from '../api/dto/receipt.dto';
import { poDecider } from '../po/po.decide';
import { poStream, why } from '../shared/streams';

export class RecordReceiptCommand {
  constructor(readonly ctx: RequestContext, readonly request: ReceiptRecordRequest) {}
}

/**
 * A receipt is an event of its PO's stream, so the open qty check and the receipt are one atomic append:
 * parallel receipts on the last open qty queue on the stream and the loser is refused (409 over-receipt).
 * Unpinned: a receipt records what arrived, whatever else happened to the PO meanwhile.
 */
@CommandHandler(RecordReceiptCommand)
export class RecordReceiptHandler implements ICommandHandler<RecordReceiptCommand, string> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, request: r }: RecordReceiptCommand): Promise<string> {
    const receipt_id = this.runtime.ids.next('rcp');
    const lines = r.receipt.lines.map((l) => ({ variant_id: l.variant_id, qty: l.qty, ...(l.po_line_id ? { po_line_id: l.po_line_id } : {}) }));
    await this.writes.execute(ctx, {
      stream: poStream(ctx.org_guid, r.receipt.po_id),
      decider: poDecider,
      command: { kind: 'record-receipt', receipt_id, logical_guid: r.receipt.logical_guid, lines },
      ...why(r),
    });
    return receipt_id;
  }
}
