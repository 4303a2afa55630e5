import { validationError } from '@g3n/es';

/**
 * PVM catalog codes (vendor, manufacturer, taxonomy, option group, option, OGM): 1–64 of A–Z 0–9 _ - . after
 * normalising to upper case, so `color` and `COLOR` name the same option group. Readers (styles, variants) compare
 * normalised codes: use `normalisePvmCode`.
 */
export const PVM_CODE = /^[A-Z0-9][A-Z0-9_.-]{0,63}$/;
/** What a client may send (normalised before use). */
export const PVM_CODE_INPUT = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
export const PVM_CODE_MESSAGE = 'must be 1–64 characters of A-Z, 0-9, _, - and ., starting with a letter or digit';

export function normalisePvmCode(code: string, field = 'code'): string {
  const normalised = code.trim().toUpperCase();
  if (!PVM_CODE.test(normalised)) {
    throw validationError('invalid-code', `${field} ${PVM_CODE_MESSAGE}.`, { fields: [{ field, reason: 'pattern' }] });
  }
  return normalised;
}
