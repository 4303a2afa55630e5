import { given } from '@g3n/es';
import { optionGroupDecider as decider } from './option-group.decide';
import type { OptionGroupEvent } from './option-group.events';

const created: OptionGroupEvent = { type: 'pvm.option-group-created', data: { group_id: 'ogr_1', org_guid: 'org1', code: 'COLOR', caption: 'Color' } };

describe('option group decider', () => {
  it('creates, renames and toggles status', () => {
    given(decider, []).when({ kind: 'create', group_id: 'ogr_1', org_guid: 'org1', code: 'COLOR', caption: 'Color' }).then([created]);
    given(decider, [created]).when({ kind: 'update', changes: { caption: 'Colour' } }).then([{ type: 'pvm.option-group-updated', data: { group_id: 'ogr_1', changes: { caption: 'Colour' } } }]);
    given(decider, [created]).when({ kind: 'set-status', status: 'inactive' }).then([{ type: 'pvm.option-group-status-changed', data: { group_id: 'ogr_1', from: 'active', to: 'inactive' } }]);
  });

  it('no-ops on unchanged values; refuses unknown groups and second creates', () => {
    given(decider, [created]).when({ kind: 'update', changes: { caption: 'Color' } }).then([]);
    given(decider, [created]).when({ kind: 'set-status', status: 'active' }).then([]);
    given(decider, []).when({ kind: 'set-status', status: 'inactive' }).thenRejects('not-found', 'option-group-not-found');
    given(decider, [created]).when({ kind: 'create', group_id: 'ogr_1', org_guid: 'org1', code: 'COLOR', caption: 'Color' }).thenRejects('invalid-state', 'option-group-exists');
  });
});
