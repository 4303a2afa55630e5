import { Injectable, Type } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { ENDPOINT_METADATA, EndpointOptions, ErrorEnvelopeDto, SuccessEnvelopeDto } from '@g3n/platform';

const PROPS_ARRAY = 'swagger/apiModelPropertiesArray';
const PROP = 'swagger/apiModelProperties';

/** What `@ApiProperty` recorded about one DTO field (the subset we read). */
export interface ApiFieldMeta {
  name: string;
  type: unknown;
  isArray: boolean;
  enum?: unknown[];
  example?: unknown;
  required: boolean;
  nullable: boolean;
  format?: string;
}

/** A route's response record type, as `@Endpoint` declares it. */
export interface ResponseDeclaration {
  service: string;
  call: string;
  key: string;
  type: Type<unknown>;
}

/**
 * The OpenAPI component classes of every route in the running app, found from the `@Endpoint` declarations (the
 * same metadata the OpenAPI documents are generated from), so specimens and lifecycles follow the code.
 */
@Injectable()
export class ApiSchemaIndex {
  private built?: { byName: Map<string, Type<unknown>>; responses: ResponseDeclaration[] };

  constructor(private readonly discovery: DiscoveryService) {}

  classNamed(name: string): Type<unknown> | undefined {
    return this.build().byName.get(name);
  }

  names(): string[] {
    return [...this.build().byName.keys()].sort();
  }

  responses(): ResponseDeclaration[] {
    return this.build().responses;
  }

  private build() {
    if (this.built) return this.built;
    const byName = new Map<string, Type<unknown>>();
    const responses: ResponseDeclaration[] = [];
    const add = (type: Type<unknown>, depth = 0) => {
      if (depth > 6 || byName.has(type.name)) return;
      byName.set(type.name, type);
      for (const field of fieldsOf(type)) {
        const nested = classOf(field.type);
        if (nested) add(nested, depth + 1);
      }
    };
    add(SuccessEnvelopeDto);
    add(ErrorEnvelopeDto);
    for (const wrapper of this.discovery.getControllers()) {
      const proto = (wrapper.metatype as Type<unknown> | undefined)?.prototype;
      if (!proto) continue;
      for (const method of Object.getOwnPropertyNames(proto)) {
        const handler = Object.getOwnPropertyDescriptor(proto, method)?.value;
        if (typeof handler !== 'function') continue;
        const options = Reflect.getMetadata(ENDPOINT_METADATA, handler) as EndpointOptions | undefined;
        if (!options) continue;
        if (options.request) add(options.request);
        if (options.response) {
          add(options.response.type);
          responses.push({ service: options.service, call: options.call, key: options.response.list ? 'items' : options.response.key ?? 'record', type: options.response.type });
        }
      }
    }
    this.built = { byName, responses };
    return this.built;
  }
}

/** The documented fields of a DTO class, inherited ones included. */
export function fieldsOf(type: Type<unknown>): ApiFieldMeta[] {
  const names = (Reflect.getMetadata(PROPS_ARRAY, type.prototype) as string[] | undefined) ?? [];
  return [...new Set(names.map((n) => n.replace(/^:/, '')))].map((name) => {
    const meta = (Reflect.getMetadata(PROP, type.prototype, name) ?? {}) as Record<string, unknown>;
    let fieldType = meta.type ?? Reflect.getMetadata('design:type', type.prototype, name);
    // `type: () => X` (lazy, for cycles): arrow functions have no prototype, classes do.
    if (typeof fieldType === 'function' && !(fieldType as { prototype?: unknown }).prototype) fieldType = (fieldType as () => unknown)();
    let isArray = meta.isArray === true;
    if (Array.isArray(fieldType)) {
      isArray = true;
      fieldType = fieldType[0];
    }
    const rawEnum = meta.enum;
    const values = Array.isArray(rawEnum) ? rawEnum : rawEnum && typeof rawEnum === 'object' ? Object.values(rawEnum as object) : undefined;
    return {
      name, type: fieldType, isArray, enum: values, example: meta.example,
      required: meta.required !== false, nullable: meta.nullable === true, format: typeof meta.format === 'string' ? meta.format : undefined,
    };
  });
}

const BUILT_INS = new Set<unknown>([String, Number, Boolean, Object, Array, Date]);

/** The DTO class a field holds, if it holds one. */
export function classOf(type: unknown): Type<unknown> | undefined {
  if (typeof type !== 'function' || BUILT_INS.has(type)) return undefined;
  return type as Type<unknown>;
}
