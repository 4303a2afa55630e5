import { given } from '@g3n/es';
import { optionDecider as decider } from './option.decide';
import type { OptionEvent } from './option.events';

const create = (group: { group_id: string; status: 'active' | 'inactive' } | null) =>
  ({ kind: 'create' as const, option_id: 'opt_1', org_guid: 'org1', group_code: 'COLOR', code: 'RED', caption: 'Red', group });
const created: OptionEvent = { type: 'pvm.option-created', data: { option_id: 'opt_1', org_guid: 'org1', group_id: 'ogr_1', group_code: 'COLOR', code: 'RED', caption: 'Red' } };

describe('option decider', () => {
  it('creates an option in an active group', () => {
    given(decider, []).when(create({ group_id: 'ogr_1', status: 'active' })).then([created]);
  });

  it('refuses a missing or inactive group', () => {
    given(decider, []).when(create(null)).thenRejects('not-found', 'option-group-not-found');
    given(decider, []).when(create({ group_id: 'ogr_1', status: 'inactive' })).thenRejects('invalid-state', 'option-group-inactive');
  });

  it('renames and toggles status', () => {
    given(decider, [created]).when({ kind: 'update', changes: { caption: 'Scarlet' } }).then([{ type: 'pvm.option-updated', data: { option_id: 'opt_1', changes: { caption: 'Scarlet' } } }]);
    given(decider, [created]).when({ kind: 'set-status', status: 'inactive' }).then([{ type: 'pvm.option-status-changed', data: { option_id: 'opt_1', from: 'active', to: 'inactive' } }]);
    given(decider, []).when({ kind: 'update', changes: { caption: 'x' } }).thenRejects('not-found', 'option-not-found');
  });
});
