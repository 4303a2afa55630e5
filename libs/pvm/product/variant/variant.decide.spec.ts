import { given } from '@g3n/es';
import { variantDecider as decider, VariantCommand } from './variant.decide';
import type { VariantEvent } from './variant.events';
import type { SelectionFacts } from './selections';

const facts: SelectionFacts = {
  ogm_groups: ['COLOR', 'SIZE'],
  options: { 'COLOR:RED': { status: 'active' }, 'SIZE:M': { status: 'active' }, 'SIZE:XL': { status: 'inactive' } },
};
const selections = [{ group_code: 'SIZE', option_code: 'M' }, { group_code: 'COLOR', option_code: 'RED' }];
const activeStyle = { status: 'active' as const };
const create = (over: Partial<Extract<VariantCommand, { kind: 'create' }>> = {}): VariantCommand =>
  ({ kind: 'create', variant_id: 'var_1', org_guid: 'org1', style_id: 'sty_1', selections, caption: null, style: activeStyle, facts, ...over });
const owner = { variant_id: 'var_1', style_id: 'sty_1' };
const created: VariantEvent = { type: 'pvm.variant-created', data: { ...owner, org_guid: 'org1', selections, combination_key: 'COLOR=RED|SIZE=M', caption: null } };
const status = (from: string, to: string) => ({ type: 'pvm.variant-status-changed', data: { ...owner, from, to } }) as VariantEvent;
const barcode = (barcode_id: string, value: string, primary: boolean, previous_primary_id: string | null = null): VariantEvent => ({
  type: 'pvm.barcode-added',
  data: { ...owner, org_guid: 'org1', barcode_id, value, scheme: 'gtin', packaging_level: 'each', key: value.padStart(14, '0'), primary, previous_primary_id },
});
const addBarcode = (barcode_id: string, value: string, primary?: boolean): VariantCommand =>
  ({ kind: 'add-barcode', barcode_id, value, scheme: 'gtin', packaging_level: 'each', key: value.padStart(14, '0'), primary });

describe('pvm variant decider', () => {
  it('creates a draft with one option per OGM group, keyed by its combination', () => {
    given(decider, []).when(create()).then([created]);
    given(decider, []).when(create()).thenState((s) => expect(s.status).toBe('draft'));
  });

  it('refuses selections that do not match the OGM revision exactly', () => {
    given(decider, []).when(create({ selections: [selections[0]] })).thenRejects('validation-error', 'selections-incomplete');
    given(decider, []).when(create({ selections: [...selections, { group_code: 'FIT', option_code: 'SLIM' }] })).thenRejects('validation-error', 'selection-group-unknown');
    given(decider, []).when(create({ selections: [...selections, { group_code: 'SIZE', option_code: 'M' }] })).thenRejects('validation-error', 'selection-group-repeated');
    given(decider, []).when(create({ selections: [{ group_code: 'SIZE', option_code: 'S' }, selections[1]] })).thenRejects('validation-error', 'option-not-in-group');
    given(decider, []).when(create({ selections: [{ group_code: 'SIZE', option_code: 'XL' }, selections[1]] })).thenRejects('invalid-state', 'option-inactive');
  });

  it('needs an active style', () => {
    given(decider, []).when(create({ style: null })).thenRejects('not-found', 'style-not-found');
    given(decider, []).when(create({ style: { status: 'discontinued' } })).thenRejects('invalid-state', 'style-not-active');
  });

  it('sets the SKU, only when it changes', () => {
    given(decider, [created]).when({ kind: 'update', changes: { sku: 'SKU-123' } }).then([{ type: 'pvm.variant-updated', data: { ...owner, changes: { sku: 'SKU-123' } } }]);
    given(decider, [created, { type: 'pvm.variant-updated', data: { ...owner, changes: { sku: 'SKU-123' } } }]).when({ kind: 'update', changes: { sku: 'SKU-123' } }).then([]);
  });

  it('goes draft → active → discontinued → active, activating only under an active style', () => {
    given(decider, [created]).when({ kind: 'set-status', status: 'active', style: activeStyle }).then([status('draft', 'active')]);
    given(decider, [created]).when({ kind: 'set-status', status: 'active', style: { status: 'discontinued' } }).thenRejects('invalid-state', 'style-not-active');
    given(decider, [created]).when({ kind: 'set-status', status: 'discontinued', style: activeStyle }).thenRejects('invalid-state', 'invalid-status-transition');
    given(decider, [created, status('draft', 'active')]).when({ kind: 'set-status', status: 'discontinued', style: activeStyle }).then([status('active', 'discontinued')]);
  });

  it('dooming dooms the barcodes and freezes the variant', () => {
    const history = [created, barcode('bar_1', '012345678905', true)];
    given(decider, history).when({ kind: 'set-status', status: 'doomed', style: null }).then([
      status('draft', 'doomed'),
      { type: 'pvm.barcode-status-changed', data: { ...owner, barcode_id: 'bar_1', from: 'active', to: 'doomed', primary_cleared: true } },
    ]);
    given(decider, [...history, status('draft', 'doomed')]).when({ kind: 'update', changes: { sku: 'X' } }).thenRejects('invalid-state', 'variant-doomed');
    given(decider, [...history, status('draft', 'doomed')]).when({ kind: 'set-status', status: 'active', style: activeStyle }).thenRejects('invalid-state', 'invalid-status-transition');
  });

  it('makes the first barcode primary and keeps one primary per variant', () => {
    given(decider, [created]).when(addBarcode('bar_1', '012345678905')).then([barcode('bar_1', '012345678905', true)]);
    const one = [created, barcode('bar_1', '012345678905', true)];
    given(decider, one).when(addBarcode('bar_2', '4006381333931')).then([barcode('bar_2', '4006381333931', false)]);
    given(decider, one).when(addBarcode('bar_2', '4006381333931', true)).then([barcode('bar_2', '4006381333931', true, 'bar_1')]);
    given(decider, one).when(addBarcode('bar_9', '012345678905')).then([]);
    const two = [...one, barcode('bar_2', '4006381333931', false)];
    given(decider, two).when({ kind: 'set-primary-barcode', barcode_id: 'bar_2' }).thenState((s) => {
      expect(s.barcodes.filter((b) => b.primary).map((b) => b.barcode_id)).toEqual(['bar_2']);
    });
    given(decider, two).when({ kind: 'set-primary-barcode', barcode_id: 'bar_404' }).thenRejects('not-found', 'barcode-not-found');
  });

  it('moves barcodes active ⇄ inactive, doomed terminal; a deactivated primary stops being primary', () => {
    const one = [created, barcode('bar_1', '012345678905', true)];
    given(decider, one).when({ kind: 'set-barcode-status', barcode_id: 'bar_1', status: 'inactive' }).thenState((s) => expect(s.barcodes[0]).toMatchObject({ status: 'inactive', primary: false }));
    const off: VariantEvent = { type: 'pvm.barcode-status-changed', data: { ...owner, barcode_id: 'bar_1', from: 'active', to: 'inactive', primary_cleared: true } };
    given(decider, [...one, off]).when({ kind: 'set-primary-barcode', barcode_id: 'bar_1' }).thenRejects('invalid-state', 'barcode-not-active');
    const doomed: VariantEvent = { type: 'pvm.barcode-status-changed', data: { ...owner, barcode_id: 'bar_1', from: 'inactive', to: 'doomed', primary_cleared: false } };
    given(decider, [...one, off, doomed]).when({ kind: 'set-barcode-status', barcode_id: 'bar_1', status: 'active' }).thenRejects('invalid-state', 'invalid-status-transition');
  });
});
