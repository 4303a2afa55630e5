import { given } from '@g3n/es';
import { serviceAccountDecider } from './service-account.decide';
import type { ServiceAccountEvent } from './service-account.events';

const now = '2026-01-01T00:00:00.000Z';
const created: ServiceAccountEvent = { type: 'usm.service-account-created', data: { org_guid: 'o1', service_account_id: 'sa1', caption: 'erp', description: null, created_at: now } };
const disabled: ServiceAccountEvent = { type: 'usm.service-account-status-set', data: { org_guid: 'o1', service_account_id: 'sa1', status: 'disabled', previous_status: 'active', at: now } };

describe('service account decider', () => {
  it('creates active accounts once', () => {
    given(serviceAccountDecider, []).when({ kind: 'create', org_guid: 'o1', service_account_id: 'sa1', caption: 'erp', description: null, now }).then([created]);
    given(serviceAccountDecider, [created]).when({ kind: 'create', org_guid: 'o1', service_account_id: 'sa1', caption: 'erp', description: null, now }).thenRejects('invalid-state', 'service-account-exists');
  });

  it('moves active ⇄ disabled, never to the same status', () => {
    given(serviceAccountDecider, [created]).when({ kind: 'set-status', status: 'disabled', now }).then([disabled]);
    given(serviceAccountDecider, [created]).when({ kind: 'set-status', status: 'active', now }).thenRejects('invalid-state', 'status-unchanged');
    given(serviceAccountDecider, [created, disabled]).when({ kind: 'set-status', status: 'active', now }).thenState((s) => expect(s.status).toBe('active'));
    given(serviceAccountDecider, []).when({ kind: 'set-status', status: 'active', now }).thenRejects('not-found', 'service-account-not-found');
  });

  it('records revoke_all as one marker event', () => {
    given(serviceAccountDecider, [created]).when({ kind: 'revoke-keys', now })
      .then([{ type: 'usm.service-account-keys-revoked', data: { org_guid: 'o1', service_account_id: 'sa1', revoked_at: now } }]);
  });
});
