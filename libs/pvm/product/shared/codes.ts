/** Style codes: letters, digits, `_ - .`, starting with a letter or digit; stored upper case. */
export const STYLE_CODE_INPUT = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
export const STYLE_CODE_MESSAGE = 'must be 1–64 characters of A-Z, 0-9, _, - and ., starting with a letter or digit';
export const normaliseStyleCode = (code: string) => code.trim().toUpperCase();

/** SKUs and identifier values: printable, no spaces at either end. */
export const IDENTIFIER_VALUE_INPUT = /^\S(.{0,126}\S)?$/;
