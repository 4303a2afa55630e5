import { Body, Controller } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { validationError } from '@g3n/es';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { PVM_PRODUCT_HISTORY } from '../../../../projections/pvm/product-docs';
import { ListProductRecordsQuery, RecordPage } from '../queries/product-records.handler';
import { PvmStatusQuery, Resolution, ResolveProductQuery } from '../queries/resolve.handler';
import {
  PvmHistoryEntry, PvmHistoryRequest, PvmResolveAliasRequest, PvmResolveBarcodeRequest, PvmResolveCodeRequest, PvmResolved, PvmServiceStatus, PvmStatusRequest,
} from './dto/resolve.dto';
import { PVM, VIEW } from './product-routes';

/** Fresh per route: a schema object shared between routes would become a YAML anchor in the generated document. */
const resolved = () => ({ type: PvmResolved, key: 'resolved', extra: { style: { type: 'object' }, variant: { type: 'object', nullable: true } } });

/** Lookups by what people scan or type, the product history, and the service health probe. */
@ApiTags(PVM)
@Controller(PVM)
export class ProductResolveController {
  constructor(private readonly queries: QueryBus) {}

  @Endpoint({ service: PVM, call: 'resolve/barcode', kind: 'read', summary: 'Resolve a scanned barcode to its live variant and style.', permissions: VIEW, request: PvmResolveBarcodeRequest, response: resolved(), errors: [['not-found', 'barcode-not-found']] })
  barcode(@Body() body: PvmResolveBarcodeRequest, @Ctx() ctx: RequestContext): Promise<Resolution> {
    return this.queries.execute(new ResolveProductQuery(ctx.org_guid, { kind: 'barcode', value: body.barcode }));
  }

  @Endpoint({ service: PVM, call: 'resolve/code', kind: 'read', summary: 'Resolve a code: a live style\'s code, else a live variant\'s SKU.', permissions: VIEW, request: PvmResolveCodeRequest, response: resolved(), errors: [['not-found', 'identifier-not-found']] })
  code(@Body() body: PvmResolveCodeRequest, @Ctx() ctx: RequestContext): Promise<Resolution> {
    return this.queries.execute(new ResolveProductQuery(ctx.org_guid, { kind: 'code', value: body.code }));
  }

  @Endpoint({ service: PVM, call: 'resolve/alias', kind: 'read', summary: 'Resolve an alias identifier to its live variant and style.', permissions: VIEW, request: PvmResolveAliasRequest, response: resolved(), errors: [['not-found', 'identifier-not-found']] })
  alias(@Body() body: PvmResolveAliasRequest, @Ctx() ctx: RequestContext): Promise<Resolution> {
    return this.queries.execute(new ResolveProductQuery(ctx.org_guid, { kind: 'identifier', type: 'alias', value: body.alias }));
  }

  @Endpoint({
    service: PVM, call: 'history', kind: 'read', summary: 'What happened to a style or a variant (with its barcodes and identifiers), oldest first.',
    permissions: VIEW, request: PvmHistoryRequest, response: { type: PvmHistoryEntry, list: true }, errors: [['validation-error', 'record-required']],
  })
  history(@Body() body: PvmHistoryRequest, @Ctx() ctx: RequestContext): Promise<RecordPage> {
    if (!body.style_id === !body.variant_id) {
      throw validationError('record-required', 'Give exactly one of style_id or variant_id.', { fields: [{ field: 'style_id', reason: 'exactly one of style_id, variant_id' }] });
    }
    const filter = body.variant_id ? { variant_ids: body.variant_id } : { style_ids: body.style_id };
    return this.queries.execute(new ListProductRecordsQuery(PVM_PRODUCT_HISTORY, ctx.org_guid, filter, 'position', body.limit, body.next_token));
  }

  @Endpoint({ service: PVM, call: 'status', kind: 'health', tenant: 'none', summary: 'Health of the product service, with style and variant counts (credentials required).', request: PvmStatusRequest, response: { type: PvmServiceStatus, key: 'status' } })
  async status(@Body() _body: PvmStatusRequest): Promise<{ status: Record<string, unknown> }> {
    return { status: await this.queries.execute(new PvmStatusQuery()) };
  }
}
