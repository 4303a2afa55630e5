import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { notFound } from '@g3n/es';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { PVM_VARIANTS } from '../../../../projections/pvm/product-docs';
import { CreateVariantCommand, SetVariantStatusCommand, UpdateVariantCommand } from '../commands/variant.handlers';
import { GetProductRecordQuery, ListProductRecordsQuery, RecordPage } from '../queries/product-records.handler';
import {
  PvmVariant, PvmVariantCreateRequest, PvmVariantGetRequest, PvmVariantListRequest, PvmVariantStatusRequest, PvmVariantUpdateRequest,
} from './dto/variant.dto';
import { ErrorTags, MANAGE, PVM, STATUS_ERRORS, VIEW } from './product-routes';

const MISSING = 'variant-not-found';
const response = { type: PvmVariant, key: 'variant' };
const SELECTION_ERRORS: ErrorTags = [
  ['validation-error', 'selections-incomplete'], ['validation-error', 'selection-group-unknown'], ['validation-error', 'selection-group-repeated'],
  ['validation-error', 'option-not-in-group'], ['invalid-state', 'option-inactive'],
];

@ApiTags(PVM)
@Controller(PVM)
export class VariantController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({
    service: PVM, call: 'variant', kind: 'write', summary: 'Create a draft variant of an active style: one option per group of the style\'s OGM revision, a combination no live variant of the style has.',
    permissions: MANAGE, request: PvmVariantCreateRequest, response,
    errors: [['not-found', 'style-not-found'], ['invalid-state', 'style-not-active'], ['conflict', 'duplicate-combination'], ...SELECTION_ERRORS],
  })
  async create(@Body() body: PvmVariantCreateRequest, @Ctx() ctx: RequestContext) {
    const id = await this.commands.execute<CreateVariantCommand, string>(new CreateVariantCommand(ctx, body));
    return this.one(ctx, id);
  }

  @Endpoint({ service: PVM, call: 'variant/get', kind: 'read', summary: 'Get a variant with its identifiers and active barcodes.', permissions: VIEW, request: PvmVariantGetRequest, response, errors: [['not-found', MISSING]] })
  get(@Body() body: PvmVariantGetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, body.variant_id, body.style_id);
  }

  @Endpoint({ service: PVM, call: 'variant/list', kind: 'read', summary: 'List variants in creation order, by style, status or SKU.', permissions: VIEW, request: PvmVariantListRequest, response: { type: PvmVariant, list: true } })
  list(@Body() body: PvmVariantListRequest, @Ctx() ctx: RequestContext): Promise<RecordPage> {
    const filter = { style_id: body.style_id, status: body.status, sku: body.sku };
    return this.queries.execute(new ListProductRecordsQuery(PVM_VARIANTS, ctx.org_guid, filter, 'created_at', body.limit, body.next_token));
  }

  @Endpoint({
    service: PVM, call: 'variant/update', kind: 'write', summary: 'Set the SKU (also attached as a `sku` identifier) or caption of a variant.',
    permissions: MANAGE, revision: true, request: PvmVariantUpdateRequest, response, errors: [['not-found', MISSING], ['invalid-state', 'variant-doomed'], ['conflict', 'duplicate-identifier']],
  })
  async update(@Body() body: PvmVariantUpdateRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new UpdateVariantCommand(ctx, body));
    return this.one(ctx, body.variant_id);
  }

  @Endpoint({
    service: PVM, call: 'variant/status', kind: 'write', summary: 'Move a variant draft → active → discontinued (→ active), or doom it (frees its identifiers, barcodes and combination). Sellable = active.',
    permissions: MANAGE, revision: true, request: PvmVariantStatusRequest, response, errors: [['not-found', MISSING], ...STATUS_ERRORS, ['invalid-state', 'style-not-active']],
  })
  async status(@Body() body: PvmVariantStatusRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new SetVariantStatusCommand(ctx, body));
    return this.one(ctx, body.variant_id);
  }

  private async one(ctx: RequestContext, id: string, styleId?: string) {
    const variant = await this.queries.execute<GetProductRecordQuery, Record<string, unknown>>(new GetProductRecordQuery(PVM_VARIANTS, ctx.org_guid, id, MISSING));
    if (styleId !== undefined && variant.style_id !== styleId) throw notFound(MISSING, 'Not found.');
    return { variant };
  }
}
