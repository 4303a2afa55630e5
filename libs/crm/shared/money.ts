/** ISO 4217 minor-unit exponents that are not 2 (the default). */
const EXPONENTS: Record<string, number> = {
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
};

export const currencyExponent = (currency: string): number => EXPONENTS[currency.toUpperCase()] ?? 2;

export type Rounding = 'floor' | 'round' | 'ceil';

/** points_per_unit is kept to 4 decimals so the arithmetic below stays in integers. */
export const RATE_SCALE = 10_000;

/**
 * Points for an amount: amount in major units × points per unit, rounded as the policy says. Integer arithmetic
 * (BigInt) so 19.99 × 1.5 never meets a float.
 */
export function pointsFor(amountMinor: number, currency: string, pointsPerUnit: number, rounding: Rounding): number {
  if (amountMinor <= 0) return 0;
  const numerator = BigInt(amountMinor) * BigInt(Math.round(pointsPerUnit * RATE_SCALE));
  const denominator = BigInt(10 ** currencyExponent(currency)) * BigInt(RATE_SCALE);
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  if (remainder === 0n || rounding === 'floor') return Number(quotient);
  if (rounding === 'ceil') return Number(quotient + 1n);
  return Number(remainder * 2n >= denominator ? quotient + 1n : quotient);
}
