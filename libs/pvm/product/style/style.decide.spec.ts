import { given } from '@g3n/es';
import { styleDecider as decider, StyleCommand } from './style.decide';
import type { StyleCatalogFacts } from './style-gates';
import type { StyleEvent } from './style.events';

const facts: StyleCatalogFacts = {
  category: { status: 'active' },
  vendors: { ven_1: { status: 'verified' }, ven_2: { status: 'draft' } },
  manufacturers: { man_1: { status: 'active' } },
  ogm: { status: 'active', revisions: [1, 2] },
};
const details = {
  caption: 'Tee', description: null, category_id: 'cat_1', brand_id: null, vendor_ids: ['ven_1'], manufacturer_ids: ['man_1'],
  primary_vendor_id: 'ven_1', primary_manufacturer_id: 'man_1',
};
const createData = { style_id: 'sty_1', org_guid: 'org1', code: 'TEE', ogm_id: 'ogm_1', ogm_rev: 1, ...details };
const create = (over: Partial<Extract<StyleCommand, { kind: 'create' }>> = {}): StyleCommand => ({ kind: 'create', ...createData, facts, ...over });
const created: StyleEvent = { type: 'pvm.style-created', data: createData };

describe('pvm style decider', () => {
  it('creates an active style when category, suppliers and OGM revision pass', () => {
    given(decider, []).when(create()).then([created]);
    given(decider, []).when(create()).thenState((s) => expect(s).toMatchObject({ status: 'active', code: 'TEE' }));
  });

  it('refuses a missing or inactive category', () => {
    given(decider, []).when(create({ facts: { ...facts, category: null } })).thenRejects('not-found', 'category-not-found');
    given(decider, []).when(create({ facts: { ...facts, category: { status: 'inactive' } } })).thenRejects('invalid-state', 'category-inactive');
  });

  it('needs the primaries listed, existing and verified or active', () => {
    given(decider, []).when(create({ primary_vendor_id: 'ven_9' })).thenRejects('validation-error', 'primary-vendor-not-listed');
    given(decider, []).when(create({ manufacturer_ids: ['man_1'], primary_manufacturer_id: 'man_2' })).thenRejects('validation-error', 'primary-manufacturer-not-listed');
    given(decider, []).when(create({ vendor_ids: ['ven_1', 'ven_404'] })).thenRejects('not-found', 'vendor-not-found');
    given(decider, []).when(create({ vendor_ids: ['ven_2'], primary_vendor_id: 'ven_2' })).thenRejects('invalid-state', 'vendor-not-verified');
  });

  it('needs an existing, open OGM revision', () => {
    given(decider, []).when(create({ facts: { ...facts, ogm: null } })).thenRejects('not-found', 'ogm-not-found');
    given(decider, []).when(create({ ogm_rev: 3 })).thenRejects('not-found', 'ogm-revision-not-found');
    given(decider, []).when(create({ facts: { ...facts, ogm: { status: 'inactive', revisions: [1] } } })).thenRejects('invalid-state', 'ogm-inactive');
  });

  it('updates only what changed, re-checking gates only for gated fields', () => {
    const broken = { ...facts, category: null };
    given(decider, [created]).when({ kind: 'update', changes: { caption: 'Tee', description: 'Soft' }, facts: broken })
      .then([{ type: 'pvm.style-updated', data: { style_id: 'sty_1', changes: { description: 'Soft' } } }]);
    given(decider, [created]).when({ kind: 'update', changes: { caption: 'Tee' }, facts }).then([]);
    given(decider, [created]).when({ kind: 'update', changes: { category_id: 'cat_2' }, facts: broken }).thenRejects('not-found', 'category-not-found');
  });

  it('follows the lifecycle and dooms only a style without live variants', () => {
    const discontinued: StyleEvent = { type: 'pvm.style-status-changed', data: { style_id: 'sty_1', from: 'active', to: 'discontinued' } };
    given(decider, [created]).when({ kind: 'set-status', status: 'discontinued', live_variants: 2 }).then([discontinued]);
    given(decider, [created]).when({ kind: 'set-status', status: 'draft', live_variants: 0 }).thenRejects('invalid-state', 'invalid-status-transition');
    given(decider, [created]).when({ kind: 'set-status', status: 'doomed', live_variants: 1 }).thenRejects('invalid-state', 'style-has-live-variants');
    given(decider, [created, discontinued]).when({ kind: 'set-status', status: 'active', live_variants: 0 })
      .then([{ type: 'pvm.style-status-changed', data: { style_id: 'sty_1', from: 'discontinued', to: 'active' } }]);
    given(decider, []).when({ kind: 'set-status', status: 'active', live_variants: 0 }).thenRejects('not-found', 'style-not-found');
  });
});
