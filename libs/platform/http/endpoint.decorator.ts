import { applyDecorators, HttpCode, Post, SetMetadata, Type } from '@nestjs/common';
import { ApiBody, ApiExtension, ApiExtraModels, ApiHeader, ApiOperation, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import type { MajorTag } from '@g3n/es';
import { ErrorEnvelopeDto, SuccessEnvelopeDto } from './envelope.dto';
import { HTTP_STATUS } from './envelope';

export const ENDPOINT_METADATA = 'g3n:endpoint';

export interface EndpointOptions {
  /** Service code, lower case: the route is POST /<service>/<call>. */
  service: string;
  /** Path under the service, e.g. `org/create`. */
  call: string;
  kind: 'read' | 'write' | 'health';
  summary: string;
  /** `required` (default): x-session-guid or x-api-key. `none`: public (session create). */
  auth?: 'required' | 'none';
  /** Callers allowed: both (default), or only users with a session, or only API keys. */
  principals?: 'any' | 'user' | 'apikey';
  /** `required` (default for most services): the org from x-orgcode, body orgcode or body org_guid. */
  tenant?: 'required' | 'optional' | 'none';
  /** Any one of these permissions (see roles.ts); owners always pass. Empty: any associated caller. */
  permissions?: string[];
  /** Only org owners (403 not-owner otherwise). */
  ownerOnly?: boolean;
  /** Accept `session_guid` / `api_key` in the body too (USM). */
  bodyAuth?: boolean;
  /** Updates and status changes: `expected_revision` is required (428 when missing). */
  revision?: boolean;
  /** Writes to an org that is not verified/active answer 403 org-write-blocked; false exempts a route (restore). */
  orgWriteGate?: boolean;
  request?: Type<unknown>;
  /** The response: `data.<key>` holding one `type`, or `data.items` of `type` with `next_token` when `list`. */
  response?: { type: Type<unknown>; key?: string; list?: boolean; extra?: Record<string, unknown> };
  /** Error tags this route can answer with, beyond the common ones: [major, minor]. */
  errors?: Array<[MajorTag, string]>;
}

const COMMON_ERRORS: MajorTag[] = ['validation-error', 'unauthorized', 'not-found', 'throttled'];

/** Declares a route of the G3N contract: POST, auth, tenancy, permissions, revision rule and its OpenAPI. */
export function Endpoint(options: EndpointOptions) {
  const decorators = [
    SetMetadata(ENDPOINT_METADATA, options),
    Post(options.call),
    HttpCode(200),
    ApiOperation({ summary: options.summary, operationId: `${options.service}.${options.call.replace(/\//g, '.')}` }),
    ApiExtraModels(SuccessEnvelopeDto, ErrorEnvelopeDto),
    // The route's access rules, machine-readable: docs/roles.md and the contract sweeps are generated from them.
    ApiExtension('x-g3n', {
      kind: options.kind,
      auth: options.auth ?? 'required',
      principals: options.principals ?? 'any',
      tenant: options.tenant ?? 'required',
      permissions: options.permissions ?? [],
      owner_only: options.ownerOnly ?? false,
      body_auth: options.bodyAuth ?? false,
      revision: options.revision ?? false,
    }),
    ApiResponse({ status: 200, description: 'Success envelope', schema: successSchema(options) }),
    ...errorResponses(options).map(([status, description]) =>
      ApiResponse({ status, description, schema: { $ref: getSchemaPath(ErrorEnvelopeDto) } }),
    ),
  ];
  if (options.request) decorators.push(ApiBody({ type: options.request }), ApiExtraModels(options.request));
  if (options.response) decorators.push(ApiExtraModels(options.response.type));
  if ((options.auth ?? 'required') === 'required') {
    decorators.push(
      ApiHeader({ name: 'x-session-guid', required: false, description: 'User session (or x-api-key).' }),
      ApiHeader({ name: 'x-api-key', required: false, description: 'Org-bound service account key (or x-session-guid).' }),
    );
  }
  if ((options.tenant ?? 'required') !== 'none') {
    decorators.push(ApiHeader({ name: 'x-orgcode', required: false, description: 'The org (or orgcode / org_guid in the body).' }));
  }
  if (options.kind === 'write') {
    decorators.push(ApiHeader({ name: 'idempotency-key', required: false, description: 'Replays the first response for 24 h.' }));
  }
  return applyDecorators(...decorators);
}

function successSchema(options: EndpointOptions): Record<string, unknown> {
  let data: Record<string, unknown> = { type: 'object' };
  const response = options.response;
  if (response?.list) {
    data = {
      type: 'object',
      required: ['items'],
      properties: {
        items: { type: 'array', items: { $ref: getSchemaPath(response.type) } },
        next_token: { type: 'string', nullable: true },
        ...(response.extra ?? {}),
      },
    };
  } else if (response) {
    const key = response.key ?? 'record';
    data = { type: 'object', required: [key], properties: { [key]: { $ref: getSchemaPath(response.type) }, ...(response.extra ?? {}) } };
  }
  return { allOf: [{ $ref: getSchemaPath(SuccessEnvelopeDto) }, { type: 'object', properties: { data } }] };
}

function errorResponses(options: EndpointOptions): Array<[number, string]> {
  const byStatus = new Map<number, Set<string>>();
  const add = (tag: MajorTag, minor?: string) => {
    const status = HTTP_STATUS[tag];
    const set = byStatus.get(status) ?? new Set<string>();
    set.add(minor ? `${tag} (${minor})` : tag);
    byStatus.set(status, set);
  };
  for (const tag of COMMON_ERRORS) add(tag);
  if ((options.permissions?.length ?? 0) > 0 || options.ownerOnly) add('forbidden', options.ownerOnly ? 'not-owner' : 'missing-permission');
  if (options.kind === 'write' && (options.tenant ?? 'required') !== 'none' && options.orgWriteGate !== false) add('forbidden', 'org-write-blocked');
  if (options.revision) {
    add('expected-revision-required');
    add('conflict', 'revision-mismatch');
  }
  if (options.kind === 'write') add('conflict', 'idempotency-key-reused');
  for (const [tag, minor] of options.errors ?? []) add(tag, minor);
  return [...byStatus.entries()].sort(([a], [b]) => a - b).map(([status, tags]) => [status, `Error envelope: ${[...tags].join(', ')}`]);
}
