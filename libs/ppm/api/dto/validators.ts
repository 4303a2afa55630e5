import { registerDecorator, ValidationOptions } from 'class-validator';
import { isIsoCurrency } from '../../shared/formats';

function rule(name: string, check: (value: unknown) => boolean, message: string) {
  return (options?: ValidationOptions) => (target: object, propertyName: string) =>
    registerDecorator({ name, target: target.constructor, propertyName, options: { message, ...options }, validator: { validate: check } });
}

/** A full date-time with a zone (Z or ±hh:mm): a local time without zone would mean different instants per server. */
const ZONED_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
export const isZonedDateTime = (value: unknown): boolean => typeof value === 'string' && ZONED_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));

export const IsIsoCurrency = rule('isIsoCurrency', isIsoCurrency, '$property must be an ISO 4217 currency code (e.g. USD)');
export const IsZonedDateTime = rule('isZonedDateTime', isZonedDateTime, '$property must be an ISO-8601 date-time with a zone (e.g. 2026-03-01T00:00:00Z)');
