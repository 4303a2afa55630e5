import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { SCM_ORDERS } from '../../../projections/scm/orders.projection';
import { CreateOrderCommand } from '../commands/create-order.handler';
import { RunOrderCommand } from '../commands/run-order-command.handler';
import { ListScmRecordsQuery, RecordPage } from '../queries/list-records.handler';
import {
  OrderCreateRequest, OrderDto, OrderGetRequest, OrderLineCancelRequest, OrderListRequest, OrderSearchRequest, OrderStatusRequest,
} from './dto/order.dto';
import { ErrorTags, getRecord, MANAGE, ORDER_MISSING, SCM, VIEW } from './scm-routes';

const response = { type: OrderDto, key: 'order' };
const CREATE_ERRORS: ErrorTags = [
  ['not-found', 'variant-not-found'], ['invalid-state', 'variant-not-sellable'], ['not-found', 'channel-not-found'], ['invalid-state', 'channel-inactive'],
  ['not-found', 'logical-facility-not-found'], ['invalid-state', 'logical-facility-inactive'], ['not-found', 'customer-not-found'],
  ['validation-error', 'currency-mismatch'], ['validation-error', 'currency-required'],
];

@ApiTags(SCM)
@Controller(SCM)
export class OrderController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({ service: SCM, call: 'order/create', kind: 'write', summary: 'Create a draft order: logical facility, channel, items (active variants), optional customer.', permissions: MANAGE, request: OrderCreateRequest, response, errors: CREATE_ERRORS })
  async create(@Body() body: OrderCreateRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, await this.commands.execute<CreateOrderCommand, string>(new CreateOrderCommand(ctx, body)));
  }

  @Endpoint({ service: SCM, call: 'order/place', kind: 'write', summary: 'Place a draft order (fixes its total).', permissions: MANAGE, revision: true, request: OrderStatusRequest, response, errors: [...ORDER_MISSING, ['invalid-state', 'order-not-draft'], ['invalid-state', 'order-has-no-open-lines']] })
  async place(@Body() body: OrderStatusRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new RunOrderCommand(ctx, body, ({ now }) => ({ kind: 'place', now })));
    return this.one(ctx, body.order_id);
  }

  @Endpoint({
    service: SCM, call: 'order/cancel', kind: 'write', summary: 'Cancel a draft or placed order with nothing shipped and no live tender; held stock is released.', permissions: MANAGE, revision: true,
    request: OrderStatusRequest, response, errors: [...ORDER_MISSING, ['invalid-state', 'order-not-cancellable'], ['invalid-state', 'order-has-shipments'], ['invalid-state', 'order-has-tenders']],
  })
  async cancel(@Body() body: OrderStatusRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new RunOrderCommand(ctx, body, ({ now, id }) => ({ kind: 'cancel', now, request_id: id('req') })));
    return this.one(ctx, body.order_id);
  }

  @Endpoint({
    service: SCM, call: 'order/line/cancel', kind: 'write', summary: 'Cancel one line of a draft or placed order; its held stock is released.', permissions: MANAGE, revision: true,
    request: OrderLineCancelRequest, response, errors: [...ORDER_MISSING, ['not-found', 'line-not-found'], ['invalid-state', 'order-not-cancellable'], ['invalid-state', 'line-has-shipments']],
  })
  async cancelLine(@Body() body: OrderLineCancelRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new RunOrderCommand(ctx, body, ({ id }) => ({ kind: 'cancel-line', line_id: body.line_id, request_id: id('req') })));
    return this.one(ctx, body.order_id);
  }

  @Endpoint({ service: SCM, call: 'order/get', kind: 'read', summary: 'Get an order with its lines, promise states, payment summary, shipments, tenders and returns.', permissions: VIEW, request: OrderGetRequest, response, errors: ORDER_MISSING })
  get(@Body() body: OrderGetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, body.order_id);
  }

  @Endpoint({ service: SCM, call: 'order/list', kind: 'read', summary: 'List orders, newest first, by status, channel, customer or logical facility.', permissions: VIEW, request: OrderListRequest, response: { type: OrderDto, list: true } })
  list(@Body() body: OrderListRequest, @Ctx() ctx: RequestContext): Promise<RecordPage> {
    const filter = { status: body.status, channel_code: body.channel_code?.toLowerCase(), customer_id: body.customer_id, logical_guid: body.logical_guid };
    return this.queries.execute(new ListScmRecordsQuery(SCM_ORDERS, ctx.org_guid, filter, body.limit, body.next_token));
  }

  @Endpoint({ service: SCM, call: 'order/search', kind: 'read', summary: 'Find orders by variant, customer, source reference (e.g. a cart), status and creation time.', permissions: VIEW, request: OrderSearchRequest, response: { type: OrderDto, list: true } })
  search(@Body() body: OrderSearchRequest, @Ctx() ctx: RequestContext): Promise<RecordPage> {
    const created = body.created_from || body.created_to ? { ...(body.created_from ? { $gte: body.created_from } : {}), ...(body.created_to ? { $lt: body.created_to } : {}) } : undefined;
    const source = body.source_ref_kind && body.source_ref_id ? `${body.source_ref_kind}:${body.source_ref_id}` : undefined;
    const filter = { variant_ids: body.variant_id, customer_id: body.customer_id, source_ref_keys: source, status: body.status, created_at: created };
    return this.queries.execute(new ListScmRecordsQuery(SCM_ORDERS, ctx.org_guid, filter, body.limit, body.next_token));
  }

  private async one(ctx: RequestContext, orderId: string) {
    return { order: await getRecord(this.queries, ctx, SCM_ORDERS, orderId, 'order-not-found') };
  }
}
