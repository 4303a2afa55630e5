import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { OFM_SALES_CHANNELS } from '../../../../projections/ofm/sales-channels.projection';
import { CompleteSalesChannelConfigCommand } from '../commands/complete-sales-channel-config.handler';
import { CreateSalesChannelCommand } from '../commands/create-sales-channel.handler';
import { PresignSalesChannelConfigCommand } from '../commands/presign-sales-channel-config.handler';
import { SetSalesChannelStatusCommand } from '../commands/set-sales-channel-status.handler';
import { UpdateSalesChannelCommand } from '../commands/update-sales-channel.handler';
import { FindByCodeQuery } from '../queries/find-by-code.handler';
import { GetRecordQuery } from '../queries/get-record.handler';
import { ListRecordsQuery, RecordPage } from '../queries/list-records.handler';
import { normaliseChannelCode } from '../shared/facility-formats';
import {
  ConfigUploadDto, SalesChannelConfigCompleteRequest, SalesChannelConfigPresignRequest, SalesChannelCreateRequest, SalesChannelDto,
  SalesChannelGetRequest, SalesChannelListRequest, SalesChannelResolveRequest, SalesChannelStatusRequest, SalesChannelUpdateRequest,
} from './dto/sales-channel.dto';
import { ErrorTags, MANAGE, OFM, STATUS_ERRORS, VIEW } from './facility-routes';

const MISSING = 'sales-channel-not-found';
const response = { type: SalesChannelDto, key: 'sales_channel' };
const COHERENCE: ErrorTags = [['validation-error', 'default-locale-not-listed'], ['not-found', 'logical-facility-not-found'], ['invalid-state', 'logical-facility-inactive']];

@ApiTags(OFM)
@Controller(OFM)
export class SalesChannelController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({
    service: OFM, call: 'sales-channel/config/complete', kind: 'write', summary: 'Make an uploaded config version the channel\'s config (records key, version and etag).', permissions: MANAGE,
    request: SalesChannelConfigCompleteRequest, response,
    errors: [
      ['not-found', MISSING], ['not-found', 'config-version-not-found'], ['invalid-state', 'config-not-uploaded'], ['invalid-state', 'config-not-json'],
      ['invalid-state', 'config-too-large'], ['invalid-state', 'config-version-superseded'], ['validation-error', 'version-required'],
      ['validation-error', 'config-key-mismatch'], ['conflict', 'revision-mismatch'],
    ],
  })
  async complete(@Body() body: SalesChannelConfigCompleteRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new CompleteSalesChannelConfigCommand(ctx, body));
    return this.one(ctx, body.channel_guid);
  }

  @Endpoint({
    service: OFM, call: 'sales-channel/config/presign', kind: 'write', summary: 'Get an upload URL for the next config version (PUT a JSON file there, then complete).', permissions: MANAGE,
    request: SalesChannelConfigPresignRequest, response: { type: ConfigUploadDto, key: 'upload' }, errors: [['not-found', MISSING], ['conflict', 'revision-mismatch']],
  })
  async presign(@Body() body: SalesChannelConfigPresignRequest, @Ctx() ctx: RequestContext) {
    return { upload: await this.commands.execute<PresignSalesChannelConfigCommand, ConfigUploadDto>(new PresignSalesChannelConfigCommand(ctx, body)) };
  }

  @Endpoint({ service: OFM, call: 'sales-channel/create', kind: 'write', summary: 'Declare a sales channel: code, market, locales.', permissions: MANAGE, request: SalesChannelCreateRequest, response, errors: [['conflict', 'duplicate-code'], ...COHERENCE] })
  async create(@Body() body: SalesChannelCreateRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, await this.commands.execute<CreateSalesChannelCommand, string>(new CreateSalesChannelCommand(ctx, body)));
  }

  @Endpoint({ service: OFM, call: 'sales-channel/get', kind: 'read', summary: 'Get a sales channel, with its config pointer.', permissions: VIEW, request: SalesChannelGetRequest, response, errors: [['not-found', MISSING]] })
  get(@Body() body: SalesChannelGetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, body.channel_guid);
  }

  @Endpoint({ service: OFM, call: 'sales-channel/list', kind: 'read', summary: 'List sales channels by code, optionally by status, market or logical facility.', permissions: VIEW, request: SalesChannelListRequest, response: { type: SalesChannelDto, list: true } })
  list(@Body() body: SalesChannelListRequest, @Ctx() ctx: RequestContext): Promise<RecordPage> {
    const filter = { status: body.status, market_code: body.market_code, logical_guid: body.logical_guid };
    return this.queries.execute(new ListRecordsQuery(OFM_SALES_CHANNELS, ctx.org_guid, filter, 'channel_code', body.limit, body.next_token));
  }

  @Endpoint({ service: OFM, call: 'sales-channel/update', kind: 'write', summary: 'Change caption, market, locales, currency or logical facility (code never changes).', permissions: MANAGE, revision: true, request: SalesChannelUpdateRequest, response, errors: [['not-found', MISSING], ...COHERENCE] })
  async update(@Body() body: SalesChannelUpdateRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new UpdateSalesChannelCommand(ctx, body));
    return this.one(ctx, body.channel_guid);
  }

  @Endpoint({ service: OFM, call: 'sales-channel/status', kind: 'write', summary: 'Activate or deactivate a sales channel.', permissions: MANAGE, revision: true, request: SalesChannelStatusRequest, response, errors: [['not-found', MISSING], ...STATUS_ERRORS] })
  async status(@Body() body: SalesChannelStatusRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new SetSalesChannelStatusCommand(ctx, body));
    return this.one(ctx, body.channel_guid);
  }

  @Endpoint({ service: OFM, call: 'sales-channel/resolve', kind: 'read', summary: 'Find a sales channel by channel_code (case-insensitive).', permissions: VIEW, request: SalesChannelResolveRequest, response, errors: [['not-found', MISSING]] })
  async resolve(@Body() body: SalesChannelResolveRequest, @Ctx() ctx: RequestContext) {
    const filter = { channel_code: normaliseChannelCode(body.channel_code) };
    return { sales_channel: await this.queries.execute<FindByCodeQuery, Record<string, unknown>>(new FindByCodeQuery(OFM_SALES_CHANNELS, ctx.org_guid, filter, MISSING)) };
  }

  private async one(ctx: RequestContext, guid: string) {
    return { sales_channel: await this.queries.execute<GetRecordQuery, Record<string, unknown>>(new GetRecordQuery(OFM_SALES_CHANNELS, ctx.org_guid, guid, MISSING)) };
  }
}
