import { Inject, Injectable } from '@nestjs/common';
import type { Doc } from '@g3n/docstore';
import { notFound } from '@g3n/es';
import { RUNTIME, Runtime } from '@g3n/platform';
import { PoReferences, poDecider } from '../po/po.decide';
import type { PoState } from '../po/po.state';
import { poStream } from './streams';

/** Read models other services own and PCM reads (shared commerce contract: names and fields are fixed). */
const PVM_VENDORS = 'pvm_vendors';
const PVM_VARIANTS = 'pvm_variants';
const OFM_LOGICAL_FACILITIES = 'ofm_logical_facilities';

const statusIn = (doc: Doc | null, org: string) => (doc && doc.org_guid === org ? { status: String(doc.status) } : null);

/**
 * What PCM's command handlers read before deciding: other services' records a PO points at (from their read
 * models) and a PO's current state (from its stream, so a check sees every accepted write). What earlier
 * invoices billed is the PO's own billing ledger (`poForMatch` in invoice-match.ts).
 */
@Injectable()
export class PcmReads {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async poReferences(org: string, vendorId: string, logicalGuid: string, variantIds: string[]): Promise<PoReferences> {
    const models = this.runtime.readModels;
    const [vendor, logical, variants] = await Promise.all([
      models.collection(PVM_VENDORS).get(vendorId),
      models.collection(OFM_LOGICAL_FACILITIES).get(logicalGuid),
      models.collection(PVM_VARIANTS).getMany([...new Set(variantIds)]),
    ]);
    const byId = new Map(variants.map((v) => [v._id, v]));
    return {
      vendor: statusIn(vendor, org),
      logical: statusIn(logical, org),
      variants: Object.fromEntries(variantIds.map((id) => [id, statusIn(byId.get(id) ?? null, org)])),
    };
  }

  /** The PO's state, or 404 po-not-found (before a pinned write, which would otherwise answer a bare not-found). */
  async existingPo(org: string, poId: string): Promise<PoState> {
    const loaded = await this.runtime.commands.load(poStream(org, poId), poDecider);
    if (!loaded.state.exists) throw notFound('po-not-found', 'No such purchase order.', { po_id: poId });
    return loaded.state;
  }
}
