// Payment methods of a verified user: the provider token is kept only as SHA-256 + last4.
import { validationError } from '@g3n/es';
import type { Runtime } from '@g3n/platform';
import { userDecider } from '../user/user.decide';
import type { PaymentKind } from '../user/user.events';
import { sha256 } from './credentials';
import { OperatorOptions, resolveUser, runOperator, userStream } from './run';

const TOKEN_FORMAT = /^[A-Za-z0-9_-]{8,128}$/;
const KINDS: PaymentKind[] = ['card', 'bank', 'wallet'];

export interface AddPaymentMethodInput {
  user_guid: string;
  kind: PaymentKind;
  token: string;
  last4?: string;
  brand?: string;
  label?: string;
}

export async function addPaymentMethod(runtime: Runtime, input: AddPaymentMethodInput, options: OperatorOptions = {}) {
  const fields: Array<{ field: string; reason: string }> = [];
  if (!KINDS.includes(input.kind)) fields.push({ field: 'kind', reason: `one of ${KINDS.join(', ')}` });
  if (typeof input.token !== 'string' || !TOKEN_FORMAT.test(input.token)) fields.push({ field: 'token', reason: 'must match ^[A-Za-z0-9_-]{8,128}$' });
  if (input.last4 !== undefined && !/^[0-9A-Za-z]{4}$/.test(input.last4)) fields.push({ field: 'last4', reason: '4 letters or digits' });
  if (input.brand !== undefined && (typeof input.brand !== 'string' || input.brand.length > 40)) fields.push({ field: 'brand', reason: 'at most 40 characters' });
  if (input.label !== undefined && (typeof input.label !== 'string' || input.label.length > 80)) fields.push({ field: 'label', reason: 'at most 80 characters' });
  if (fields.length) throw validationError('invalid-fields', 'The payment method is not valid.', { fields });
  const user_guid = await resolveUser(runtime, input, (e) => e);
  const payment_method_id = runtime.ids.next('pm');
  const result = await runOperator(runtime, userStream(user_guid), userDecider, {
    kind: 'add-payment-method', payment_method_id, method: input.kind, token_hash: sha256(input.token),
    last4: input.last4 ?? input.token.slice(-4), brand: input.brand ?? null, label: input.label ?? null,
    now: runtime.clock.now().toISOString(),
  }, options);
  const priority = result.state.payment_methods.findIndex((m) => m.payment_method_id === payment_method_id) + 1;
  return { user_guid, payment_method_id, priority, primary: priority === 1, consistency: result.consistency };
}

export async function removePaymentMethod(runtime: Runtime, input: { user_guid: string; payment_method_id: string }, options: OperatorOptions = {}) {
  const user_guid = await resolveUser(runtime, input, (e) => e);
  const result = await runOperator(runtime, userStream(user_guid), userDecider, { kind: 'remove-payment-method', payment_method_id: input.payment_method_id }, options);
  return { user_guid, consistency: result.consistency };
}

/** `order` lists every payment method id; the first becomes the primary (priority 1). */
export async function setPaymentMethodPriority(runtime: Runtime, input: { user_guid: string; order: string[] }, options: OperatorOptions = {}) {
  const user_guid = await resolveUser(runtime, input, (e) => e);
  const result = await runOperator(runtime, userStream(user_guid), userDecider, { kind: 'set-payment-priority', order: input.order }, options);
  return { user_guid, order: result.state.payment_methods.map((m) => m.payment_method_id), consistency: result.consistency };
}
