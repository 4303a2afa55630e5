import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import type { PriceSetRequest } from '../api/dto/price.dto';
import { assertPriceCoherent, priceDecider, priceScopeKey } from '../price/price.decide';
import { requireFields, requireRevision, toUtc } from '../shared/request-rules';
import { priceStream } from '../shared/streams';
import { why } from '../shared/why';
import { claimKey } from './claim-key';
import { checkedScope, requestedScope } from './price-inputs';
import { PpmReferences } from './ppm-references';

export class SetPriceCommand {
  constructor(readonly ctx: RequestContext, readonly request: PriceSetRequest) {}
}

/** Sets a new price (no price_id; its scope is claimed first) or changes one's amount or end (price_id + expected_revision). */
@CommandHandler(SetPriceCommand)
export class SetPriceHandler implements ICommandHandler<SetPriceCommand, string> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes, private readonly refs: PpmReferences) {}

  async execute({ ctx, request: r }: SetPriceCommand): Promise<string> {
    if (r.price_id !== undefined) {
      const expectedRevision = requireRevision(r.expected_revision);
      const stream = priceStream(ctx.org_guid, r.price_id);
      await this.refs.requireStream(stream, priceDecider, 'price-not-found');
      const command = { kind: 'update' as const, amount_minor: r.amount_minor, effective_to: toUtc(r.effective_to), scope: requestedScope(r) };
      await this.writes.execute(ctx, { stream, decider: priceDecider, command, expectedRevision, ...why(r) });
      return r.price_id;
    }
    requireFields(r, ['variant_id', 'currency', 'amount_minor']);
    const { scope, list } = await checkedScope(this.refs, ctx, r);
    const terms = { amount_minor: r.amount_minor as number, effective_to: toUtc(r.effective_to) ?? null };
    // Refusals the decider would make come first, so a refused price leaves its scope free.
    assertPriceCoherent({ ...scope, ...terms }, list);
    const price_id = this.runtime.ids.next('prc');
    await claimKey(this.writes, ctx, 'price', priceScopeKey(scope), price_id);
    const command = { kind: 'create' as const, price_id, org_guid: ctx.org_guid, list, ...scope, ...terms };
    await this.writes.execute(ctx, { stream: priceStream(ctx.org_guid, price_id), decider: priceDecider, command, ...why(r) });
    return price_id;
  }
}
