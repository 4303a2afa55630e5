import { Inject, Injectable } from '@nestjs/common';
import type { Doc } from '@g3n/docstore';
import { notFound } from '@g3n/es';
import { RUNTIME, Runtime } from '@g3n/platform';
import { PCM_INVOICES } from '../../../projections/pcm/invoices.projection';
import type { PoForMatch } from '../invoice/invoice-match';
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
 * models), a PO's current state (from its stream, so a check sees every accepted write), and what earlier
 * invoices of a PO already billed.
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

  /**
   * The PO as the three-way match needs it. Billed qty counts every earlier invoice of the PO except rejected
   * ones: an invoice still in dispute may yet be paid, so its qty is not billable twice.
   */
  async poForMatch(org: string, poId: string): Promise<PoForMatch | null> {
    const loaded = await this.runtime.commands.load(poStream(org, poId), poDecider);
    if (!loaded.state.exists) return null;
    const invoiced = new Map<string, number>();
    let cursor: string | undefined;
    do {
      const page = await this.runtime.readModels.collection(PCM_INVOICES).find({ org_guid: org, po_id: poId }, { limit: 200, cursor });
      for (const invoice of page.items) {
        if (invoice.resolution === 'rejected') continue;
        for (const line of invoice.lines as Array<{ po_line_id: string | null; qty: number }>) {
          if (line.po_line_id) invoiced.set(line.po_line_id, (invoiced.get(line.po_line_id) ?? 0) + line.qty);
        }
      }
      cursor = page.next_cursor;
    } while (cursor);
    const { status, vendor_id, currency, lines } = loaded.state;
    return {
      status, vendor_id, currency,
      lines: lines.map((l) => ({ po_line_id: l.po_line_id, variant_id: l.variant_id, unit_cost_minor: l.unit_cost_minor, received_qty: l.received_qty, invoiced_qty: invoiced.get(l.po_line_id) ?? 0 })),
    };
  }
}
