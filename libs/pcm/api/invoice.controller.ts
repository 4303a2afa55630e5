import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { PCM_INVOICES } from '../../../projections/pcm/invoices.projection';
import { MatchInvoiceCommand } from '../commands/match-invoice.handler';
import { ReviewInvoiceCommand } from '../commands/review-invoice.handlers';
import { PcmGetQuery } from '../queries/get-record.handler';
import { PcmListQuery, PcmPage } from '../queries/list-records.handler';
import { InvoiceDisputeRequest, InvoiceDto, InvoiceGetRequest, InvoiceListRequest, InvoiceMatchRequest, InvoiceResolveRequest } from './dto/invoice.dto';
import { ErrorTags, MANAGE, PCM, VIEW } from './pcm-routes';

const MISSING = 'invoice-not-found';
const response = { type: InvoiceDto, key: 'invoice' };
const MATCH_ERRORS: ErrorTags = [
  ['not-found', 'po-not-found'], ['invalid-state', 'po-not-issued'], ['invalid-state', 'po-cancelled'],
  ['conflict', 'duplicate-invoice'], ['validation-error', 'duplicate-variant'], ['validation-error', 'total-too-large'],
];
const REVIEW_ERRORS: ErrorTags = [['not-found', MISSING], ['invalid-state', 'invoice-not-mismatched'], ['invalid-state', 'invoice-resolved']];

@ApiTags(PCM)
@Controller(PCM)
export class InvoiceController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({ service: PCM, call: 'invoice/match', kind: 'write', summary: 'Record a vendor invoice and three-way match it (PO × receipts × invoice): matched, or mismatched with per-line reasons.', permissions: MANAGE, request: InvoiceMatchRequest, response, errors: MATCH_ERRORS })
  async match(@Body() body: InvoiceMatchRequest, @Ctx() ctx: RequestContext) {
    const invoiceId = await this.commands.execute<MatchInvoiceCommand, string>(new MatchInvoiceCommand(ctx, body));
    return this.one(ctx, invoiceId);
  }

  @Endpoint({ service: PCM, call: 'invoice/get', kind: 'read', summary: 'Get an invoice with its match result.', permissions: VIEW, request: InvoiceGetRequest, response, errors: [['not-found', MISSING]] })
  get(@Body() body: InvoiceGetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, body.invoice_id);
  }

  @Endpoint({ service: PCM, call: 'invoice/list', kind: 'read', summary: 'List invoices, newest first, optionally by PO, vendor or status.', permissions: VIEW, request: InvoiceListRequest, response: { type: InvoiceDto, list: true } })
  list(@Body() body: InvoiceListRequest, @Ctx() ctx: RequestContext): Promise<PcmPage> {
    const filter = { po_id: body.po_id, vendor_id: body.vendor_id, status: body.status };
    return this.queries.execute(new PcmListQuery(PCM_INVOICES, ctx.org_guid, filter, body.limit, body.next_token));
  }

  @Endpoint({ service: PCM, call: 'invoice/dispute', kind: 'write', summary: 'Dispute a mismatched invoice with the vendor (mismatched → disputed).', permissions: MANAGE, revision: true, request: InvoiceDisputeRequest, response, errors: [...REVIEW_ERRORS, ['invalid-state', 'invoice-disputed']] })
  async dispute(@Body() body: InvoiceDisputeRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new ReviewInvoiceCommand(ctx, body, 'dispute'));
    return this.one(ctx, body.invoice_id);
  }

  @Endpoint({ service: PCM, call: 'invoice/resolve', kind: 'write', summary: 'Resolve a mismatched or disputed invoice: accept (pay the agreed amount) or reject.', permissions: MANAGE, revision: true, request: InvoiceResolveRequest, response, errors: [...REVIEW_ERRORS, ['validation-error', 'approved-total-on-reject']] })
  async resolve(@Body() body: InvoiceResolveRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new ReviewInvoiceCommand(ctx, body, 'resolve'));
    return this.one(ctx, body.invoice_id);
  }

  private async one(ctx: RequestContext, invoiceId: string) {
    return { invoice: await this.queries.execute(new PcmGetQuery(PCM_INVOICES, ctx.org_guid, invoiceId, MISSING)) };
  }
}
