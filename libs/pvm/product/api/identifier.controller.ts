import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { identifierDocId, PVM_IDENTIFIERS, PVM_PRODUCT_HISTORY } from '../../../../projections/pvm/product-docs';
import { AddIdentifierCommand, TransferIdentifierCommand } from '../commands/identifier.handlers';
import { GetProductRecordQuery, ListProductRecordsQuery, RecordPage } from '../queries/product-records.handler';
import { Resolution, ResolveProductQuery } from '../queries/resolve.handler';
import { identifierKey } from '../shared/streams';
import {
  PvmIdentifier, PvmIdentifierAddRequest, PvmIdentifierHistoryRequest, PvmIdentifierListRequest, PvmIdentifierResolveRequest, PvmIdentifierTransferRequest,
} from './dto/identifier.dto';
import { PvmHistoryEntry, PvmResolved } from './dto/resolve.dto';
import { CHECK_DIGIT_ERRORS, MANAGE, PVM, VIEW } from './product-routes';

const MISSING = 'identifier-not-found';
const response = { type: PvmIdentifier, key: 'identifier' };

@ApiTags(PVM)
@Controller(PVM)
export class IdentifierController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({
    service: PVM, call: 'identifier/add', kind: 'write', summary: 'Attach an identifier (sku, upc, ean, gtin, isbn, mpn, alias, vendor_sku, external) to a live variant; unique per type among live variants of the org.',
    permissions: MANAGE, request: PvmIdentifierAddRequest, response,
    errors: [['not-found', 'variant-not-found'], ['invalid-state', 'variant-doomed'], ['conflict', 'duplicate-identifier'], ...CHECK_DIGIT_ERRORS],
  })
  async add(@Body() body: PvmIdentifierAddRequest, @Ctx() ctx: RequestContext) {
    const key = await this.commands.execute<AddIdentifierCommand, string>(new AddIdentifierCommand(ctx, body));
    return this.one(ctx, key);
  }

  @Endpoint({ service: PVM, call: 'identifier/list', kind: 'read', summary: 'List the identifiers a variant holds, optionally of one type.', permissions: VIEW, request: PvmIdentifierListRequest, response: { type: PvmIdentifier, list: true } })
  list(@Body() body: PvmIdentifierListRequest, @Ctx() ctx: RequestContext): Promise<RecordPage> {
    return this.queries.execute(new ListProductRecordsQuery(PVM_IDENTIFIERS, ctx.org_guid, { variant_id: body.variant_id, type: body.type }, 'identifier_key', body.limit, body.next_token));
  }

  @Endpoint({
    service: PVM, call: 'identifier/resolve', kind: 'read', summary: 'Find the live variant (and its style) an identifier names.', permissions: VIEW, request: PvmIdentifierResolveRequest,
    response: { type: PvmResolved, key: 'resolved', extra: { identifier: { type: 'object' }, style: { type: 'object' }, variant: { type: 'object' } } }, errors: [['not-found', MISSING], ['not-found', 'variant-not-found']],
  })
  resolve(@Body() body: PvmIdentifierResolveRequest, @Ctx() ctx: RequestContext): Promise<Resolution> {
    return this.queries.execute(new ResolveProductQuery(ctx.org_guid, { kind: 'identifier', type: body.type, value: body.value }));
  }

  @Endpoint({ service: PVM, call: 'identifier/history', kind: 'read', summary: 'Every add, transfer and release of one identifier, oldest first.', permissions: VIEW, request: PvmIdentifierHistoryRequest, response: { type: PvmHistoryEntry, list: true } })
  history(@Body() body: PvmIdentifierHistoryRequest, @Ctx() ctx: RequestContext): Promise<RecordPage> {
    const key = identifierKey(body.type, body.value);
    return this.queries.execute(new ListProductRecordsQuery(PVM_PRODUCT_HISTORY, ctx.org_guid, { identifier_key: key }, 'position', body.limit, body.next_token));
  }

  @Endpoint({
    service: PVM, call: 'identifier/transfer', kind: 'write', summary: 'Move an identifier to another live variant (expected_revision is the identifier\'s revision); the move is kept in its history.',
    permissions: MANAGE, revision: true, request: PvmIdentifierTransferRequest, response,
    errors: [['not-found', MISSING], ['not-found', 'variant-not-found'], ['invalid-state', 'variant-doomed'], ['invalid-state', 'identifier-released'], ['invalid-state', 'identifier-is-current-sku']],
  })
  async transfer(@Body() body: PvmIdentifierTransferRequest, @Ctx() ctx: RequestContext) {
    const key = await this.commands.execute<TransferIdentifierCommand, string>(new TransferIdentifierCommand(ctx, body));
    return this.one(ctx, key);
  }

  private async one(ctx: RequestContext, key: string) {
    return { identifier: await this.queries.execute<GetProductRecordQuery, Record<string, unknown>>(new GetProductRecordQuery(PVM_IDENTIFIERS, ctx.org_guid, identifierDocId(ctx.org_guid, key), MISSING)) };
  }
}
