import { Inject, Injectable } from '@nestjs/common';
import type { Doc } from '@g3n/docstore';
import { Decider, DomainEvent, invalidState, notFound } from '@g3n/es';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import { claimDecider } from '../claim/claim.decide';
import type { ClaimScope } from '../claim/claim.events';
import type { StyleCatalogFacts } from '../style/style-gates';
import { styleDecider } from '../style/style.decide';
import type { StyleState } from '../style/style.state';
import { optionKey, SelectionFacts } from '../variant/selections';
import type { Selection } from '../variant/variant.events';
import { variantDecider } from '../variant/variant.decide';
import type { VariantState } from '../variant/variant.state';
import { identifierDecider } from '../identifier/identifier.decide';
import type { IdentifierType } from '../identifier/identifier.events';
import { assertIdentifierValue } from '../shared/barcodes';
import { claimStream, identifierKey, identifierStream, styleStream, variantStream } from '../shared/streams';

/** PVM-A's catalog read models (names and fields agreed in the commerce conventions). */
const CATALOG = { vendors: 'pvm_vendors', manufacturers: 'pvm_manufacturers', taxonomy: 'pvm_taxonomy', options: 'pvm_options', ogms: 'pvm_ogms' };

interface OgmDoc extends Doc {
  status: string;
  revisions: Array<{ ogm_rev: number; groups: Array<{ group_code: string; priority: number }> }>;
}

/**
 * What the product command handlers share: claims, loading the records a command depends on from their streams
 * (so checks see every accepted write), and the catalog facts a style or variant is checked against.
 */
