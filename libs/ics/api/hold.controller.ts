import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags, getSchemaPath } from '@nestjs/swagger';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import { holdDocId, ICS_HOLDS } from '../../../projections/ics/holds.projection';
import { CreateHoldCommand, HoldRef } from '../commands/create-hold.handler';
import { ExpireHoldsCommand } from '../commands/expire-holds.handler';
import { ReleaseHoldCommand } from '../commands/release-hold.handler';
import { GetIcsRecordQuery } from '../queries/get-record.handler';
import { GetStockQuery } from '../queries/get-stock.handler';
import type { HoldStage } from '../stock/stock.events';
import { StockLevelDto } from './dto/stock.dto';
import { HoldDto, IcsHoldAdvanceRequest, IcsHoldExpireRequest, IcsHoldReleaseRequest, IcsReservationCreateRequest } from './dto/hold.dto';
import { ErrorTags, ICS, MANAGE, STOCK_ERRORS } from './ics-routes';

const held = { type: HoldDto, key: 'hold', extra: { stock: { $ref: getSchemaPath(StockLevelDto) } } };
const expired = { type: HoldDto, list: true };
const HOLD_MISSING: ErrorTags = [['not-found', 'hold-not-found']];
const ADVANCE_ERRORS: ErrorTags = [...STOCK_ERRORS, ...HOLD_MISSING, ['invalid-state', 'hold-already-allocated'], ['invalid-state', 'hold-already-committed'], ['validation-error', 'hold-target-required']];
const RELEASE_ERRORS: ErrorTags = [...HOLD_MISSING, ['invalid-state', 'hold-stage-mismatch']];

/** Reservations, allocations and commits: holds on a stock moving reserved → allocated → committed (UC-ICS-002). */
@ApiTags(ICS)
@Controller(ICS)
export class HoldController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({ service: ICS, call: 'reservation/create', kind: 'write', summary: 'Reserve available units under a new hold (expires after ttl_seconds, default 1800).', permissions: MANAGE, request: IcsReservationCreateRequest, response: held, errors: STOCK_ERRORS })
  reserve(@Body() body: IcsReservationCreateRequest, @Ctx() ctx: RequestContext) {
    return this.create(ctx, 'reserved', body);
  }

  @Endpoint({ service: ICS, call: 'reservation/release', kind: 'write', summary: 'Release a reserved hold; its units are available again.', permissions: MANAGE, request: IcsHoldReleaseRequest, response: held, errors: RELEASE_ERRORS })
  releaseReservation(@Body() body: IcsHoldReleaseRequest, @Ctx() ctx: RequestContext) {
    return this.release(ctx, 'reserved', body);
  }

  @Endpoint({ service: ICS, call: 'reservation/expire', kind: 'write', summary: 'Expire the org\'s reserved holds whose expires_at has passed.', permissions: MANAGE, request: IcsHoldExpireRequest, response: expired })
  expireReservations(@Body() body: IcsHoldExpireRequest, @Ctx() ctx: RequestContext) {
    return this.expire(ctx, 'reserved', body);
  }

  @Endpoint({ service: ICS, call: 'allocation/create', kind: 'write', summary: 'Allocate a reserved hold (hold_id), or allocate qty straight from available.', permissions: MANAGE, request: IcsHoldAdvanceRequest, response: held, errors: ADVANCE_ERRORS })
  allocate(@Body() body: IcsHoldAdvanceRequest, @Ctx() ctx: RequestContext) {
    return this.create(ctx, 'allocated', body);
  }

  @Endpoint({ service: ICS, call: 'allocation/release', kind: 'write', summary: 'Release an allocated hold; its units are available again.', permissions: MANAGE, request: IcsHoldReleaseRequest, response: held, errors: RELEASE_ERRORS })
  releaseAllocation(@Body() body: IcsHoldReleaseRequest, @Ctx() ctx: RequestContext) {
    return this.release(ctx, 'allocated', body);
  }

  @Endpoint({ service: ICS, call: 'allocation/expire', kind: 'write', summary: 'Expire the org\'s allocated holds whose expires_at has passed.', permissions: MANAGE, request: IcsHoldExpireRequest, response: expired })
  expireAllocations(@Body() body: IcsHoldExpireRequest, @Ctx() ctx: RequestContext) {
    return this.expire(ctx, 'allocated', body);
  }

  @Endpoint({ service: ICS, call: 'commit/create', kind: 'write', summary: 'Commit a reserved or allocated hold (hold_id), or commit qty straight from available: the units will ship.', permissions: MANAGE, request: IcsHoldAdvanceRequest, response: held, errors: ADVANCE_ERRORS })
  commit(@Body() body: IcsHoldAdvanceRequest, @Ctx() ctx: RequestContext) {
    return this.create(ctx, 'committed', body);
  }

  @Endpoint({ service: ICS, call: 'commit/release', kind: 'write', summary: 'Release a committed hold (the shipment will not happen); its units are available again.', permissions: MANAGE, request: IcsHoldReleaseRequest, response: held, errors: RELEASE_ERRORS })
  releaseCommit(@Body() body: IcsHoldReleaseRequest, @Ctx() ctx: RequestContext) {
    return this.release(ctx, 'committed', body);
  }

  private async create(ctx: RequestContext, stage: HoldStage, body: IcsReservationCreateRequest | IcsHoldAdvanceRequest) {
    return this.answer(ctx, await this.commands.execute<CreateHoldCommand, HoldRef>(new CreateHoldCommand(ctx, stage, body)));
  }

  private async release(ctx: RequestContext, stage: HoldStage, body: IcsHoldReleaseRequest) {
    return this.answer(ctx, await this.commands.execute<ReleaseHoldCommand, HoldRef>(new ReleaseHoldCommand(ctx, stage, body)));
  }

  private async expire(ctx: RequestContext, stage: HoldStage, body: IcsHoldExpireRequest) {
    const ids = await this.commands.execute<ExpireHoldsCommand, string[]>(new ExpireHoldsCommand(ctx, stage, body));
    const holds = await Promise.all(ids.map((id) => this.queries.execute(new GetIcsRecordQuery(ICS_HOLDS, ctx.org_guid, id, 'hold-not-found'))));
    return { items: holds, next_token: null };
  }

  private async answer(ctx: RequestContext, ref: HoldRef) {
    const [hold, stock] = await Promise.all([
      this.queries.execute(new GetIcsRecordQuery(ICS_HOLDS, ctx.org_guid, holdDocId(ctx.org_guid, ref.hold_id), 'hold-not-found')),
      this.queries.execute(new GetStockQuery(ctx.org_guid, ref.logical_guid, ref.variant_id)),
    ]);
    return { hold, stock };
  }
}
