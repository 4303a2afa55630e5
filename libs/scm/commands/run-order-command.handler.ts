import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ExecuteResult, notFound } from '@g3n/es';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { OrderCommand } from '../order/order.commands';
import { orderDecider } from '../order/order.decide';
import type { OrderState } from '../order/order.state';
import { orderStream } from '../order/order.streams';
import { why } from './order-writes';

/** What a route gives the handler to build its command with: fresh ids and the time. */
export interface CommandInputs { id(prefix: string): string; now: string }

/**
 * Every change to an existing order (place, cancel, promises, shipments, tenders, returns, refunds) is one decider
 * command on the order stream; the route says which, the handler supplies ids and time and runs it.
 */
export class RunOrderCommand {
  constructor(
    readonly ctx: RequestContext,
    readonly request: { order_id: string; expected_revision?: number; reason?: string; source_refs?: Array<{ kind: string; id: string }> },
    readonly build: (inputs: CommandInputs) => OrderCommand,
  ) {}
}

@CommandHandler(RunOrderCommand)
export class RunOrderCommandHandler implements ICommandHandler<RunOrderCommand, ExecuteResult<OrderState>> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, request: r, build }: RunOrderCommand): Promise<ExecuteResult<OrderState>> {
    const stream = orderStream(ctx.org_guid, r.order_id);
    // A pinned revision on an order that does not exist would be a 409 from the runner; it is a 404.
    if (r.expected_revision !== undefined && (await this.runtime.commands.load(stream, orderDecider)).revision < 0) {
      throw notFound('order-not-found', 'No such order.');
    }
    const command = build({ id: (prefix) => this.runtime.ids.next(prefix), now: this.runtime.clock.now().toISOString() });
    return this.writes.execute(ctx, { stream, decider: orderDecider, command, expectedRevision: r.expected_revision, ...why(r) });
  }
}
