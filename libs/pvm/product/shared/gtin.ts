/**
 * GTIN check digits (GS1 mod-10): weights 3,1,3,… from the right, excluding the check digit. GTIN-8, -12 (UPC-A),
 * -13 (EAN/ISBN-13) and -14 are the same number space; `gtin14` left-pads with zeros so that "012345678905" and
 * "0012345678905" are recognised as one barcode.
 */
export const GTIN_LENGTHS = [8, 12, 13, 14];

export function gtinCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

export type GtinProblem = 'not-digits' | 'bad-length' | 'bad-check-digit';

/** Why `value` is not a valid GTIN of one of `lengths`, or null when it is. */
export function gtinProblem(value: string, lengths: number[] = GTIN_LENGTHS): GtinProblem | null {
  if (!/^\d+$/.test(value)) return 'not-digits';
  if (!lengths.includes(value.length)) return 'bad-length';
  const expected = gtinCheckDigit(value.slice(0, -1));
  return expected === Number(value[value.length - 1]) ? null : 'bad-check-digit';
}

export const gtin14 = (value: string) => value.padStart(14, '0');
