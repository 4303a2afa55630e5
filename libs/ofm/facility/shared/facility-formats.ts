/**
 * Formats OFM facilities and channels accept: facility codes, channel codes, ISO 3166-1 alpha-2 countries,
 * IANA time zones, BCP 47 locales and ISO 4217 currencies. Pure functions, shared by DTO validators and deciders.
 */

/** Facility and zone codes, after normalising to upper case. */
export const FACILITY_CODE = /^[A-Z0-9][A-Z0-9_-]{0,31}$/;
/** What a client may send for a facility or zone code (normalised to upper case before use). */
export const FACILITY_CODE_INPUT = /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/;
/** Sales channel codes, after normalising to lower case. */
export const CHANNEL_CODE = /^[a-z0-9][a-z0-9_-]{1,31}$/;
/** What a client may send for a channel code (walkthrough 3 sends "WEB"; stored as "web"). */
export const CHANNEL_CODE_INPUT = /^[A-Za-z0-9][A-Za-z0-9_-]{1,31}$/;

export const normaliseFacilityCode = (code: string): string => code.trim().toUpperCase();
export const normaliseChannelCode = (code: string): string => code.trim().toLowerCase();

/**
 * The officially assigned ISO 3166-1 alpha-2 codes (249). Embedded rather than taken from Intl, whose region
 * names also cover reserved and deprecated codes (EU, UK, XK, SU, …) and vary with the ICU version.
 */
const ISO_COUNTRIES = new Set(
  ('AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
    'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO ' +
    'FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE ' +
    'JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO ' +
    'MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW ' +
    'PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM ' +
    'TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW').split(' '),
);

export function isIsoCountry(value: unknown): value is string {
  return typeof value === 'string' && ISO_COUNTRIES.has(value);
}

/** An IANA zone name the runtime knows (`Europe/Paris`, `UTC`); offsets such as `+01:00` are refused. */
export function isIanaTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || !/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** BCP 47 language tag shape (language, then subtags) that Intl accepts; answers the canonical form or null. */
export function canonicalLocale(value: unknown): string | null {
  if (typeof value !== 'string' || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value)) return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(value);
    return canonical ?? null;
  } catch {
    return null;
  }
}

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** ISO 4217 alphabetic code, upper case, known to the runtime's currency table. */
export function isIsoCurrency(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Z]{3}$/.test(value) && CURRENCIES.has(value);
}
