// Secrets handling for UAS: tokens, passcode hashing and the credential vault. Nothing here is ever logged.
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'crypto';
import { validationError } from '@g3n/es';
import type { Doc } from '@g3n/docstore';
import type { Runtime } from '@g3n/platform';

/** Passcode hashes live here, outside the event log: a document per credential id, written only by UAS code. */
export const CREDENTIAL_VAULT = '_uas_credentials';

const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 64 };
export const PASSCODE_MIN_LENGTH = 8;

export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');
/** 32 random bytes, base64url: the plaintext handed to the user once; events keep only sha256(token). */
export const newToken = (): string => randomBytes(32).toString('base64url');

export function normaliseEmail(raw: string): string {
  const email = String(raw ?? '').trim().toLowerCase();
  if (email.length > 254 || !/^[a-z0-9._%+'-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(email)) {
    throw validationError('email-invalid', 'The email address is not valid.', { fields: [{ field: 'email', reason: 'not an email address' }] });
  }
  return email;
}

/**
 * ≥ 8 characters from at least three of: lower case, upper case, digits, symbols; not the email (or its local
 * part). The seeds' own example passcode (`Abcd!234`) is the shortest that passes.
 */
export function checkPasscodePolicy(passcode: string, email: string): void {
  const reasons: string[] = [];
  const text = String(passcode ?? '');
  if (typeof passcode !== 'string' || passcode.length < PASSCODE_MIN_LENGTH) reasons.push(`at least ${PASSCODE_MIN_LENGTH} characters`);
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((c) => c.test(text)).length;
  if (classes < 3) reasons.push('characters from at least three of: lower case, upper case, digits, symbols');
  const lower = String(passcode ?? '').toLowerCase();
  if (lower === email || lower === email.split('@')[0]) reasons.push('must not be the email');
  if (reasons.length) {
    throw validationError('passcode-policy', `The passcode does not meet the policy: ${reasons.join(', ')}.`, {
      fields: [{ field: 'passcode', reason: reasons.join(', ') }],
    });
  }
}

function scryptAsync(passcode: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(passcode, salt, SCRYPT.keylen, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPasscode(passcode: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(passcode, salt);
  return `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export async function passcodeMatches(passcode: string, stored: string): Promise<boolean> {
  const [scheme, , , , salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await scryptAsync(passcode, Buffer.from(salt, 'base64url'));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

interface VaultEntry extends Doc {
  _id: string;
  user_guid: string;
  hash: string;
  created_at: string;
}

const ensured = new WeakSet<object>();

async function vault(runtime: Runtime) {
  if (!ensured.has(runtime.store)) {
    await runtime.store.ensureCollection({ name: CREDENTIAL_VAULT, indexes: [{ fields: ['user_guid'] }] });
    ensured.add(runtime.store);
  }
  return runtime.store.collection<VaultEntry>(CREDENTIAL_VAULT);
}

/**
 * Stores a new credential under a fresh id. Written BEFORE the `uas.passcode-set` event that makes it current: a
 * crash in between leaves an entry no event points at, which nothing ever reads (harmless, see docs/uas.md).
 */
export async function storeCredential(runtime: Runtime, userGuid: string, passcode: string): Promise<string> {
  const id = runtime.ids.next('cred');
  await (await vault(runtime)).upsert({ _id: id, user_guid: userGuid, hash: await hashPasscode(passcode), created_at: runtime.clock.now().toISOString() });
  return id;
}

export async function credentialMatches(runtime: Runtime, credentialId: string | null, passcode: string): Promise<boolean> {
  const entry = credentialId ? await (await vault(runtime)).get(credentialId) : null;
  if (!entry) {
    // Same work whether or not there is a credential, so timing does not tell which emails exist.
    await hashPasscode(passcode);
    return false;
  }
  return passcodeMatches(passcode, entry.hash);
}

