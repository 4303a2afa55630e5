// Checks against read models other parts of the system own: UAS users, the facilities half's logical facilities,
// USM service accounts. Their document shapes are the contract named in each collection's projection.
import type { Doc } from '@g3n/docstore';
import { invalidState, notFound } from '@g3n/es';
import type { Runtime } from '@g3n/platform';
import { foreignDoc } from './read-models';

export async function requireUser(runtime: Runtime, userGuid: string): Promise<void> {
  if (!(await foreignDoc(runtime, 'uas_users', userGuid))) throw notFound('user-not-found', 'No such user.', { user_guid: userGuid });
}

/** The logical facility must be this org's and active. */
export async function requireActiveLogical(runtime: Runtime, orgGuid: string, logicalGuid: string): Promise<void> {
  const logical = await foreignDoc<Doc & { org_guid?: string; status?: string }>(runtime, 'ofm_logical_facilities', logicalGuid);
  if (!logical || logical.org_guid !== orgGuid) throw notFound('logical-not-found', 'No such logical facility in this org.', { logical_guid: logicalGuid });
  if (logical.status !== 'active') throw invalidState('logical-not-active', `The logical facility is ${logical.status}.`, { logical_guid: logicalGuid });
}

/** The service account must belong to this org and be active. */
export async function requireActiveServiceAccount(runtime: Runtime, orgGuid: string, serviceAccountId: string): Promise<void> {
  const account = await foreignDoc<Doc & { org_guid?: string; status?: string }>(runtime, 'usm_service_accounts', serviceAccountId);
  if (!account || account.org_guid !== orgGuid) throw notFound('service-account-not-found', 'No such service account in this org.');
  if (account.status !== 'active') throw invalidState('service-account-not-active', `The service account is ${account.status}.`);
}
