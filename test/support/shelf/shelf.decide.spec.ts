import { given } from '@g3n/es';
import { shelfDecider } from './shelf.decide';
import type { ShelfEvent } from './shelf.events';

const opened: ShelfEvent = { type: 'demo.shelf-opened', data: { org_guid: 'org1', shelf_id: 's1', label: 'Socks' } };
const added = (quantity: number): ShelfEvent => ({ type: 'demo.items-added', data: { org_guid: 'org1', shelf_id: 's1', quantity } });
const taken = (quantity: number): ShelfEvent => ({ type: 'demo.items-taken', data: { org_guid: 'org1', shelf_id: 's1', quantity } });

describe('shelf decider (the example aggregate)', () => {
  it('opens a shelf once', () => {
    given(shelfDecider, []).when({ kind: 'open', org_guid: 'org1', shelf_id: 's1', label: 'Socks' }).then([opened]);
    given(shelfDecider, [opened]).when({ kind: 'open', org_guid: 'org1', shelf_id: 's1', label: 'Socks' }).thenRejects('invalid-state', 'shelf-exists');
  });

  it('takes what is there and no more', () => {
    given(shelfDecider, [opened, added(3)]).when({ kind: 'take', quantity: 3 }).then([taken(3)]);
    given(shelfDecider, [opened, added(3), taken(2)]).when({ kind: 'take', quantity: 2 }).thenRejects('invalid-state', 'insufficient-quantity');
  });

  it('refuses commands on a shelf that does not exist', () => {
    given(shelfDecider, []).when({ kind: 'add', quantity: 1 }).thenRejects('not-found', 'shelf-not-found');
  });

  it('folds the quantity', () => {
    given(shelfDecider, [opened, added(5)]).when({ kind: 'take', quantity: 2 }).thenState((s) => expect(s.quantity).toBe(3));
  });
});
