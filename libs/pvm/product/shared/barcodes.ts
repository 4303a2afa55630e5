import { validationError } from '@g3n/es';
import type { BarcodeScheme } from '../variant/variant.events';
import { gtin14, GTIN_LENGTHS, gtinProblem } from './gtin';

/** Schemes that are GTINs (GS1 numbers with a mod-10 check digit) and the lengths each allows. */
const GTIN_SCHEMES: Partial<Record<BarcodeScheme, number[]>> = { gtin: GTIN_LENGTHS, upc: [12], ean: [8, 13], itf14: [14] };
/** Identifier types that carry a GTIN, checked the same way. */
const GTIN_IDENTIFIERS: Record<string, number[]> = { gtin: GTIN_LENGTHS, upc: [12], ean: [8, 13], isbn: [13] };

const REASONS = {
  'not-digits': 'must be digits only',
  'bad-length': 'has the wrong number of digits for its scheme',
  'bad-check-digit': 'has a wrong GTIN check digit',
};

function assertGtin(value: string, lengths: number[], field: string): void {
  const problem = gtinProblem(value, lengths);
  if (problem) {
    throw validationError(problem === 'bad-check-digit' ? 'invalid-check-digit' : 'invalid-gtin', `${field} ${REASONS[problem]}.`, {
      fields: [{ field, reason: REASONS[problem] }],
    });
  }
}

/**
 * Validates a barcode for its scheme and returns the key uniqueness and resolve compare: a GTIN's 14-digit form
 * (so a UPC-A and the same number as EAN-13 are one barcode), else the trimmed, upper-cased value.
 */
export function barcodeKey(value: string, scheme: BarcodeScheme): string {
  const lengths = GTIN_SCHEMES[scheme];
  if (!lengths) return value.trim().toUpperCase();
  assertGtin(value, lengths, 'value');
  return gtin14(value);
}

/** The key a scanned value is looked up by: digits that form a valid GTIN resolve through their 14-digit form. */
export function lookupKey(value: string): string {
  const v = value.trim();
  return gtinProblem(v) === null ? gtin14(v) : v.toUpperCase();
}

/** Identifiers of the GTIN family (upc, ean, gtin, isbn) must carry a valid check digit. */
export function assertIdentifierValue(type: string, value: string): void {
  const lengths = GTIN_IDENTIFIERS[type];
  if (lengths) assertGtin(value, lengths, 'value');
}
