import { Inject, Injectable } from '@nestjs/common';
import type { Doc } from '@g3n/docstore';
import { Decider, DomainEvent, notFound } from '@g3n/es';
import { RUNTIME, Runtime } from '@g3n/platform';
import { priceListDecider } from '../price-list/price-list.decide';
import type { PriceListState } from '../price-list/price-list.state';
import { normaliseChannelCode } from '../shared/formats';
import { priceListStream, uomStream } from '../shared/streams';
import { uomDecider } from '../uom/uom.decide';
import type { UomState } from '../uom/uom.state';

/** The read models other services own that PPM reads (shared contracts: exact names and fields). */
export const PVM_VARIANTS = 'pvm_variants';
export const OFM_SALES_CHANNELS = 'ofm_sales_channels';
export const OFM_LOGICAL_FACILITIES = 'ofm_logical_facilities';

/**
 * What PPM's writes and resolve check before acting: other services' records through their published read
 * models; PPM's own lists and units from their streams, so a check sees every write already accepted.
 */
@Injectable()
export class PpmReferences {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  private async tenantDoc(collection: string, org: string, id: string): Promise<Doc | null> {
    const doc = await this.runtime.readModels.collection<Doc>(collection).get(id);
    return doc && doc.org_guid === org ? doc : null;
  }

  async requireVariant(org: string, variantId: string): Promise<Doc> {
    const doc = await this.tenantDoc(PVM_VARIANTS, org, variantId);
    if (!doc) throw notFound('variant-not-found', 'No such variant in this org.');
    return doc;
  }

  async requireLogical(org: string, logicalGuid: string): Promise<Doc> {
    const doc = await this.tenantDoc(OFM_LOGICAL_FACILITIES, org, logicalGuid);
    if (!doc) throw notFound('logical-facility-not-found', 'No such logical facility in this org.');
    return doc;
  }

  /** A sales channel by code (case-insensitive, as OFM stores codes lower case). */
  async requireChannel(org: string, channelCode: string): Promise<Doc> {
    const page = await this.runtime.readModels.collection<Doc>(OFM_SALES_CHANNELS).find({ org_guid: org, channel_code: normaliseChannelCode(channelCode) }, { limit: 1 });
    if (!page.items[0]) throw notFound('sales-channel-not-found', `No sales channel ${channelCode} in this org.`);
    return page.items[0];
  }

  async priceList(org: string, priceListId: string): Promise<PriceListState | null> {
    return this.load(priceListStream(org, priceListId), priceListDecider);
  }

  async uom(org: string, code: string): Promise<UomState | null> {
    return this.load(uomStream(org, code), uomDecider);
  }

  async requireUom(org: string, code: string): Promise<UomState> {
    const unit = await this.uom(org, code);
    if (!unit) throw notFound('uom-not-found', `No unit of measure ${code} in this org.`);
    return unit;
  }

  /** The runner answers a pinned revision on a missing record with 404 without our minor tag; callers want theirs. */
  async requireStream<S extends { exists: boolean }, E extends DomainEvent>(stream: string, decider: Decider<unknown, S, E>, minor: string): Promise<S> {
    const state = await this.load(stream, decider);
    if (!state) throw notFound(minor, 'Not found.');
    return state;
  }

  private async load<S extends { exists: boolean }, E extends DomainEvent>(stream: string, decider: Decider<unknown, S, E>): Promise<S | null> {
    const loaded = await this.runtime.commands.load(stream, decider);
    return loaded.state.exists ? loaded.state : null;
  }
}
