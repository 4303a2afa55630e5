import type { JsonSchema } from '@g3n/es';

/** JSON schemas of event data stay one line each: `object({ org_guid: str }, ['org_guid'])`. */
export const str: JsonSchema = { type: 'string' };
export const nullableStr: JsonSchema = { type: ['string', 'null'] };
export const strArray: JsonSchema = { type: 'array', items: { type: 'string' } };
export const bool: JsonSchema = { type: 'boolean' };

export function object(properties: Record<string, JsonSchema>, required: string[] = Object.keys(properties)): JsonSchema {
  return { type: 'object', additionalProperties: false, required, properties };
}
