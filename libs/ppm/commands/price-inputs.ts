import type { RequestContext } from '@g3n/platform';
import type { PriceSetRequest } from '../api/dto/price.dto';
import type { ListFacts } from '../price/price.decide';
import type { PriceScope } from '../price/price.events';
import { normaliseChannelCode, normaliseCode } from '../shared/formats';
import { toUtc } from '../shared/request-rules';
import type { PpmReferences } from './ppm-references';

/** The scope fields as the client sent them, normalised (codes' case, dates in UTC); undefined = not sent. */
export function requestedScope(r: PriceSetRequest): Partial<PriceScope> {
  return {
    variant_id: r.variant_id, currency: r.currency, price_list_id: r.price_list_id, logical_guid: r.logical_guid,
    channel_code: r.channel_code === undefined ? undefined : normaliseChannelCode(r.channel_code),
    uom_code: r.uom_code === undefined ? undefined : normaliseCode(r.uom_code),
    effective_from: toUtc(r.effective_from) ?? undefined,
  };
}

/**
 * A new price's full scope, after checking that everything it names exists in the org: the PVM variant, the OFM
 * channel and logical facility, the PPM unit of measure; and the facts about its price list for the decider.
 */
export async function checkedScope(refs: PpmReferences, ctx: RequestContext, r: PriceSetRequest): Promise<{ scope: PriceScope; list: ListFacts }> {
  const org = ctx.org_guid;
  const s = requestedScope(r);
  await refs.requireVariant(org, s.variant_id as string);
  if (s.channel_code) await refs.requireChannel(org, s.channel_code);
  if (s.logical_guid) await refs.requireLogical(org, s.logical_guid);
  if (s.uom_code) await refs.requireUom(org, s.uom_code);
  const list = s.price_list_id ? await refs.priceList(org, s.price_list_id) : null;
  const scope: PriceScope = {
    variant_id: s.variant_id as string, currency: s.currency as string, price_list_id: s.price_list_id ?? null, channel_code: s.channel_code ?? null,
    logical_guid: s.logical_guid ?? null, uom_code: s.uom_code ?? null, effective_from: s.effective_from ?? null,
  };
  return { scope, list: list ? { currency: list.currency, channel_codes: list.channel_codes } : null };
}
