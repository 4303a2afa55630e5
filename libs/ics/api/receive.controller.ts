import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { ICS_RECEIPTS } from '../../../projections/ics/receipts.projection';
import { RecordReceiptCommand } from '../commands/record-receipt.handler';
import { GetIcsRecordQuery } from '../queries/get-record.handler';
import { IcsPage, ListIcsRecordsQuery } from '../queries/list-records.handler';
import { IcsReceiveGetRequest, IcsReceiveListRequest, IcsReceiveRecordRequest, ReceiptDto } from './dto/receive.dto';
import { ICS, MANAGE, TARGET_ERRORS, VIEW } from './ics-routes';

const MISSING = 'receipt-not-found';
const receipt = { type: ReceiptDto, key: 'receipt' };

@ApiTags(ICS)
@Controller(ICS)
export class ReceiveController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({ service: ICS, call: 'receive/record', kind: 'write', summary: 'Record goods received at a logical facility; each line becomes on-hand stock (UC-ICS-001).', permissions: MANAGE, request: IcsReceiveRecordRequest, response: receipt, errors: TARGET_ERRORS })
  async record(@Body() body: IcsReceiveRecordRequest, @Ctx() ctx: RequestContext) {
    const receipt_id = await this.commands.execute<RecordReceiptCommand, string>(new RecordReceiptCommand(ctx, body));
    return this.one(ctx, receipt_id);
  }

  @Endpoint({ service: ICS, call: 'receive/get', kind: 'read', summary: 'Get a receipt recorded through ICS.', permissions: VIEW, request: IcsReceiveGetRequest, response: receipt, errors: [['not-found', MISSING]] })
  get(@Body() body: IcsReceiveGetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, body.receipt_id);
  }

  @Endpoint({ service: ICS, call: 'receive/list', kind: 'read', summary: 'Receipts recorded through ICS, newest first; filter by logical facility.', permissions: VIEW, request: IcsReceiveListRequest, response: { type: ReceiptDto, list: true } })
  list(@Body() body: IcsReceiveListRequest, @Ctx() ctx: RequestContext): Promise<IcsPage> {
    return this.queries.execute(new ListIcsRecordsQuery(ICS_RECEIPTS, ctx.org_guid, { logical_guid: body.logical_guid }, [{ field: 'created_at', direction: 'desc' }], body.limit, body.next_token));
  }

  private async one(ctx: RequestContext, receipt_id: string) {
    return { receipt: await this.queries.execute(new GetIcsRecordQuery(ICS_RECEIPTS, ctx.org_guid, receipt_id, MISSING)) };
  }
}
