import { given } from '@g3n/es';
import { identifierDecider as decider, IdentifierCommand } from './identifier.decide';
import type { IdentifierEvent } from './identifier.events';

const named = { identifier_key: 'alias:RED-TEE', type: 'alias' as const, value: 'red-tee' };
const add = (variant_id: string, holder_gone = false): IdentifierCommand => ({ kind: 'add', org_guid: 'org1', ...named, variant_id, style_id: 'sty_1', holder_gone });
const added = (variant_id: string, previous_variant_id: string | null = null): IdentifierEvent =>
  ({ type: 'pvm.identifier-added', data: { ...named, org_guid: 'org1', variant_id, style_id: 'sty_1', previous_variant_id } });
const transfer = (to: string, target: { status: 'active' | 'doomed' } | null = { status: 'active' }, holder_sku: string | null = null): IdentifierCommand =>
  ({ kind: 'transfer', to_variant_id: to, to_style_id: 'sty_1', target, holder_sku });
const moved: IdentifierEvent = { type: 'pvm.identifier-transferred', data: { ...named, from_variant_id: 'var_1', from_style_id: 'sty_1', to_variant_id: 'var_2', to_style_id: 'sty_1' } };

describe('pvm identifier decider', () => {
  it('attaches a free identifier; the same variant again is a no-op', () => {
    given(decider, []).when(add('var_1')).then([added('var_1')]);
    given(decider, [added('var_1')]).when(add('var_1')).then([]);
  });

  it('is unique among live variants, and taken over from a gone holder', () => {
    given(decider, [added('var_1')]).when(add('var_2')).thenRejects('conflict', 'duplicate-identifier');
    given(decider, [added('var_1')]).when(add('var_2', true)).then([added('var_2', 'var_1')]);
  });

  it('transfers between variants, keeping the history on one stream', () => {
    given(decider, [added('var_1')]).when(transfer('var_2')).then([moved]);
    given(decider, [added('var_1'), moved]).when(transfer('var_2')).then([]);
    given(decider, [added('var_1')]).when(transfer('var_2', null)).thenRejects('not-found', 'variant-not-found');
    given(decider, [added('var_1')]).when(transfer('var_2', { status: 'doomed' })).thenRejects('invalid-state', 'variant-doomed');
    given(decider, []).when(transfer('var_2')).thenRejects('not-found', 'identifier-not-found');
  });

  it('does not move a SKU identifier that is still its holder\'s sku', () => {
    const sku = { identifier_key: 'sku:SKU-1', type: 'sku' as const, value: 'SKU-1' };
    const skuAdded: IdentifierEvent = { type: 'pvm.identifier-added', data: { ...sku, org_guid: 'org1', variant_id: 'var_1', style_id: 'sty_1', previous_variant_id: null } };
    given(decider, [skuAdded]).when(transfer('var_2', { status: 'active' }, 'sku-1')).thenRejects('invalid-state', 'identifier-is-current-sku');
    given(decider, [skuAdded]).when(transfer('var_2', { status: 'active' }, 'SKU-2')).thenState((s) => expect(s.variant_id).toBe('var_2'));
  });

  it('is released by its doomed holder only, and can then be added again', () => {
    const released: IdentifierEvent = { type: 'pvm.identifier-released', data: { ...named, variant_id: 'var_1', style_id: 'sty_1' } };
    given(decider, [added('var_1')]).when({ kind: 'release', variant_id: 'var_1' }).then([released]);
    given(decider, [added('var_1')]).when({ kind: 'release', variant_id: 'var_2' }).then([]);
    given(decider, [added('var_1'), released]).when(transfer('var_2')).thenRejects('invalid-state', 'identifier-released');
    given(decider, [added('var_1'), released]).when(add('var_3')).then([added('var_3')]);
  });
});