@Injectable()
export class ProductWrites {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime, private readonly writes: Writes) {}

  async style(org: string, styleId: string): Promise<StyleState | null> {
    const loaded = await this.runtime.commands.load(styleStream(org, styleId), styleDecider);
    return loaded.state.exists ? loaded.state : null;
  }

  async variant(org: string, variantId: string): Promise<VariantState | null> {
    const loaded = await this.runtime.commands.load(variantStream(org, variantId), variantDecider);
    return loaded.state.exists ? loaded.state : null;
  }

  /** A variant of the org (and of `styleId` when given), or 404 variant-not-found. */
  async requireVariant(org: string, variantId: string, styleId?: string): Promise<VariantState> {
    const variant = await this.variant(org, variantId);
    if (!variant || (styleId !== undefined && variant.style_id !== styleId)) throw notFound('variant-not-found', 'No such variant.');
    return variant;
  }

  /** The runner answers a pinned revision on a missing stream with 409; callers want 404 for a guid naming nothing. */
  async assertExists<S, E extends DomainEvent>(stream: string, decider: Decider<unknown, S, E>, minor: string): Promise<S> {
    const loaded = await this.runtime.commands.load(stream, decider);
    if (loaded.revision < 0) throw notFound(minor, 'Not found.');
    return loaded.state;
  }

  /** Reserves `key` in `scope` for `owner`; a holder that is gone (missing or doomed) is taken over. */
  async claim(ctx: RequestContext, scope: ClaimScope, key: string, owner: string): Promise<void> {
    const org = ctx.org_guid;
    const stream = claimStream(org, scope, key);
    const current = (await this.runtime.commands.load(stream, claimDecider)).state.owner_id;
    const owner_gone = current !== null && current !== owner && (await this.holderGone(org, scope, current));
    await this.writes.execute(ctx, { stream, decider: claimDecider, command: { kind: 'claim', org_guid: org, scope, key, owner_id: owner, owner_gone } });
  }

  async release(ctx: RequestContext, scope: ClaimScope, key: string, owner: string): Promise<void> {
    await this.writes.execute(ctx, { stream: claimStream(ctx.org_guid, scope, key), decider: claimDecider, command: { kind: 'release', scope, key, owner_id: owner } });
  }

  /** Attaches type+value to a live variant (409 duplicate-identifier when a live variant of the org holds it). */
  async attachIdentifier(ctx: RequestContext, variant: VariantState, type: IdentifierType, value: string, r: Parameters<typeof why>[0]): Promise<string> {
    if (variant.status === 'doomed') throw invalidState('variant-doomed', 'A doomed variant takes no identifiers.');
    assertIdentifierValue(type, value);
    const org = ctx.org_guid;
    const key = identifierKey(type, value);
    const stream = identifierStream(org, key);
    const holder = (await this.runtime.commands.load(stream, identifierDecider)).state.variant_id;
    const holder_gone = holder !== null && holder !== variant.variant_id && (await this.holderGone(org, 'identifier', holder));
    await this.writes.execute(ctx, {
      stream,
      decider: identifierDecider,
      command: { kind: 'add', org_guid: org, identifier_key: key, type, value, variant_id: variant.variant_id, style_id: variant.style_id, holder_gone },
      ...why(r),
    });
    return key;
  }

  /** True when the record holding a claim or identifier no longer counts: never created, or doomed. */
  async holderGone(org: string, scope: ClaimScope | 'identifier', holder: string): Promise<boolean> {
    const record = scope === 'style-code' ? await this.style(org, holder) : await this.variant(org, holder);
    return !record || record.status === 'doomed';
  }

  async styleFacts(org: string, d: { category_id: string; vendor_ids: string[]; manufacturer_ids: string[] }, ogmId: string): Promise<StyleCatalogFacts> {
    const [category, vendors, manufacturers, ogm] = await Promise.all([
      this.doc(CATALOG.taxonomy, org, d.category_id),
      this.statuses(CATALOG.vendors, org, d.vendor_ids),
      this.statuses(CATALOG.manufacturers, org, d.manufacturer_ids),
      this.doc<OgmDoc>(CATALOG.ogms, org, ogmId),
    ]);
    return {
      category: category && category.kind === 'category' ? { status: String(category.status) } : null,
      vendors,
      manufacturers,
      ogm: ogm ? { status: ogm.status, revisions: (ogm.revisions ?? []).map((r) => r.ogm_rev) } : null,
    };
  }

  /** The groups of the style's pinned OGM revision and the options the selections name. */
  async selectionFacts(org: string, style: StyleState, selections: Selection[]): Promise<SelectionFacts> {
    const ogm = await this.doc<OgmDoc>(CATALOG.ogms, org, style.ogm_id);
    const revision = ogm?.revisions?.find((r) => r.ogm_rev === style.ogm_rev);
    const options: SelectionFacts['options'] = {};
    const collection = this.runtime.readModels.collection<Doc>(CATALOG.options);
    for (const s of selections) {
      const page = await collection.find({ org_guid: org, group_code: s.group_code, code: s.option_code }, { limit: 1 });
      options[optionKey(s)] = page.items[0] ? { status: String(page.items[0].status) } : null;
    }
    return { ogm_groups: (revision?.groups ?? []).map((g) => g.group_code.toUpperCase()), options };
  }

  private async doc<T extends Doc>(collection: string, org: string, id: string): Promise<T | null> {
    const doc = await this.runtime.readModels.collection<T>(collection).get(id);
    return doc && doc.org_guid === org ? doc : null;
  }

  private async statuses(collection: string, org: string, ids: string[]): Promise<Record<string, { status: string } | null>> {
    const out: Record<string, { status: string } | null> = {};
    for (const id of ids) {
      const doc = await this.doc(collection, org, id);
      out[id] = doc ? { status: String(doc.status) } : null;
    }
    return out;
  }
}

/** Why the write happens, from the request body, as plain JSON for the event metadata. */
export const why = (r: { reason?: string; source_refs?: Array<{ kind: string; id: string }> }) => ({
  reason: r.reason,
  sourceRefs: r.source_refs?.map(({ kind, id }) => ({ kind, id })),
});
