import type { Type } from '@nestjs/common';
import type { EventCatalogEntry } from './event-catalog';
import { classOf, fieldsOf } from './api-schemas';

/** The instant every specimen uses, so specimens are stable from call to call. */
export const SPECIMEN_TIME = '2026-01-25T00:00:00.000Z';

/** An example value for a JSON Schema (event `data` schemas): examples, then enums, then a value of the type. */
export function specimenFromSchema(schema: unknown, depth = 0): unknown {
  if (!schema || typeof schema !== 'object' || depth > 8) return null;
  const s = schema as Record<string, unknown>;
  if (Array.isArray(s.examples) && s.examples.length) return s.examples[0];
  if ('example' in s) return s.example;
  if ('const' in s) return s.const;
  if (Array.isArray(s.enum) && s.enum.length) return s.enum[0];
  for (const key of ['oneOf', 'anyOf'] as const) if (Array.isArray(s[key]) && (s[key] as unknown[]).length) return specimenFromSchema((s[key] as unknown[])[0], depth + 1);
  const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string | undefined];
  const type = types.find((t) => t && t !== 'null') ?? (s.properties ? 'object' : undefined);
  switch (type) {
    case 'string': return s.format === 'date-time' ? SPECIMEN_TIME : s.format === 'date' ? SPECIMEN_TIME.slice(0, 10) : 'string';
    case 'integer': return typeof s.minimum === 'number' ? s.minimum : 0;
    case 'number': return typeof s.minimum === 'number' ? s.minimum : 0;
    case 'boolean': return false;
    case 'array': return [specimenFromSchema(s.items, depth + 1)];
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [name, sub] of Object.entries((s.properties ?? {}) as Record<string, unknown>)) out[name] = specimenFromSchema(sub, depth + 1);
      return out;
    }
    default: return types.includes('null') ? null : {};
  }
}

/** An example of a DTO class from its `@ApiProperty` metadata (what OpenAPI shows for the component). */
export function specimenFromClass(type: Type<unknown>, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fieldsOf(type)) {
    let value: unknown;
    if (field.example !== undefined) value = field.example;
    else if (field.enum?.length) value = field.enum[0];
    else {
      const nested = classOf(field.type);
      if (nested) value = depth > 6 ? {} : specimenFromClass(nested, depth + 1);
      else value = primitive(field.type, field.name, field.format);
    }
    out[field.name] = field.isArray && !Array.isArray(value) ? [value] : value;
  }
  return out;
}

function primitive(type: unknown, name: string, format?: string): unknown {
  if (type === Number || type === 'number' || type === 'integer') return name.endsWith('revision') ? 0 : 1;
  if (type === Boolean || type === 'boolean') return false;
  if (type === Object || type === 'object') return {};
  if (type === Array || type === 'array') return [];
  if (format === 'date-time' || /_at$|_utc$|^bucket_(start|end)$/.test(name)) return SPECIMEN_TIME;
  if (/_guid$|_id$/.test(name)) return `${name.replace(/_(guid|id)$/, '')}_0001`;
  return 'string';
}

/** A CDC item / export line for one event type, with `data` from its schema. */
export function eventSpecimen(entry: EventCatalogEntry): Record<string, unknown> {
  return {
    event_id: 'evt_0001',
    type: entry.type,
    service: entry.service,
    action: entry.action,
    position: 1,
    stream: entry.stream.replace(/<org_guid>|<org>/, 'org_0001'),
    revision: 0,
    occurred_at: SPECIMEN_TIME,
    data: specimenFromSchema(entry.schema),
    metadata: {
      event_id: 'evt_0001', org_guid: 'org_0001', orgcode: 'ORG1', actor: 'user:user_0001', request_id: 'req-123', trace_id: 'trace-abc',
      reason: 'status-set', source_refs: [], occurred_at: SPECIMEN_TIME, schema_version: entry.version, correlation_id: 'req-123',
    },
  };
}
