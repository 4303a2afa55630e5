import { Module } from '@nestjs/common';
import { InvoiceController } from './api/invoice.controller';
import { PoController } from './api/po.controller';
import { ReceiptController } from './api/receipt.controller';
import { CreatePoHandler } from './commands/create-po.handler';
import { MatchInvoiceHandler } from './commands/match-invoice.handler';
import { RecordReceiptHandler } from './commands/record-receipt.handler';
import { ReviewInvoiceHandler } from './commands/review-invoice.handlers';
import { TransitionPoHandler } from './commands/transition-po.handler';
import { PcmGetHandler } from './queries/get-record.handler';
import { PcmListHandler } from './queries/list-records.handler';
import { PcmReads } from './shared/pcm-reads';

/** PCM's one registration point: routes, command and query handlers. NPI, worksheets, RTV, consignment slot in here. */
@Module({
  controllers: [PoController, ReceiptController, InvoiceController],
  providers: [PcmReads, CreatePoHandler, TransitionPoHandler, RecordReceiptHandler, MatchInvoiceHandler, ReviewInvoiceHandler, PcmGetHandler, PcmListHandler],
})
export class PcmModule {}
