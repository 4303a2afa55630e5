import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { notFound } from '@g3n/es';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import { CRM_CUSTOMER_HOLDS, CustomerHoldDoc } from '../../../projections/crm/customer-flags-holds.projection';
import type { CustomerHoldResolveRequest } from '../api/dto/flag-hold.dto';
import { customerDecider } from '../customer/customer.decide';
import { customerStream } from '../shared/streams';
import { why } from './crm-writes';

export class ResolveHoldCommand {
  constructor(readonly ctx: RequestContext, readonly request: CustomerHoldResolveRequest) {}
}

/** Finds the hold's customer in the read model, then resolves on the customer stream (open → resolved, once). */
@CommandHandler(ResolveHoldCommand)
export class ResolveHoldHandler implements ICommandHandler<ResolveHoldCommand, void> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, request: r }: ResolveHoldCommand): Promise<void> {
    const hold = await this.runtime.readModels.collection<CustomerHoldDoc>(CRM_CUSTOMER_HOLDS).get(r.hold_id);
    if (!hold || hold.org_guid !== ctx.org_guid) throw notFound('hold-not-found', 'No such hold.');
    const command = { kind: 'resolve-hold' as const, hold_id: r.hold_id, resolution_note: r.resolution_note ?? null, now: this.runtime.clock.now().toISOString() };
    await this.writes.execute(ctx, { stream: customerStream(ctx.org_guid, hold.customer_id), decider: customerDecider, command, expectedRevision: r.expected_revision, ...why(r) });
  }
}
