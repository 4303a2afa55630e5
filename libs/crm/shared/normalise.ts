import { createHash, randomInt } from 'crypto';
import { validationError } from '@g3n/es';

export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

const invalid = (field: string, minor: string, message: string) =>
  validationError(minor, message, { fields: [{ field, reason: message }] });

/** Emails are matched trimmed and lower case (the whole address: providers differ on local-part rules). */
export function normaliseEmail(raw: string, field = 'email'): string {
  const email = raw.trim().toLowerCase();
  if (email.length > 254 || !/^[a-z0-9._%+'-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(email)) throw invalid(field, 'email-invalid', 'not an email address');
  return email;
}

/**
 * Phones are kept as E.164-like digits: a leading + kept, spaces, dots, dashes and parentheses dropped; 7–15
 * digits. No country is guessed for numbers without +: they stay as given (digits only).
 */
export function normalisePhone(raw: string, field = 'phone'): string {
  const trimmed = raw.trim();
  const plus = trimmed.startsWith('+');
  const digits = trimmed.replace(/[\s().-]/g, '').replace(/^\+/, '');
  if (!/^\d{7,15}$/.test(digits)) throw invalid(field, 'phone-invalid', 'not a phone number (7–15 digits, optional leading +)');
  return plus ? `+${digits}` : digits;
}

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I: read aloud at a till

/** A gift card code as stored and compared: upper case, no separators. */
export function normaliseGiftcardCode(raw: string, field = 'code'): string {
  const code = raw.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z0-9]{8,32}$/.test(code)) throw invalid(field, 'giftcard-code-invalid', '8–32 letters and digits (spaces and dashes ignored)');
  return code;
}

/** 16 random characters, shown in groups of four: 32^16 ≈ 10^24 codes, not guessable. */
export function newGiftcardCode(): string {
  let code = '';
  for (let i = 0; i < 16; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

export const formatGiftcardCode = (code: string): string => code.match(/.{1,4}/g)!.join('-');
export const maskGiftcardCode = (last4: string): string => `****-****-****-${last4}`;
