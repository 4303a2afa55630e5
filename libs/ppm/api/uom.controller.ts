import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { PPM_UOMS, uomDocId } from '../../../projections/ppm/uoms.projection';
import { SetUomCommand } from '../commands/set-uom.handler';
import { GetPpmRecordQuery, ListPpmRecordsQuery, RecordPage } from '../queries/records';
import { normaliseCode } from '../shared/formats';
import { UomDto, UomGetRequest, UomQueryRequest, UomSetRequest } from './dto/uom.dto';
import { MANAGE, PPM, SET_REVISION_ERRORS, VIEW } from './ppm-routes';

const MISSING = 'uom-not-found';
const response = { type: UomDto, key: 'uom' };

@ApiTags(PPM)
@Controller(PPM)
export class UomController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({
    service: PPM, call: 'uom/set', kind: 'write', permissions: MANAGE, request: UomSetRequest, response,
    summary: 'Create a unit of measure by code (a base unit, or a whole multiple of one), or update its caption or factor (with expected_revision).',
    errors: [
      ['not-found', 'base-uom-not-found'], ['validation-error', 'base-uom-not-base'], ['validation-error', 'base-uom-self'], ['validation-error', 'base-unit-factor'],
      ['validation-error', 'invalid-factor'], ['validation-error', 'base-uom-immutable'], ['invalid-state', 'uom-exists'], ['not-found', MISSING], ...SET_REVISION_ERRORS,
    ],
  })
  async set(@Body() body: UomSetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, await this.commands.execute<SetUomCommand, string>(new SetUomCommand(ctx, body)));
  }

  @Endpoint({ service: PPM, call: 'uom/get', kind: 'read', summary: 'Get a unit of measure by code.', permissions: VIEW, request: UomGetRequest, response, errors: [['not-found', MISSING]] })
  get(@Body() body: UomGetRequest, @Ctx() ctx: RequestContext) {
    return this.one(ctx, normaliseCode(body.code));
  }

  @Endpoint({ service: PPM, call: 'uom/list', kind: 'read', summary: 'List units of measure by code, optionally the multiples of one base unit.', permissions: VIEW, request: UomQueryRequest, response: { type: UomDto, list: true } })
  list(@Body() body: UomQueryRequest, @Ctx() ctx: RequestContext): Promise<RecordPage> {
    const filter = { base_uom: body.base_uom === undefined ? undefined : normaliseCode(body.base_uom) };
    return this.queries.execute(new ListPpmRecordsQuery(PPM_UOMS, ctx.org_guid, filter, 'code', body.limit, body.next_token));
  }

  private async one(ctx: RequestContext, code: string) {
    return { uom: await this.queries.execute<GetPpmRecordQuery, Record<string, unknown>>(new GetPpmRecordQuery(PPM_UOMS, ctx.org_guid, uomDocId(ctx.org_guid, code), MISSING)) };
  }
}
