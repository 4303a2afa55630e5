import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { PMC_PRODUCT_REVISIONS, PMC_PRODUCTS } from '../../../projections/pmc/products.projection';
import { MoveProductPointerCommand } from '../commands/move-product-pointer.handler';
import type { ProductCommand } from '../product/product.decide';
import { GetProductPointerQuery } from '../queries/get-product-pointer.handler';
import { GetPmcRecordQuery } from '../queries/get-record.handler';
import { ListPmcRecordsQuery, RecordPage } from '../queries/list-records.handler';
import { normaliseChannelCode } from '../shared/pmc-ids';
import {
  ProductDto, ProductGetRequest, ProductListRequest, ProductOnlineClearRequest, ProductOnlineSetRequest, ProductPointerClearRequest, ProductPointerDto,
  ProductPointerGetRequest, ProductPointerSetRequest, ProductRevisionDto, ProductRevisionListRequest, ProductSearchRequest,
} from './dto/product.dto';
import { ErrorTags, PMC, PUBLISH, VIEW } from './pmc-routes';

const MISSING = 'product-not-found';
const response = { type: ProductDto, key: 'product' };
const pointerResponse = { type: ProductPointerDto, key: 'pointer' };
const byProductId = [{ field: 'product_id', direction: 'asc' as const }];
const REVISION_MISSING: ErrorTags = [['not-found', MISSING], ['not-found', 'product-revision-not-found']];
const code = (channelCode?: string) => (channelCode === undefined ? undefined : normaliseChannelCode(channelCode));

