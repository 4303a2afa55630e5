import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { PCM_POS } from '../../../projections/pcm/purchase-orders.projection';
import { CreatePoCommand } from '../commands/create-po.handler';
import { TransitionPoCommand } from '../commands/transition-po.handler';
import { PcmGetQuery } from '../queries/get-record.handler';
import { PcmListQuery, PcmPage } from '../queries/list-records.handler';
import { PoApproveRequest, PoCreateRequest, PoGetRequest, PoIssueRequest, PoListRequest, PurchaseOrderDto } from './dto/po.dto';
import { ErrorTags, MANAGE, PCM, VIEW } from './pcm-routes';

const MISSING = 'po-not-found';
const response = { type: PurchaseOrderDto, key: 'po' };
const CREATE_ERRORS: ErrorTags = [
  ['validation-error', 'duplicate-variant'], ['validation-error', 'total-too-large'],
  ['not-found', 'vendor-not-found'], ['not-found', 'logical-facility-not-found'], ['not-found', 'variant-not-found'],
  ['invalid-state', 'vendor-not-orderable'], ['invalid-state', 'logical-facility-inactive'], ['invalid-state', 'variant-not-orderable'],
];

@ApiTags(PCM)
@Controller(PCM)
export class PoController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({ service: PCM, call: 'po/create', kind: 'write', summary: 'Draft a purchase order: an active vendor, the logical facility to receive at, lines of variant × qty × unit cost.', permissions: MANAGE, request: PoCreateRequest, response, errors: CREATE_ERRORS })
  async create(@Body() body: PoCreateRequest, @Ctx() ctx: RequestContext) {
    const poId = await this.commands.execute<CreatePoCommand, string>(new CreatePoCommand(ctx, body));
    return this.one(ctx, poId);
  }

  @Endpoint({ service: PCM, call: 'po/approve', kind: 'write', summary: 'Approve a draft PO (draft → approved).', permissions: MANAGE, revision: true, request: PoApproveRequest, response, errors: [['not-found', MISSING], ['invalid-state', 'po-not-draft']] })
  async approve(@Body() body: PoApproveRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new TransitionPoCommand(ctx, 'approve', body));
    return this.one(ctx, body.po_id);
  }

  @Endpoint({ service: PCM, call: 'po/issue', kind: 'write', summary: 'Issue an approved PO to the vendor (approved → issued); receipts can then be recorded.', permissions: MANAGE, revision: true, request: PoIssueRequest, response, errors: [['not-found', MISSING], ['invalid-state', 'po-not-approved']] })
  async issue(@Body() body: PoIssueRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new TransitionPoCommand(ctx, 'issue', body));
    return this.one(ctx, body.po_id);
  }

  @Endpoint({ service: PCM, call: 'po/get', kind: 'read', summary: 'Get a purchase order with each line\'s received and open qty.', permissions: VIEW, request: PoGetRequest, response, errors: [['not-found', MISSING]] })
  get(@Body() body: PoGetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, body.po_id);
  }

  @Endpoint({ service: PCM, call: 'po/list', kind: 'read', summary: 'List purchase orders, newest first, optionally by status, vendor or logical facility.', permissions: VIEW, request: PoListRequest, response: { type: PurchaseOrderDto, list: true } })
  list(@Body() body: PoListRequest, @Ctx() ctx: RequestContext): Promise<PcmPage> {
    const filter = { status: body.status, vendor_id: body.vendor_id, logical_guid: body.logical_guid };
    return this.queries.execute(new PcmListQuery(PCM_POS, ctx.org_guid, filter, body.limit, body.next_token));
  }

  private async one(ctx: RequestContext, poId: string) {
    return { po: await this.queries.execute(new PcmGetQuery(PCM_POS, ctx.org_guid, poId, MISSING)) };
  }
}
