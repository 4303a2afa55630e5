import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { SCM_TENDERS } from '../../../projections/scm/orders.projection';
import { RunOrderCommand } from '../commands/run-order-command.handler';
import { ListScmRecordsQuery, RecordPage } from '../queries/list-records.handler';
import { TenderCaptureRequest, TenderDto, TenderListRequest, TenderRequest } from './dto/fulfillment.dto';
import { getRecord, MANAGE, ORDER_MISSING, orderIdOf, SCM, VIEW } from './scm-routes';

const MISSING = 'tender-not-found';
const response = { type: TenderDto, key: 'tender' };

@ApiTags(SCM)
@Controller(SCM)
export class TenderController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({
    service: SCM, call: 'tender/capture', kind: 'write', summary: 'Capture a payment tender against an order (captured tenders never exceed the order total).', permissions: MANAGE,
    request: TenderCaptureRequest, response,
    errors: [...ORDER_MISSING, ['invalid-state', 'order-cancelled'], ['conflict', 'tender-exceeds-balance'], ['validation-error', 'currency-mismatch']],
  })
  async capture(@Body() body: TenderCaptureRequest, @Ctx() ctx: RequestContext) {
    let tender_id = '';
    await this.commands.execute(new RunOrderCommand(ctx, body, ({ id }) => {
      tender_id = id('tnd');
      return { kind: 'capture-tender', tender_id, method: body.method, amount: { amount_minor: body.amount_minor, currency: body.currency }, reference: body.reference ?? null };
    }));
    return this.one(ctx, tender_id);
  }

  @Endpoint({ service: SCM, call: 'tender/void', kind: 'write', summary: 'Void a captured tender (before it settles).', permissions: MANAGE, request: TenderRequest, response, errors: [['not-found', MISSING], ['invalid-state', 'tender-not-captured'], ['conflict', 'revision-mismatch']] })
  async void(@Body() body: TenderRequest, @Ctx() ctx: RequestContext) {
    const order_id = await orderIdOf(this.queries, ctx, SCM_TENDERS, body.tender_id, MISSING);
    await this.commands.execute(new RunOrderCommand(ctx, { ...body, order_id }, () => ({ kind: 'void-tender', tender_id: body.tender_id })));
    return this.one(ctx, body.tender_id);
  }

  @Endpoint({
    service: SCM, call: 'tender/settle', kind: 'write', summary: 'Settle a captured tender; once settled tenders cover the order total the order is settled (scm.order-settled, once).', permissions: MANAGE,
    request: TenderRequest, response, errors: [['not-found', MISSING], ['invalid-state', 'tender-not-captured'], ['conflict', 'revision-mismatch']],
  })
  async settle(@Body() body: TenderRequest, @Ctx() ctx: RequestContext) {
    const order_id = await orderIdOf(this.queries, ctx, SCM_TENDERS, body.tender_id, MISSING);
    await this.commands.execute(new RunOrderCommand(ctx, { ...body, order_id }, ({ now }) => ({ kind: 'settle-tender', tender_id: body.tender_id, now })));
    return this.one(ctx, body.tender_id);
  }

  @Endpoint({ service: SCM, call: 'tender/get', kind: 'read', summary: 'Get a tender.', permissions: VIEW, request: TenderRequest, response, errors: [['not-found', MISSING]] })
  get(@Body() body: TenderRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, body.tender_id);
  }

  @Endpoint({ service: SCM, call: 'tender/list', kind: 'read', summary: 'List tenders, oldest first, by order or status.', permissions: VIEW, request: TenderListRequest, response: { type: TenderDto, list: true } })
  list(@Body() body: TenderListRequest, @Ctx() ctx: RequestContext): Promise<RecordPage> {
    return this.queries.execute(new ListScmRecordsQuery(SCM_TENDERS, ctx.org_guid, { order_id: body.order_id, status: body.status }, body.limit, body.next_token));
  }

  private async one(ctx: RequestContext, id: string) {
    return { tender: await getRecord(this.queries, ctx, SCM_TENDERS, id, MISSING) };
  }
}
