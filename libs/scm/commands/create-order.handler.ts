import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { Doc } from '@g3n/docstore';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { OrderCreateRequest } from '../api/dto/order.dto';
import { orderDecider } from '../order/order.decide';
import { orderStream } from '../order/order.streams';
import { findShared, readShared, why } from './order-writes';

export class CreateOrderCommand {
  constructor(readonly ctx: RequestContext, readonly request: OrderCreateRequest) {}
}

/** Looks up the variants, channel, logical facility and customer in their owners' read models; the decider judges them. */
@CommandHandler(CreateOrderCommand)
export class CreateOrderHandler implements ICommandHandler<CreateOrderCommand, string> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async execute({ ctx, request: r }: CreateOrderCommand): Promise<string> {
    const org = ctx.org_guid;
    const order_id = this.runtime.ids.next('ord');
    const channel_code = r.channel_code.trim().toLowerCase();
    const variantIds = [...new Set(r.items.map((i) => i.variant_id))];
    const found = await Promise.all(variantIds.map((id) => readShared<Doc & { status: string; sku: string | null }>(this.runtime, 'pvm_variants', org, id)));
    const variants = Object.fromEntries(variantIds.map((id, i) => [id, found[i] ? { status: found[i]!.status, sku: found[i]!.sku ?? null } : null]));
    const [channel, logical, customer] = await Promise.all([
      findShared<Doc & { status: string; default_currency: string | null }>(this.runtime, 'ofm_sales_channels', { org_guid: org, channel_code }),
      readShared<Doc & { status: string }>(this.runtime, 'ofm_logical_facilities', org, r.logical_guid),
      r.customer_id ? readShared<Doc & { status: string }>(this.runtime, 'crm_customers', org, r.customer_id) : Promise.resolve(undefined),
    ]);
    const items = r.items.map((i) => ({ variant_id: i.variant_id, qty: i.qty, unit_price_minor: i.unit_price_minor ?? null, currency: i.currency ?? null }));
    await this.writes.execute(ctx, {
      stream: orderStream(org, order_id),
      decider: orderDecider,
      command: {
        kind: 'create', order_id, org_guid: org, logical_guid: r.logical_guid, channel_code, customer_id: r.customer_id ?? null, items, variants,
        channel: channel ? { status: channel.status, default_currency: channel.default_currency ?? null } : null,
        logical: logical ? { status: logical.status } : null, customer: customer === undefined ? undefined : customer && { status: customer.status },
        source_refs: why(r).sourceRefs ?? [],
      },
      ...why(r),
    });
    return order_id;
  }
}
