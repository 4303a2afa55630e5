import { createHash } from 'crypto';
import type { Type } from '@nestjs/common';
import { classOf, fieldsOf, ResponseDeclaration } from './api-schemas';

/** One status vocabulary: the values a record's status-like field can take, as its response schema declares them. */
export interface LifecycleEntry {
  service: string;
  /** The record as the routes answer it (`order`, `shipment`, …). */
  resource: string;
  /** OpenAPI component schema. */
  schema: string;
  /** Field path inside the record (`status`, `lines[].promise.state`). */
  field: string;
  values: string[];
}

const STATUS_FIELD = /^(status|state|stage)$|_(status|state|stage)$/;

/**
 * Every status vocabulary of the records the API answers, read from the response DTOs' `enum`s (the same metadata
 * as the OpenAPI documents), and a version that changes only when a vocabulary does (clients may cache on it).
 */
export function lifecycles(responses: ResponseDeclaration[]): { items: LifecycleEntry[]; version: string } {
  const found = new Map<string, LifecycleEntry>();
  for (const r of responses) {
    const resource = r.key === 'items' || r.key === 'record' ? r.call.split('/')[0] : r.key;
    walk(r.type, '', (field, values) => {
      const key = `${r.service}|${r.type.name}|${field}`;
      if (!found.has(key)) found.set(key, { service: r.service, resource, schema: r.type.name, field, values });
    });
  }
  const items = [...found.values()].sort((a, b) => `${a.service}|${a.schema}|${a.field}`.localeCompare(`${b.service}|${b.schema}|${b.field}`));
  const version = `lc_${createHash('sha256').update(JSON.stringify(items)).digest('hex').slice(0, 16)}`;
  return { items, version };
}

function walk(type: Type<unknown>, prefix: string, visit: (field: string, values: string[]) => void, depth = 0): void {
  if (depth > 3) return;
  for (const field of fieldsOf(type)) {
    const path = `${prefix}${field.name}${field.isArray ? '[]' : ''}`;
    const values = (field.enum ?? []).filter((v): v is string => typeof v === 'string');
    if (STATUS_FIELD.test(field.name) && values.length > 1) visit(path, values);
    const nested = classOf(field.type);
    if (nested) walk(nested, `${path}.`, visit, depth + 1);
  }
}
