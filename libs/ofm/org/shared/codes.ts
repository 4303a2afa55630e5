import { randomBytes } from 'crypto';
import { validationError } from '@g3n/es';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A random code such as `INV-K3Q7M2XA9B`: 10 base32 characters (50 bits), unguessable and easy to read aloud. */
export function randomCode(prefix: string, length = 10): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const b of bytes) out += BASE32[b & 31];
  return `${prefix}-${out}`;
}

export const ORGCODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{1,15}$/;
/** Cost-centre and team codes: same alphabet as orgcodes, up to 32 characters (the cccode header allows 32). */
export const CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{0,31}$/;

/** Trims and upper-cases a code, then checks it; 400 with details.fields when it does not fit. */
export function normaliseCode(raw: string, field: string, pattern: RegExp): string {
  const code = raw.trim().toUpperCase();
  if (!pattern.test(code)) {
    throw validationError('invalid-fields', `Invalid request: ${field}: must match ${pattern.source} after trim and upper-casing`, {
      fields: [{ field, reason: `must match ${pattern.source} after trim and upper-casing` }],
    });
  }
  return code;
}
