import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { SCM_RETURNS } from '../../../projections/scm/orders.projection';
import { RunOrderCommand } from '../commands/run-order-command.handler';
import { ListScmRecordsQuery, RecordPage } from '../queries/list-records.handler';
import { RefundIssueRequest, RefundRecordDto, ReturnCreateRequest, ReturnDto, ReturnListRequest, ReturnRequest } from './dto/fulfillment.dto';
import { getRecord, MANAGE, ORDER_MISSING, orderIdOf, SCM, VIEW } from './scm-routes';

const MISSING = 'return-not-found';
const response = { type: ReturnDto, key: 'return' };

@ApiTags(SCM)
@Controller(SCM)
export class ReturnController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({
    service: SCM, call: 'return/request', kind: 'write', summary: 'Request a return of shipped quantities.', permissions: MANAGE, request: ReturnCreateRequest, response,
    errors: [...ORDER_MISSING, ['not-found', 'line-not-found'], ['invalid-state', 'qty-not-returnable'], ['validation-error', 'duplicate-line']],
  })
  async request(@Body() body: ReturnCreateRequest, @Ctx() ctx: RequestContext) {
    let return_id = '';
    await this.commands.execute(new RunOrderCommand(ctx, body, ({ id }) => {
      return_id = id('ret');
      return { kind: 'request-return', return_id, lines: body.lines.map(({ line_id, qty }) => ({ line_id, qty })) };
    }));
    return this.one(ctx, return_id);
  }

  @Endpoint({ service: SCM, call: 'return/receive', kind: 'write', summary: 'Record that the returned goods arrived (refunds become possible).', permissions: MANAGE, request: ReturnRequest, response, errors: [['not-found', MISSING], ['invalid-state', 'return-already-received'], ['conflict', 'revision-mismatch']] })
  async receive(@Body() body: ReturnRequest, @Ctx() ctx: RequestContext) {
    const order_id = await orderIdOf(this.queries, ctx, SCM_RETURNS, body.return_id, MISSING);
    await this.commands.execute(new RunOrderCommand(ctx, { ...body, order_id }, () => ({ kind: 'receive-return', return_id: body.return_id })));
    return this.one(ctx, body.return_id);
  }

  @Endpoint({ service: SCM, call: 'return/get', kind: 'read', summary: 'Get a return with its refunds.', permissions: VIEW, request: ReturnRequest, response, errors: [['not-found', MISSING]] })
  get(@Body() body: ReturnRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, body.return_id);
  }

  @Endpoint({ service: SCM, call: 'return/list', kind: 'read', summary: 'List returns, oldest first, by order or status.', permissions: VIEW, request: ReturnListRequest, response: { type: ReturnDto, list: true } })
  list(@Body() body: ReturnListRequest, @Ctx() ctx: RequestContext): Promise<RecordPage> {
    return this.queries.execute(new ListScmRecordsQuery(SCM_RETURNS, ctx.org_guid, { order_id: body.order_id, status: body.status }, body.limit, body.next_token));
  }

  @Endpoint({
    service: SCM, call: 'refund/issue', kind: 'write', summary: 'Refund against a received return from a settled tender; refunds never exceed what was paid (409).', permissions: MANAGE,
    request: RefundIssueRequest, response: { type: RefundRecordDto, key: 'refund', extra: { return: { type: 'object' } } },
    errors: [['not-found', MISSING], ['not-found', 'tender-not-found'], ['invalid-state', 'return-not-received'], ['invalid-state', 'tender-not-settled'], ['invalid-state', 'no-settled-tender'], ['conflict', 'refund-exceeds-paid'], ['validation-error', 'currency-mismatch']],
  })
  async refund(@Body() body: RefundIssueRequest, @Ctx() ctx: RequestContext) {
    const order_id = await orderIdOf(this.queries, ctx, SCM_RETURNS, body.return_id, MISSING);
    let refund_id = '';
    await this.commands.execute(new RunOrderCommand(ctx, { ...body, order_id }, ({ id }) => {
      refund_id = id('rfd');
      return { kind: 'issue-refund', refund_id, return_id: body.return_id, tender_id: body.tender_id ?? null, amount: { amount_minor: body.amount_minor, currency: body.currency } };
    }));
    const ret = (await this.one(ctx, body.return_id)).return;
    const refund = (ret.refunds as Array<{ refund_id: string }>).find((r) => r.refund_id === refund_id);
    return { refund: { ...refund, order_id }, return: ret };
  }

  private async one(ctx: RequestContext, id: string) {
    return { return: await getRecord(this.queries, ctx, SCM_RETURNS, id, MISSING) };
  }
}
