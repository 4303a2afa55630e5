import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { validationError } from '@g3n/es';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { IcsHoldAdvanceRequest, IcsReservationCreateRequest } from '../api/dto/hold.dto';
import type { HoldStage } from '../stock/stock.events';
import { stockDecider } from '../stock/stock.decide';
import { stockStream } from '../stock/streams';
import { IcsLookups, why } from './ics-lookups';

/** Reservations expire after 30 minutes unless the caller says otherwise (a cart-style hold); others never by default. */
export const DEFAULT_RESERVATION_TTL_SECONDS = 1800;

export class CreateHoldCommand {
  constructor(readonly ctx: RequestContext, readonly stage: HoldStage, readonly request: IcsReservationCreateRequest | IcsHoldAdvanceRequest) {}
}

export interface HoldRef { hold_id: string; logical_guid: string; variant_id: string }

/** Reserve/allocate/commit: advances the named hold, or opens a new one on available units at the given stage. */
@CommandHandler(CreateHoldCommand)
export class CreateHoldHandler implements ICommandHandler<CreateHoldCommand, HoldRef> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes, private readonly lookups: IcsLookups) {}

  async execute({ ctx, stage, request }: CreateHoldCommand): Promise<HoldRef> {
    const r = request as IcsHoldAdvanceRequest;
    const existing = r.hold_id ? await this.lookups.holdTarget(ctx.org_guid, { hold_id: r.hold_id, logical_guid: r.logical_guid, variant_id: r.variant_id }) : null;
    if (!existing && (!r.logical_guid || !r.variant_id || !r.qty)) {
      throw validationError('hold-target-required', 'Give hold_id, or logical_guid, variant_id and qty.', { fields: ['logical_guid', 'variant_id', 'qty'].filter((f) => !(r as Record<string, unknown>)[f]).map((field) => ({ field, reason: 'required without hold_id' })) });
    }
    const target = existing ?? { logical_guid: r.logical_guid!, variant_id: r.variant_id! };
    if (!existing) await this.lookups.assertStockTarget(ctx.org_guid, target.logical_guid, target.variant_id);
    const hold_id = r.hold_id ?? this.runtime.ids.next('hold');
    const ttl = r.ttl_seconds ?? (stage === 'reserved' ? DEFAULT_RESERVATION_TTL_SECONDS : undefined);
    const expires_at = ttl && stage !== 'committed' ? new Date(this.runtime.clock.now().getTime() + ttl * 1000).toISOString() : null;
    await this.writes.execute(ctx, {
      stream: stockStream(ctx.org_guid, target.logical_guid, target.variant_id),
      decider: stockDecider,
      command: { kind: 'hold', ...target, stage, hold_id, qty: r.qty, expires_at, source: { kind: 'api' } },
      ...why(r),
    });
    return { hold_id, ...target };
  }
}
