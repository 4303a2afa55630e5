import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Doc } from '@g3n/docstore';
import { notFound } from '@g3n/es';
import { Runtime, RUNTIME, toRecord } from '@g3n/platform';
import { PMC_PRODUCT_REVISIONS, PMC_PRODUCTS, ProductDoc } from '../../../projections/pmc/products.projection';
import { productRevisionDocId } from '../shared/pmc-ids';

/** A product's online pointer, with the online revision (and its snapshot) it points at. */
export class GetProductPointerQuery {
  constructor(readonly orgGuid: string, readonly productId: string) {}
}

@QueryHandler(GetProductPointerQuery)
export class GetProductPointerHandler implements IQueryHandler<GetProductPointerQuery, Record<string, unknown>> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(q: GetProductPointerQuery): Promise<Record<string, unknown>> {
    const product = await this.runtime.readModels.collection<ProductDoc>(PMC_PRODUCTS).get(q.productId);
    if (!product || product.org_guid !== q.orgGuid) throw notFound('product-not-found', 'Not found.');
    const online = product.online_rev === null
      ? null
      : await this.runtime.readModels.collection<Doc>(PMC_PRODUCT_REVISIONS).get(productRevisionDocId(product.product_id, product.online_rev));
    const { product_id, channel_code, variant_id, online_state, online_rev, latest_rev, revision } = product;
    return { product_id, channel_code, variant_id, online_state, online_rev, latest_rev, revision, online_revision: online ? toRecord(online) : null };
  }
}
