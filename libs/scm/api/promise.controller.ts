import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { ExecuteResult } from '@g3n/es';
import { validationError } from '@g3n/es';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { SCM_ORDERS } from '../../../projections/scm/orders.projection';
import { RunOrderCommand } from '../commands/run-order-command.handler';
import type { PromiseAction } from '../order/order.events';
import type { OrderLine, OrderState } from '../order/order.state';
import { QuoteLine, QuotePromiseQuery } from '../queries/quote-promise.handler';
import { OrderPromiseQuoteRequest, OrderPromiseRequest, PromiseQuoteDto, PromiseRequestDto } from './dto/promise.dto';
import { ErrorTags, getRecord, MANAGE, ORDER_MISSING, SCM, VIEW } from './scm-routes';

const response = { type: PromiseRequestDto, key: 'promise' };
const PROMISE_ERRORS: ErrorTags = [
  ...ORDER_MISSING, ['not-found', 'line-not-found'], ['invalid-state', 'order-not-promisable'], ['invalid-state', 'promise-in-flight'],
  ['invalid-state', 'nothing-to-promise'], ['invalid-state', 'line-cancelled'], ['invalid-state', 'already-reserved'], ['invalid-state', 'already-allocated'],
  ['invalid-state', 'already-committed'], ['invalid-state', 'nothing-held'], ['conflict', 'revision-mismatch'],
];
const route = (action: PromiseAction, summary: string) => ({ service: SCM, call: `order/promise/${action}`, kind: 'write' as const, summary, permissions: MANAGE, request: OrderPromiseRequest, response, errors: PROMISE_ERRORS });

/**
 * Promise requests answer at once with the request id: ICS works from scm.order-stock-requested and its answer is
 * recorded on each line's `promise` by the scm.record-stock-outcomes reactor (poll /scm/order/get).
 */
@ApiTags(SCM)
@Controller(SCM)
export class PromiseController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint(route('reserve', 'Ask ICS to reserve stock for the order\'s lines (hold ord:<order_id>:<line_id>).'))
  reserve(@Body() body: OrderPromiseRequest, @Ctx() ctx: RequestContext) { return this.request(ctx, body, 'reserve'); }

  @Endpoint(route('allocate', 'Allocate the lines\' stock (lines not reserved yet are reserved first, then allocated).'))
  allocate(@Body() body: OrderPromiseRequest, @Ctx() ctx: RequestContext) { return this.request(ctx, body, 'allocate'); }

  @Endpoint(route('commit', 'Commit the lines\' stock for shipping (through reserve and allocate when needed).'))
  commit(@Body() body: OrderPromiseRequest, @Ctx() ctx: RequestContext) { return this.request(ctx, body, 'commit'); }

  @Endpoint(route('release', 'Release the stock the lines hold.'))
  release(@Body() body: OrderPromiseRequest, @Ctx() ctx: RequestContext) { return this.request(ctx, body, 'release'); }

  @Endpoint({
    service: SCM, call: 'order/promise/quote', kind: 'read', summary: 'Can these quantities be promised? ICS availability per line at the logical facility.', permissions: VIEW,
    request: OrderPromiseQuoteRequest, response: { type: PromiseQuoteDto, key: 'quote' }, errors: [...ORDER_MISSING, ['validation-error', 'order-or-items-required']],
  })
  async quote(@Body() body: OrderPromiseQuoteRequest, @Ctx() ctx: RequestContext) {
    let logical = body.logical_guid;
    let lines: QuoteLine[];
    if (body.order_id) {
      const order = await getRecord(this.queries, ctx, SCM_ORDERS, body.order_id, 'order-not-found') as unknown as OrderState;
      logical = order.logical_guid;
      lines = order.lines.filter((l: OrderLine) => l.status === 'open' && l.open_qty > l.shipped_qty)
        .map((l: OrderLine) => ({ line_id: l.line_id, variant_id: l.variant_id, qty: l.open_qty - l.shipped_qty }));
    } else if (logical && body.items) {
      lines = body.items.map((i) => ({ line_id: null, variant_id: i.variant_id, qty: i.qty }));
    } else {
      throw validationError('order-or-items-required', 'Send order_id, or logical_guid with items.', { fields: [{ field: 'order_id', reason: 'or logical_guid + items' }] });
    }
    return { quote: await this.queries.execute(new QuotePromiseQuery(ctx.org_guid, logical, lines)) };
  }

  private async request(ctx: RequestContext, body: OrderPromiseRequest, action: PromiseAction) {
    let request_id = '';
    const result = await this.commands.execute<RunOrderCommand, ExecuteResult<OrderState>>(new RunOrderCommand(ctx, body, ({ id }) => {
      request_id = id('req');
      return { kind: 'request-stock', action, request_id, line_ids: body.line_ids ?? null };
    }));
    const intent = result.events.find((e) => e.type === 'scm.order-promise-requested');
    const line_ids = (intent?.data.line_ids as string[]) ?? [];
    return { promise: { order_id: body.order_id, request_id, action, line_ids, status: 'requested', revision: result.revision } };
  }
}
