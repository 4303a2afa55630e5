import { Inject, Injectable } from '@nestjs/common';
import type { Doc } from '@g3n/docstore';
import { invalidState, notFound } from '@g3n/es';
import { RUNTIME, Runtime } from '@g3n/platform';
import { HoldDoc, holdDocId, ICS_HOLDS } from '../../../projections/ics/holds.projection';
import { DEFAULT_STOCK_POLICY, stockPolicyDecider } from '../policy/policy.decide';
import type { StockPolicy } from '../stock/stock.decide';
import { policyStream } from '../stock/streams';

/** Read models of other services ICS validates against (their owners publish these names and fields). */
const OFM_LOGICAL_FACILITIES = 'ofm_logical_facilities';
const PVM_VARIANTS = 'pvm_variants';

/**
 * What ICS write handlers check before touching stock: the logical facility (active, this org), the variant (exists
 * in this org), the org's stock policy, and where a hold lives.
 */
@Injectable()
export class IcsLookups {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async assertStockTarget(org_guid: string, logical_guid: string, variant_id: string): Promise<void> {
    await Promise.all([this.assertFacility(org_guid, logical_guid), this.assertVariant(org_guid, variant_id)]);
  }

  async assertFacility(org_guid: string, logical_guid: string): Promise<void> {
    const facility = await this.runtime.readModels.collection<Doc>(OFM_LOGICAL_FACILITIES).get(logical_guid);
    if (!facility || facility.org_guid !== org_guid) throw notFound('logical-facility-not-found', 'No such logical facility in this org.');
    if (facility.status !== 'active') throw invalidState('logical-facility-inactive', 'The logical facility is inactive.');
  }

  async assertVariant(org_guid: string, variant_id: string): Promise<void> {
    const variant = await this.runtime.readModels.collection<Doc>(PVM_VARIANTS).get(variant_id);
    if (!variant || variant.org_guid !== org_guid) throw notFound('variant-not-found', 'No such variant in this org.');
  }

  /** From the policy stream itself, so a policy change applies to the very next write. */
  async policy(org_guid: string): Promise<StockPolicy> {
    const loaded = await this.runtime.commands.load(policyStream(org_guid), stockPolicyDecider);
    return loaded.revision < 0 ? DEFAULT_STOCK_POLICY : loaded.state;
  }

  /** Where hold `hold_id` lives: the caller's logical_guid/variant_id when given, else the holds read model. */
  async holdTarget(org_guid: string, r: { hold_id: string; logical_guid?: string; variant_id?: string }): Promise<{ logical_guid: string; variant_id: string }> {
    if (r.logical_guid && r.variant_id) return { logical_guid: r.logical_guid, variant_id: r.variant_id };
    const hold = await this.hold(org_guid, r.hold_id);
    if (!hold) throw notFound('hold-not-found', `No hold ${r.hold_id} in this org.`);
    return { logical_guid: hold.logical_guid, variant_id: hold.variant_id };
  }

  hold(org_guid: string, hold_id: string): Promise<HoldDoc | null> {
    return this.runtime.readModels.collection<HoldDoc>(ICS_HOLDS).get(holdDocId(org_guid, hold_id));
  }
}

/** Why the write happens, from the request body, as plain JSON for the event metadata. */
export const why = (r: { reason?: string; source_refs?: Array<{ kind: string; id: string }> }) => ({
  reason: r.reason,
  sourceRefs: r.source_refs?.map(({ kind, id }) => ({ kind, id })),
});
