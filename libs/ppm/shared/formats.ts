/**
 * Formats PPM accepts: ISO 4217 currencies, unit-of-measure codes, price-list codes, channel codes, money bounds.
 * Pure functions, shared by DTO validators, deciders and handlers.
 */

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** ISO 4217 alphabetic code, upper case, known to the runtime's currency table. */
export function isIsoCurrency(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Z]{3}$/.test(value) && CURRENCIES.has(value);
}

/** Price-list and UOM codes as clients may send them (stored upper case). */
export const CODE_INPUT = /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/;
export const normaliseCode = (code: string): string => code.trim().toUpperCase();

/** Sales channel codes as OFM accepts them ("WEB" is stored "web"). */
export const CHANNEL_CODE_INPUT = /^[A-Za-z0-9][A-Za-z0-9_-]{1,31}$/;
export const normaliseChannelCode = (code: string): string => code.trim().toLowerCase();

/**
 * Bounds that keep every extended amount (unit × qty) an exact integer below 2^53: 10^10 minor units per unit
 * (100 million in a two-decimal currency) times 10^5 units stays under 9.007e15.
 */
export const MAX_AMOUNT_MINOR = 10_000_000_000;
export const MAX_QTY = 100_000;

/** Money as every G3N service answers it: integer minor units with an ISO 4217 currency. */
export interface Money {
  amount_minor: number;
  currency: string;
}
