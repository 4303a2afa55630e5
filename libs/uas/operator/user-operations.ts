// Operator functions for user accounts (what the hosted product does with internal functions): the g3n CLI and
// tests call them; USM calls verifyPasscode. Each runs deciders through the runner and waits for the read models.
import { conflict } from '@g3n/es';
import type { Runtime } from '@g3n/platform';
import { emailClaimDecider } from '../email/email-claim.decide';
import { userDecider } from '../user/user.decide';
import { checkPasscodePolicy, credentialMatches, newToken, normaliseEmail, sha256, storeCredential } from './credentials';
import { emailStream, loadUserByGuid, OperatorOptions, resolveUser, runOperator, userGuidOfEmail, userStream } from './run';

/** Default lifetime of email verification and passcode reset tokens. */
export const TOKEN_TTL_MS = 24 * 3600 * 1000;

export interface UserRef {
  email?: string;
  user_guid?: string;
}

export interface CreateUserInput {
  email: string;
  passcode?: string;
  /** Operator: mark the email verified at once (no token issued). */
  verified?: boolean;
  /** Token lifetime; tests pass 0 to get an already-expired token without sleeping. */
  token_ttl_ms?: number;
}

export interface CreatedUser {
  user_guid: string;
  email: string;
  status: 'pending-verification' | 'verified';
  verification_token?: string;
  verification_expires_at: string | null;
  passcode_set: boolean;
  consistency: 'strong' | 'pending';
}

const expiry = (runtime: Runtime, ttl = TOKEN_TTL_MS) => new Date(runtime.clock.now().getTime() + ttl).toISOString();

export async function createUser(runtime: Runtime, input: CreateUserInput, options: OperatorOptions = {}): Promise<CreatedUser> {
  const email = normaliseEmail(input.email);
  if (input.passcode !== undefined) checkPasscodePolicy(input.passcode, email);
  const user_guid = runtime.ids.next('usr');
  const now = runtime.clock.now().toISOString();
  // Claim the address first: a taken email stops here (409 email-taken) before any user stream exists.
  await runOperator(runtime, emailStream(email), emailClaimDecider, { kind: 'claim', email, user_guid }, options);
  const token = input.verified ? undefined : newToken();
  const expires = token ? expiry(runtime, input.token_ttl_ms) : null;
  let result = await runOperator(runtime, userStream(user_guid), userDecider, {
    kind: 'create', user_guid, email, verified: input.verified === true, now,
    verification_token_hash: token ? sha256(token) : null, verification_expires_at: expires,
  }, options);
  if (input.passcode !== undefined) {
    const credential_id = await storeCredential(runtime, user_guid, input.passcode);
    result = await runOperator(runtime, userStream(user_guid), userDecider, { kind: 'set-passcode', credential_id, now }, options);
  }
  return {
    user_guid, email, status: input.verified ? 'verified' : 'pending-verification',
    ...(token ? { verification_token: token } : {}), verification_expires_at: expires,
    passcode_set: input.passcode !== undefined, consistency: result.consistency,
  };
}

/** With a token: the user's proof. Without (`operator: true`): an operator vouches for the address. */
export async function verifyEmail(runtime: Runtime, input: UserRef & { token?: string; operator?: boolean }, options: OperatorOptions = {}) {
  const user_guid = await resolveUser(runtime, input, normaliseEmail);
  if (input.token === undefined && !input.operator) {
    throw conflict('verification-token-required', 'A verification token is required (operators pass operator: true).');
  }
  const token_hash = input.token === undefined ? null : sha256(input.token);
  const result = await runOperator(runtime, userStream(user_guid), userDecider, { kind: 'verify-email', token_hash, now: runtime.clock.now().toISOString() }, options);
  return { user_guid, status: 'verified' as const, consistency: result.consistency };
}

/** Issues a new verification token; the previous one stops working. */
export async function resendVerification(runtime: Runtime, input: UserRef & { token_ttl_ms?: number }, options: OperatorOptions = {}) {
  const user_guid = await resolveUser(runtime, input, normaliseEmail);
  const token = newToken();
  const expires_at = expiry(runtime, input.token_ttl_ms);
  const result = await runOperator(runtime, userStream(user_guid), userDecider, { kind: 'issue-verification', token_hash: sha256(token), expires_at }, options);
  return { user_guid, verification_token: token, verification_expires_at: expires_at, consistency: result.consistency };
}

/** Rejects a passcode equal to any of the last PASSCODE_HISTORY ones (409 passcode-reused). */
async function checkReuse(runtime: Runtime, history: string[], passcode: string): Promise<void> {
  for (const credentialId of history) {
    if (await credentialMatches(runtime, credentialId, passcode)) {
      throw conflict('passcode-reused', 'The passcode was used recently; choose one not among the last 5.');
    }
  }
}

async function changePasscode(runtime: Runtime, user_guid: string, passcode: string, resetToken: string | undefined, options: OperatorOptions) {
  const user = (await loadUserByGuid(runtime, user_guid))!;
  checkPasscodePolicy(passcode, user.email);
  await checkReuse(runtime, user.credential_history, passcode);
  const credential_id = await storeCredential(runtime, user_guid, passcode);
  const result = await runOperator(runtime, userStream(user_guid), userDecider, {
    kind: 'set-passcode', credential_id, now: runtime.clock.now().toISOString(),
    ...(resetToken !== undefined ? { reset_token_hash: sha256(resetToken) } : {}),
  }, options);
  return { user_guid, passcode_version: result.state.passcode_version, consistency: result.consistency };
}

export async function setPasscode(runtime: Runtime, input: UserRef & { passcode: string }, options: OperatorOptions = {}) {
  return changePasscode(runtime, await resolveUser(runtime, input, normaliseEmail), input.passcode, undefined, options);
}

/** Starts a reset: returns the reset token (once); completePasscodeReset consumes it. */
export async function resetPasscode(runtime: Runtime, input: UserRef & { token_ttl_ms?: number }, options: OperatorOptions = {}) {
  const user_guid = await resolveUser(runtime, input, normaliseEmail);
  const token = newToken();
  const expires_at = expiry(runtime, input.token_ttl_ms);
  const result = await runOperator(runtime, userStream(user_guid), userDecider, { kind: 'issue-reset', token_hash: sha256(token), expires_at }, options);
  return { user_guid, reset_token: token, reset_expires_at: expires_at, consistency: result.consistency };
}

export async function completePasscodeReset(runtime: Runtime, input: UserRef & { token: string; passcode: string }, options: OperatorOptions = {}) {
  return changePasscode(runtime, await resolveUser(runtime, input, normaliseEmail), input.passcode, input.token, options);
}

export interface PasscodeCheck {
  user_guid: string;
  verified: boolean;
}

/** For USM session create: the user when email and passcode match, else null (never says which part failed). */
export async function verifyPasscode(runtime: Runtime, email: string, passcode: string): Promise<PasscodeCheck | null> {
  let normalised: string | null = null;
  try {
    normalised = normaliseEmail(email);
  } catch {
    normalised = null;
  }
  const guid = normalised ? await userGuidOfEmail(runtime, normalised) : null;
  const user = guid ? await loadUserByGuid(runtime, guid) : null;
  const ok = await credentialMatches(runtime, user?.credential_id ?? null, String(passcode ?? ''));
  return ok && user ? { user_guid: user.user_guid, verified: user.verified } : null;
}
