import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { PCM_RECEIPTS } from '../../../projections/pcm/purchase-orders.projection';
import { RecordReceiptCommand } from '../commands/record-receipt.handler';
import { PcmGetQuery } from '../queries/get-record.handler';
import { PcmListQuery, PcmPage } from '../queries/list-records.handler';
import { ReceiptDto, ReceiptGetRequest, ReceiptListRequest, ReceiptRecordRequest } from './dto/receipt.dto';
import { ErrorTags, MANAGE, PCM, VIEW } from './pcm-routes';

const MISSING = 'receipt-not-found';
const response = { type: ReceiptDto, key: 'receipt' };
const RECORD_ERRORS: ErrorTags = [
  ['not-found', 'po-not-found'], ['invalid-state', 'po-not-issued'], ['invalid-state', 'po-closed'], ['invalid-state', 'po-cancelled'],
  ['invalid-state', 'receipt-facility-mismatch'], ['invalid-state', 'line-not-on-po'], ['validation-error', 'duplicate-line'], ['conflict', 'over-receipt'],
];

@ApiTags(PCM)
@Controller(PCM)
export class ReceiptController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({ service: PCM, call: 'receipt/record', kind: 'write', summary: 'Record goods received against an issued PO; ICS then receives the stock. Over-receipt is refused (409 with each line\'s remaining qty).', permissions: MANAGE, request: ReceiptRecordRequest, response, errors: RECORD_ERRORS })
  async record(@Body() body: ReceiptRecordRequest, @Ctx() ctx: RequestContext) {
    const receiptId = await this.commands.execute<RecordReceiptCommand, string>(new RecordReceiptCommand(ctx, body));
    return this.one(ctx, receiptId);
  }

  @Endpoint({ service: PCM, call: 'receipt/get', kind: 'read', summary: 'Get a receipt.', permissions: VIEW, request: ReceiptGetRequest, response, errors: [['not-found', MISSING]] })
  get(@Body() body: ReceiptGetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, body.receipt_id);
  }

  @Endpoint({ service: PCM, call: 'receipt/list', kind: 'read', summary: 'List receipts, newest first, optionally by PO or logical facility.', permissions: VIEW, request: ReceiptListRequest, response: { type: ReceiptDto, list: true } })
  list(@Body() body: ReceiptListRequest, @Ctx() ctx: RequestContext): Promise<PcmPage> {
    return this.queries.execute(new PcmListQuery(PCM_RECEIPTS, ctx.org_guid, { po_id: body.po_id, logical_guid: body.logical_guid }, body.limit, body.next_token));
  }

  private async one(ctx: RequestContext, receiptId: string) {
    return { receipt: await this.queries.execute(new PcmGetQuery(PCM_RECEIPTS, ctx.org_guid, receiptId, MISSING)) };
  }
}
