import { given } from '@g3n/es';
import type { VariantSnapshot } from '../shared/variant-snapshot';
import { productDecider as decider } from './product.decide';
import type { ProductEvent } from './product.events';

const key = { product_id: 'prd:web:v1', channel_code: 'web', variant_id: 'v1' };
const snap = (sku: string): VariantSnapshot => ({
  variant_id: 'v1', style_id: 'sty_1', sku, status: 'active', selections: [], identifiers: [], barcodes: [], variant_revision: 1, style: null,
});
const publishCmd = (run_id: string, sku: string, set_online = true) => ({
  kind: 'publish' as const, ...key, org_guid: 'org1', channel_guid: 'chn_1', style_id: 'sty_1', run_id, snapshot: snap(sku), set_online,
});
const published = (product_rev: number, run_id: string, sku: string): ProductEvent => ({
  type: 'pmc.product-revision-published', data: { ...key, org_guid: 'org1', channel_guid: 'chn_1', style_id: 'sty_1', product_rev, run_id, snapshot: snap(sku) },
});
const online = (product_rev: number, previous_rev: number | null, sku: string, cause: 'publish' | 'online-set' | 'pointer-set' = 'publish'): ProductEvent => ({
  type: 'pmc.product-online-set', data: { ...key, product_rev, previous_rev, cause, snapshot: snap(sku) },
});
const cleared = (previous_rev: number): ProductEvent => ({ type: 'pmc.product-online-cleared', data: { ...key, previous_rev } });

const twoRevisionsOnlineAt2 = [published(1, 'run_1', 'A'), online(1, null, 'A'), published(2, 'run_2', 'B'), online(2, 1, 'B')];

describe('product decider', () => {
  it('publishes revision 1 and puts it online', () => {
    given(decider, []).when(publishCmd('run_1', 'A')).then([published(1, 'run_1', 'A'), online(1, null, 'A')]);
  });

  it('stages a revision without moving the pointer when set_online is false', () => {
    given(decider, [published(1, 'run_1', 'A'), online(1, null, 'A')]).when(publishCmd('run_2', 'B', false)).then([published(2, 'run_2', 'B')]);
  });

  it('publishes nothing twice for one run', () => {
    given(decider, [published(1, 'run_1', 'A'), online(1, null, 'A')]).when(publishCmd('run_1', 'A')).then([]);
  });

  it('rolls the pointer back and forward among existing revisions', () => {
    given(decider, twoRevisionsOnlineAt2).when({ kind: 'pointer-set', product_rev: 1 }).then([online(1, 2, 'A', 'pointer-set')]);
    given(decider, [...twoRevisionsOnlineAt2, online(1, 2, 'A', 'pointer-set')]).when({ kind: 'pointer-set', product_rev: 2 }).then([online(2, 1, 'B', 'pointer-set')]);
    given(decider, twoRevisionsOnlineAt2).when({ kind: 'pointer-set', product_rev: 2 }).then([]);
    given(decider, twoRevisionsOnlineAt2).when({ kind: 'pointer-set', product_rev: 3 }).thenRejects('not-found', 'product-revision-not-found');
  });

  it('keeps exactly one online revision: online-set only from offline', () => {
    given(decider, twoRevisionsOnlineAt2).when({ kind: 'online-set', product_rev: 1 }).thenRejects('invalid-state', 'already-online');
    given(decider, twoRevisionsOnlineAt2).when({ kind: 'online-set' }).then([]);
    given(decider, [...twoRevisionsOnlineAt2, cleared(2)]).when({ kind: 'online-set', product_rev: 1 }).then([online(1, null, 'A', 'online-set')]);
    given(decider, [...twoRevisionsOnlineAt2, cleared(2)]).when({ kind: 'online-set' }).then([online(2, null, 'B', 'online-set')]);
  });

  it('takes a product offline once', () => {
    given(decider, twoRevisionsOnlineAt2).when({ kind: 'online-clear' }).then([cleared(2)]);
    given(decider, [...twoRevisionsOnlineAt2, cleared(2)]).when({ kind: 'online-clear' }).thenRejects('invalid-state', 'product-offline');
    given(decider, [...twoRevisionsOnlineAt2, cleared(2)]).when({ kind: 'pointer-set', product_rev: 1 }).thenRejects('invalid-state', 'product-offline');
  });

  it('knows no product before its first publication', () => {
    given(decider, []).when({ kind: 'online-clear' }).thenRejects('not-found', 'product-not-found');
  });
});
