import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { PVM_BARCODES } from '../../../../projections/pvm/product-docs';
import { AddBarcodeCommand, SetBarcodeStatusCommand, SetPrimaryBarcodeCommand } from '../commands/barcode.handlers';
import { ListProductRecordsQuery, RecordPage } from '../queries/product-records.handler';
import { GetBarcodeQuery, Resolution, ResolveProductQuery } from '../queries/resolve.handler';
import {
  PvmBarcode, PvmBarcodeAddRequest, PvmBarcodeGetRequest, PvmBarcodeListRequest, PvmBarcodeResolveRequest, PvmBarcodeSetPrimaryRequest, PvmBarcodeStatusRequest,
} from './dto/barcode.dto';
import { PvmResolved } from './dto/resolve.dto';
import { CHECK_DIGIT_ERRORS, MANAGE, PVM, STATUS_ERRORS, VIEW } from './product-routes';

const MISSING = 'barcode-not-found';
const response = { type: PvmBarcode, key: 'barcode' };

@ApiTags(PVM)
@Controller(PVM)
export class BarcodeController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({
    service: PVM, call: 'barcode/add', kind: 'write', summary: 'Add a barcode to a live variant (GTIN check digit validated; unique among live barcodes of the org; the first one is primary).',
    permissions: MANAGE, request: PvmBarcodeAddRequest, response,
    errors: [['not-found', 'variant-not-found'], ['invalid-state', 'variant-doomed'], ['conflict', 'duplicate-barcode'], ...CHECK_DIGIT_ERRORS],
  })
  async add(@Body() body: PvmBarcodeAddRequest, @Ctx() ctx: RequestContext) {
    const id = await this.commands.execute<AddBarcodeCommand, string>(new AddBarcodeCommand(ctx, body));
    return this.one(ctx, id);
  }

  @Endpoint({ service: PVM, call: 'barcode/get', kind: 'read', summary: 'Get a barcode (revision = its variant\'s revision).', permissions: VIEW, request: PvmBarcodeGetRequest, response, errors: [['not-found', MISSING]] })
  get(@Body() body: PvmBarcodeGetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, body.barcode_id);
  }

  @Endpoint({ service: PVM, call: 'barcode/list', kind: 'read', summary: 'List a variant\'s barcodes (every status unless filtered).', permissions: VIEW, request: PvmBarcodeListRequest, response: { type: PvmBarcode, list: true } })
  list(@Body() body: PvmBarcodeListRequest, @Ctx() ctx: RequestContext): Promise<RecordPage> {
    return this.queries.execute(new ListProductRecordsQuery(PVM_BARCODES, ctx.org_guid, { variant_id: body.variant_id, status: body.status }, 'created_at', body.limit, body.next_token));
  }

  @Endpoint({
    service: PVM, call: 'barcode/resolve', kind: 'read', summary: 'Find the active barcode, variant and style for a scanned value (GTINs match in any length).', permissions: VIEW, request: PvmBarcodeResolveRequest,
    response: { type: PvmResolved, key: 'resolved', extra: { barcode: { type: 'object' }, style: { type: 'object' }, variant: { type: 'object' } } }, errors: [['not-found', MISSING], ['not-found', 'variant-not-found']],
  })
  resolve(@Body() body: PvmBarcodeResolveRequest, @Ctx() ctx: RequestContext): Promise<Resolution> {
    return this.queries.execute(new ResolveProductQuery(ctx.org_guid, { kind: 'barcode', value: body.value }));
  }

  @Endpoint({
    service: PVM, call: 'barcode/set_primary', kind: 'write', summary: 'Make an active barcode its variant\'s primary (the previous primary stops being primary).',
    permissions: MANAGE, revision: true, request: PvmBarcodeSetPrimaryRequest, response, errors: [['not-found', MISSING], ['invalid-state', 'barcode-not-active'], ['invalid-state', 'variant-doomed']],
  })
  async setPrimary(@Body() body: PvmBarcodeSetPrimaryRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new SetPrimaryBarcodeCommand(ctx, body));
    return this.one(ctx, body.barcode_id);
  }

  @Endpoint({
    service: PVM, call: 'barcode/status', kind: 'write', summary: 'Deactivate, reactivate or doom a barcode (doomed frees the value; a deactivated primary stops being primary).',
    permissions: MANAGE, revision: true, request: PvmBarcodeStatusRequest, response, errors: [['not-found', MISSING], ...STATUS_ERRORS, ['invalid-state', 'variant-doomed']],
  })
  async status(@Body() body: PvmBarcodeStatusRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new SetBarcodeStatusCommand(ctx, body));
    return this.one(ctx, body.barcode_id);
  }

  private async one(ctx: RequestContext, id: string) {
    return { barcode: await this.queries.execute<GetBarcodeQuery, Record<string, unknown>>(new GetBarcodeQuery(ctx.org_guid, id)) };
  }
}
