import { registerDecorator, ValidationOptions } from 'class-validator';
import { canonicalLocale, isIanaTimeZone, isIsoCountry, isIsoCurrency } from '../../shared/facility-formats';

function rule(name: string, check: (value: unknown) => boolean, message: string) {
  return (options?: ValidationOptions) => (target: object, propertyName: string) =>
    registerDecorator({ name, target: target.constructor, propertyName, options: { message, ...options }, validator: { validate: check } });
}

export const IsIsoCountry = rule('isIsoCountry', isIsoCountry, '$property must be an ISO 3166-1 alpha-2 country code (upper case, e.g. US)');
export const IsIanaTimeZone = rule('isIanaTimeZone', isIanaTimeZone, '$property must be an IANA time zone name (e.g. America/Chicago)');
export const IsBcp47Locale = rule('isBcp47Locale', (v) => canonicalLocale(v) !== null, '$property must be a BCP 47 language tag (e.g. en-US)');
export const IsIsoCurrency = rule('isIsoCurrency', isIsoCurrency, '$property must be an ISO 4217 currency code (e.g. USD)');
