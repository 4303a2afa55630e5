import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { IcsReceiveRecordRequest } from '../api/dto/receive.dto';
import { receiptDecider } from '../receipt/receipt.decide';
import { receiveReceiptLine } from '../reactors/ics-receipt.reactor';
import { receiptStream } from '../stock/streams';
import { IcsLookups, why } from './ics-lookups';

export class RecordReceiptCommand {
  constructor(readonly ctx: RequestContext, readonly request: IcsReceiveRecordRequest) {}
}

/**
 * Records the receipt, then receives each line into its stock. Each line's receive is idempotent per receipt line,
 * and a reactor on `ics.receipt-recorded` does the same, so a crash between the two writes is repaired.
 */
@CommandHandler(RecordReceiptCommand)
export class RecordReceiptHandler implements ICommandHandler<RecordReceiptCommand, string> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes, private readonly lookups: IcsLookups) {}

  async execute({ ctx, request: r }: RecordReceiptCommand): Promise<string> {
    const org_guid = ctx.org_guid;
    await this.lookups.assertFacility(org_guid, r.logical_guid);
    for (const variant of new Set(r.lines.map((l) => l.variant_id))) await this.lookups.assertVariant(org_guid, variant);
    const receipt_id = this.runtime.ids.next('rcv');
    const lines = r.lines.map((l, i) => ({ line_id: String(i + 1), variant_id: l.variant_id, qty: l.qty }));
    await this.writes.execute(ctx, { stream: receiptStream(org_guid, receipt_id), decider: receiptDecider, command: { kind: 'record', receipt_id, org_guid, logical_guid: r.logical_guid, lines }, ...why(r) });
    for (const line of lines) {
      await this.writes.execute(ctx, { ...receiveReceiptLine(org_guid, receipt_id, r.logical_guid, line), ...why(r) });
    }
    return receipt_id;
  }
}