@ApiTags(PMC)
@Controller(PMC)
export class ProductController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({ service: PMC, call: 'product/get', kind: 'read', summary: 'Get a product (a variant on a channel): latest revision and online pointer.', permissions: VIEW, request: ProductGetRequest, response, errors: [['not-found', MISSING]] })
  get(@Body() body: ProductGetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, body.product_id);
  }

  @Endpoint({ service: PMC, call: 'product/list', kind: 'read', summary: 'List products by variant, channel, style and online state (online or offline).', permissions: VIEW, request: ProductListRequest, response: { type: ProductDto, list: true } })
  list(@Body() b: ProductListRequest, @Ctx() ctx: RequestContext): Promise<RecordPage> {
    const filter = { variant_id: b.variant_id, channel_code: code(b.channel_code), online_state: b.online_state, style_id: b.style_id };
    return this.queries.execute(new ListPmcRecordsQuery(PMC_PRODUCTS, ctx.org_guid, filter, byProductId, b.limit, b.next_token));
  }

  @Endpoint({ service: PMC, call: 'product/search', kind: 'read', summary: 'Find products by SKU (exact or prefix), identifier or barcode, style, category or brand (of the latest revision).', permissions: VIEW, request: ProductSearchRequest, response: { type: ProductDto, list: true } })
  search(@Body() b: ProductSearchRequest, @Ctx() ctx: RequestContext): Promise<RecordPage> {
    const identifier = b.identifier_type && b.identifier_value ? `${b.identifier_type.toLowerCase()}:${b.identifier_value}` : undefined;
    const sku = b.sku ?? (b.sku_prefix ? { $prefix: b.sku_prefix } : undefined);
    const filter = {
      channel_code: code(b.channel_code), online_state: b.online_state, sku, identifier_keys: identifier, style_id: b.style_id, category_id: b.category_id, brand_id: b.brand_id,
    };
    return this.queries.execute(new ListPmcRecordsQuery(PMC_PRODUCTS, ctx.org_guid, filter, byProductId, b.limit, b.next_token));
  }

  @Endpoint({ service: PMC, call: 'product/revision/list', kind: 'read', summary: 'List a product\'s revisions, newest first, each with its snapshot and whether it is the online one.', permissions: VIEW, request: ProductRevisionListRequest, response: { type: ProductRevisionDto, list: true }, errors: [['not-found', MISSING]] })
  async revisions(@Body() b: ProductRevisionListRequest, @Ctx() ctx: RequestContext): Promise<RecordPage> {
    await this.one(ctx, b.product_id);
    const sort = [{ field: 'product_rev', direction: 'desc' as const }];
    return this.queries.execute(new ListPmcRecordsQuery(PMC_PRODUCT_REVISIONS, ctx.org_guid, { product_id: b.product_id }, sort, b.limit, b.next_token));
  }

  @Endpoint({
    service: PMC, call: 'product/online/set', kind: 'write', summary: 'Put an offline product online at a revision (default: the latest).', permissions: PUBLISH, revision: true,
    request: ProductOnlineSetRequest, response, errors: [...REVISION_MISSING, ['invalid-state', 'already-online']],
  })
  async onlineSet(@Body() body: ProductOnlineSetRequest, @Ctx() ctx: RequestContext) {
    return this.move(ctx, body, { kind: 'online-set', product_rev: body.product_rev }, 'product');
  }

  @Endpoint({ service: PMC, call: 'product/online/clear', kind: 'write', summary: 'Take a product offline (its revisions stay).', permissions: PUBLISH, revision: true, request: ProductOnlineClearRequest, response, errors: [['not-found', MISSING], ['invalid-state', 'product-offline']] })
  async onlineClear(@Body() body: ProductOnlineClearRequest, @Ctx() ctx: RequestContext) {
    return this.move(ctx, body, { kind: 'online-clear' }, 'product');
  }

  @Endpoint({ service: PMC, call: 'product/pointer/get', kind: 'read', summary: 'Get a product\'s online pointer and the online revision\'s snapshot.', permissions: VIEW, request: ProductPointerGetRequest, response: pointerResponse, errors: [['not-found', MISSING]] })
  async pointerGet(@Body() body: ProductPointerGetRequest, @Ctx() ctx: RequestContext) {
    return { pointer: await this.queries.execute(new GetProductPointerQuery(ctx.org_guid, body.product_id)) };
  }

  @Endpoint({
    service: PMC, call: 'product/pointer/set', kind: 'write', summary: 'Move an online product\'s pointer to another existing revision (rollback or roll forward).', permissions: PUBLISH, revision: true,
    request: ProductPointerSetRequest, response: pointerResponse, errors: [...REVISION_MISSING, ['invalid-state', 'product-offline']],
  })
  async pointerSet(@Body() body: ProductPointerSetRequest, @Ctx() ctx: RequestContext) {
    return this.move(ctx, body, { kind: 'pointer-set', product_rev: body.product_rev }, 'pointer');
  }

  @Endpoint({ service: PMC, call: 'product/pointer/clear', kind: 'write', summary: 'Clear the online pointer: the product goes offline (same effect as /product/online/clear).', permissions: PUBLISH, revision: true, request: ProductPointerClearRequest, response: pointerResponse, errors: [['not-found', MISSING], ['invalid-state', 'product-offline']] })
  async pointerClear(@Body() body: ProductPointerClearRequest, @Ctx() ctx: RequestContext) {
    return this.move(ctx, body, { kind: 'online-clear' }, 'pointer');
  }

  private async move(ctx: RequestContext, body: MoveProductPointerCommand['request'], move: Exclude<ProductCommand, { kind: 'publish' }>, answer: 'product' | 'pointer') {
    await this.commands.execute(new MoveProductPointerCommand(ctx, body, move));
    if (answer === 'pointer') return { pointer: await this.queries.execute(new GetProductPointerQuery(ctx.org_guid, body.product_id)) };
    return this.one(ctx, body.product_id);
  }

  private async one(ctx: RequestContext, productId: string) {
    return { product: await this.queries.execute<GetPmcRecordQuery, Record<string, unknown>>(new GetPmcRecordQuery(PMC_PRODUCTS, ctx.org_guid, productId, MISSING)) };
  }
}
