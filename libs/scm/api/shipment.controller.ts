import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { SCM_SHIPMENTS } from '../../../projections/scm/orders.projection';
import { RunOrderCommand } from '../commands/run-order-command.handler';
import type { Cmd } from '../order/order.commands';
import { ListScmRecordsQuery, RecordPage } from '../queries/list-records.handler';
import { ShipmentCreateRequest, ShipmentDto, ShipmentListRequest, ShipmentRequest } from './dto/fulfillment.dto';
import { ErrorTags, getRecord, MANAGE, ORDER_MISSING, orderIdOf, SCM, VIEW } from './scm-routes';

const MISSING = 'shipment-not-found';
const response = { type: ShipmentDto, key: 'shipment' };
const STEP_ERRORS: ErrorTags = [['not-found', MISSING], ['invalid-state', 'invalid-shipment-transition'], ['conflict', 'revision-mismatch']];
type Step = Cmd<'advance-shipment'>['step'];
const step = (name: Step, summary: string) => ({ service: SCM, call: `fulfillment/shipment/${name}`, kind: 'write' as const, summary, permissions: MANAGE, request: ShipmentRequest, response, errors: STEP_ERRORS });

@ApiTags(SCM)
@Controller(SCM)
export class ShipmentController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({
    service: SCM, call: 'fulfillment/shipment/create', kind: 'write', summary: 'Create a shipment from committed order lines (all committed, unshipped quantities by default).', permissions: MANAGE,
    request: ShipmentCreateRequest, response,
    errors: [...ORDER_MISSING, ['not-found', 'line-not-found'], ['invalid-state', 'order-not-shippable'], ['invalid-state', 'nothing-committed'], ['invalid-state', 'qty-not-committed'], ['validation-error', 'duplicate-line']],
  })
  async create(@Body() body: ShipmentCreateRequest, @Ctx() ctx: RequestContext) {
    let shipment_id = '';
    await this.commands.execute(new RunOrderCommand(ctx, body, ({ id }) => {
      shipment_id = id('shp');
      return { kind: 'create-shipment', shipment_id, lines: body.lines?.map(({ line_id, qty }) => ({ line_id, qty })) ?? null };
    }));
    return this.one(ctx, shipment_id);
  }

  @Endpoint(step('pick', 'Mark a created shipment picked.'))
  pick(@Body() body: ShipmentRequest, @Ctx() ctx: RequestContext) { return this.advance(ctx, body, 'pick'); }

  @Endpoint(step('pack', 'Mark a picked shipment packed.'))
  pack(@Body() body: ShipmentRequest, @Ctx() ctx: RequestContext) { return this.advance(ctx, body, 'pack'); }

  @Endpoint(step('ship', 'Ship a packed shipment: ICS consumes its committed stock (scm.shipment-shipped).'))
  ship(@Body() body: ShipmentRequest, @Ctx() ctx: RequestContext) { return this.advance(ctx, body, 'ship'); }

  @Endpoint(step('deliver', 'Mark a shipped shipment delivered.'))
  deliver(@Body() body: ShipmentRequest, @Ctx() ctx: RequestContext) { return this.advance(ctx, body, 'deliver'); }

  @Endpoint(step('cancel', 'Cancel a shipment before it ships; its quantities can be shipped again.'))
  cancel(@Body() body: ShipmentRequest, @Ctx() ctx: RequestContext) { return this.advance(ctx, body, 'cancel'); }

  @Endpoint({ service: SCM, call: 'fulfillment/shipment/get', kind: 'read', summary: 'Get a shipment.', permissions: VIEW, request: ShipmentRequest, response, errors: [['not-found', MISSING]] })
  get(@Body() body: ShipmentRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, body.shipment_id);
  }

  @Endpoint({ service: SCM, call: 'fulfillment/shipment/list', kind: 'read', summary: 'List shipments, oldest first, by order or status.', permissions: VIEW, request: ShipmentListRequest, response: { type: ShipmentDto, list: true } })
  list(@Body() body: ShipmentListRequest, @Ctx() ctx: RequestContext): Promise<RecordPage> {
    return this.queries.execute(new ListScmRecordsQuery(SCM_SHIPMENTS, ctx.org_guid, { order_id: body.order_id, status: body.status }, body.limit, body.next_token));
  }

  private async advance(ctx: RequestContext, body: ShipmentRequest, name: Step) {
    const order_id = await orderIdOf(this.queries, ctx, SCM_SHIPMENTS, body.shipment_id, MISSING);
    await this.commands.execute(new RunOrderCommand(ctx, { ...body, order_id }, () => ({ kind: 'advance-shipment', shipment_id: body.shipment_id, step: name })));
    return this.one(ctx, body.shipment_id);
  }

  private async one(ctx: RequestContext, id: string) {
    return { shipment: await getRecord(this.queries, ctx, SCM_SHIPMENTS, id, MISSING) };
  }
}
