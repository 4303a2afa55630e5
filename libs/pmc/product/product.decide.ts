import { Decider, invalidState, notFound } from '@g3n/es';
import type { VariantSnapshot } from '../shared/variant-snapshot';
import type { OnlineCause, ProductEvent } from './product.events';
import { evolveProduct, initialProductState, ProductState } from './product.state';

export type ProductCommand =
  | {
    kind: 'publish'; product_id: string; org_guid: string; channel_code: string; channel_guid: string; variant_id: string; style_id: string;
    run_id: string; snapshot: VariantSnapshot; set_online: boolean;
  }
  /** Offline → online, at product_rev or else the latest revision. */
  | { kind: 'online-set'; product_rev?: number }
  /** Online → online at another revision (rollback / roll forward). */
  | { kind: 'pointer-set'; product_rev: number }
  /** Online → offline (/product/online/clear and /product/pointer/clear). */
  | { kind: 'online-clear' };

type State = ProductState;
type Cmd<K extends ProductCommand['kind']> = Extract<ProductCommand, { kind: K }>;

const keyOf = (state: State) => ({ product_id: state.product_id, channel_code: state.channel_code, variant_id: state.variant_id });

function assertRevision(state: State, rev: number): void {
  if (!state.snapshots[String(rev)]) throw notFound('product-revision-not-found', `Product revision ${rev} does not exist.`, { latest_rev: state.latest_rev });
}

function goOnline(state: State, rev: number, cause: OnlineCause): ProductEvent {
  return { type: 'pmc.product-online-set', data: { ...keyOf(state), product_rev: rev, previous_rev: state.online_rev, cause, snapshot: state.snapshots[String(rev)] } };
}

function publish(command: Cmd<'publish'>, state: State): ProductEvent[] {
  if (state.published_by_run[command.run_id] !== undefined) return []; // This run already published this product.
  const { kind: _kind, set_online, ...data } = command;
  const product_rev = state.latest_rev + 1;
  const published: ProductEvent = { type: 'pmc.product-revision-published', data: { ...data, product_rev } };
  if (!set_online) return [published];
  const next = evolveProduct(state, published);
  return [published, goOnline(next, product_rev, 'publish')];
}

function onlineSet(command: Cmd<'online-set'>, state: State): ProductEvent[] {
  const rev = command.product_rev ?? state.latest_rev;
  assertRevision(state, rev);
  if (state.online_rev === rev) return [];
  if (state.online_rev !== null) {
    throw invalidState('already-online', `The product is online at revision ${state.online_rev}; move it with /product/pointer/set.`, { online_rev: state.online_rev });
  }
  return [goOnline(state, rev, 'online-set')];
}

function pointerSet(command: Cmd<'pointer-set'>, state: State): ProductEvent[] {
  assertRevision(state, command.product_rev);
  if (state.online_rev === null) throw invalidState('product-offline', 'The product is offline; put it online with /product/online/set.');
  if (state.online_rev === command.product_rev) return [];
  return [goOnline(state, command.product_rev, 'pointer-set')];
}

function onlineClear(state: State): ProductEvent[] {
  if (state.online_rev === null) throw invalidState('product-offline', 'The product is already offline.');
  return [{ type: 'pmc.product-online-cleared', data: { ...keyOf(state), previous_rev: state.online_rev } }];
}

export const productDecider: Decider<ProductCommand, State, ProductEvent> = {
  name: 'pmc.product',
  stateVersion: 1,
  initialState: initialProductState,
  evolve: evolveProduct,
  decide(command, state) {
    if (command.kind === 'publish') return publish(command, state);
    if (!state.exists) throw notFound('product-not-found', 'No such product.');
    switch (command.kind) {
      case 'online-set':
        return onlineSet(command, state);
      case 'pointer-set':
        return pointerSet(command, state);
      case 'online-clear':
        return onlineClear(state);
    }
  },
};
