import { Inject, Injectable, Optional } from '@nestjs/common';
import { DomainError } from '@g3n/es';
import {
  IDENTITY_DIRECTORY, IdentityDirectory, ORG_DIRECTORY, OrgDirectory, OrgRecord, WRITABLE_ORG_STATUSES,
} from './directories';
import type { EndpointOptions } from './endpoint.decorator';
import { contextOf, G3nRequest } from './request-hooks';
import { allows, permissionsOf } from './roles';
import { Throttle } from './throttle';
import { RUNTIME } from '../runtime/runtime.token';
import type { Runtime } from '../runtime/runtime';

export const THROTTLE = Symbol('G3N_THROTTLE');

const fail = (tag: DomainError['tag'], minor: string, message: string, details: Record<string, unknown> = {}) =>
  new DomainError(tag, minor, message, details);

/**
 * Every G3N route passes here before validation: who is calling (session or API key, header or body), which org
 * (x-orgcode, body orgcode or org_guid), whether they belong to it (404 if not: no enumeration), what their role
 * profiles allow, whether the org accepts writes, and whether an update carries expected_revision. Called by the
 * direct dispatch of every @Endpoint route (direct-routes.ts).
 */
@Injectable()
export class AuthGuard {
  constructor(
    @Inject(THROTTLE) private readonly throttle: Throttle,
    @Inject(RUNTIME) private readonly runtime: Runtime,
    @Optional() @Inject(IDENTITY_DIRECTORY) private readonly identities?: IdentityDirectory,
    @Optional() @Inject(ORG_DIRECTORY) private readonly orgs?: OrgDirectory,
  ) {}

  /** The checks, in order; throws the first failure as a DomainError. */
  async check(endpoint: EndpointOptions, request: G3nRequest): Promise<void> {
    const ctx = contextOf(request);
    ctx.service = endpoint.service;
    ctx.call = endpoint.call;
    const body = isObject(request.body) ? request.body : {};
    await this.authenticate(endpoint, request, body);
    this.applyThrottle(request);
    await this.resolveOrg(endpoint, request, body);
    this.checkRevision(endpoint, body);
  }

  private async authenticate(endpoint: EndpointOptions, request: G3nRequest, body: Record<string, unknown>): Promise<void> {
    const ctx = contextOf(request);
    const sessionGuid = credential(header(request, 'x-session-guid'), endpoint.bodyAuth ? body.session_guid : undefined, 'session_guid');
    const apiKey = credential(header(request, 'x-api-key'), endpoint.bodyAuth ? body.api_key : undefined, 'api_key');
    if ((endpoint.auth ?? 'required') === 'none' && !sessionGuid && !apiKey) return;
    if (!sessionGuid && !apiKey) throw fail('unauthorized', 'credentials-required', 'Send x-session-guid or x-api-key.');
    if (!this.identities) throw fail('unauthorized', 'credentials-invalid', 'No identity directory is configured.');
    if (sessionGuid) {
      const session = await this.identities.session(sessionGuid);
      if (!session || session.status !== 'active') throw fail('unauthorized', 'session-invalid', 'The session is not valid.');
      if (Date.parse(session.expires_at) <= this.runtime.clock.now().getTime()) throw fail('unauthorized', 'session-expired', 'The session has expired.');
      ctx.principal = { kind: 'user', user_guid: session.user_guid, session_guid: session.session_guid };
    } else {
      const key = await this.identities.apiKey(apiKey!);
      const expired = key?.expires_at ? Date.parse(key.expires_at) <= this.runtime.clock.now().getTime() : false;
      if (!key || key.status !== 'active' || expired || !(await this.identities.serviceAccountActive(key.service_account_id))) {
        throw fail('unauthorized', 'api-key-invalid', 'The API key is not valid.');
      }
      ctx.principal = { kind: 'apikey', api_key_id: key.api_key_id, service_account_id: key.service_account_id, org_guid: key.org_guid, role_profiles: key.role_profiles };
    }
    const allowed = endpoint.principals ?? 'any';
    if (allowed !== 'any' && ctx.principal.kind !== allowed) {
      throw fail('forbidden', allowed === 'user' ? 'session-required' : 'api-key-required', `This route needs ${allowed === 'user' ? 'a user session' : 'an API key'}.`);
    }
  }

  private applyThrottle(request: G3nRequest): void {
    const ctx = contextOf(request);
    if (!ctx.principal) return;
    const key = ctx.principal.kind === 'user' ? `s:${ctx.principal.session_guid}` : ctx.principal.kind === 'apikey' ? `k:${ctx.principal.api_key_id}` : 'operator';
    const wait = this.throttle.take(key);
    if (wait > 0) throw fail('throttled', 'throttled', 'Too many requests for this credential.', { retry_after_s: wait });
  }

  private async resolveOrg(endpoint: EndpointOptions, request: G3nRequest, body: Record<string, unknown>): Promise<void> {
    const ctx = contextOf(request);
    const tenant = endpoint.tenant ?? 'required';
    if (tenant === 'none') return;
    const headerCode = header(request, 'x-orgcode');
    const bodyCode = typeof body.orgcode === 'string' ? body.orgcode : undefined;
    const bodyGuid = typeof body.org_guid === 'string' ? body.org_guid : undefined;
    if (headerCode && bodyCode && normalise(headerCode) !== normalise(bodyCode)) {
      throw fail('validation-error', 'orgcode-mismatch', 'x-orgcode and body orgcode name different orgs.', { fields: [{ field: 'orgcode', reason: 'differs from x-orgcode' }] });
    }
    const code = headerCode ?? bodyCode;
    if (!code && !bodyGuid) {
      if (tenant === 'optional') return;
      throw fail('validation-error', 'orgcode-required', 'Send x-orgcode (or orgcode / org_guid in the body).', { fields: [{ field: 'x-orgcode', reason: 'required' }] });
    }
    if (!this.orgs) throw fail('not-found', 'not-found', 'Not found.');
    let org: OrgRecord | null = code ? await this.orgs.byCode(normalise(code)) : await this.orgs.byGuid(bodyGuid!);
    if (org && code && bodyGuid && org.org_guid !== bodyGuid) org = null;
    if (!org) throw fail('not-found', 'not-found', 'Not found.');
    const principal = ctx.principal;
    let owner = false;
    let profiles: string[] = [];
    if (principal?.kind === 'user') {
      const membership = await this.orgs.membership(org.org_guid, principal.user_guid);
      if (!membership) throw fail('not-found', 'not-found', 'Not found.');
      owner = membership.owner;
      profiles = membership.role_profiles;
    } else if (principal?.kind === 'apikey') {
      if (principal.org_guid !== org.org_guid) throw fail('not-found', 'not-found', 'Not found.');
      profiles = principal.role_profiles;
    } else if (!principal) {
      throw fail('not-found', 'not-found', 'Not found.');
    }
    const permissions = permissionsOf(profiles);
    ctx.org = { org_guid: org.org_guid, orgcode: org.orgcode, status: org.status, owner, role_profiles: profiles, permissions };
    ctx.cccode = header(request, 'x-cccode') ?? (typeof body.cccode === 'string' ? body.cccode : undefined);
    ctx.logical_guid = header(request, 'x-logical-guid');
    ctx.channel_code = header(request, 'x-channel-code');
    if (endpoint.ownerOnly && !owner) throw fail('forbidden', 'not-owner', 'Only an owner of the org may do this.');
    if (!allows(permissions, owner, endpoint.permissions ?? [])) {
      throw fail('forbidden', 'missing-permission', 'The caller\'s role profiles do not allow this.', { needs_one_of: endpoint.permissions });
    }
    if (endpoint.kind === 'write' && endpoint.orgWriteGate !== false && !WRITABLE_ORG_STATUSES.has(org.status)) {
      throw fail('forbidden', 'org-write-blocked', `The org is ${org.status}; writes need a verified or active org.`, { org_status: org.status });
    }
  }

  private checkRevision(endpoint: EndpointOptions, body: Record<string, unknown>): void {
    if (endpoint.revision && body.expected_revision === undefined) {
      throw fail('expected-revision-required', 'expected-revision-required', 'This update needs expected_revision (the revision you last read).', {
        fields: [{ field: 'expected_revision', reason: 'required' }],
      });
    }
  }
}

function header(request: G3nRequest, name: string): string | undefined {
  const value = request.headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first.trim() !== '' ? first.trim() : undefined;
}

/** Header auth is canonical; the body copy is accepted where documented and must agree with the header. */
function credential(fromHeader: string | undefined, fromBody: unknown, field: string): string | undefined {
  const bodyValue = typeof fromBody === 'string' && fromBody !== '' ? fromBody : undefined;
  if (fromHeader && bodyValue && fromHeader !== bodyValue) {
    throw fail('validation-error', 'auth-mismatch', `The ${field} in the body differs from the header.`, { fields: [{ field, reason: 'differs from header' }] });
  }
  return fromHeader ?? bodyValue;
}

export function normalise(orgcode: string): string {
  return orgcode.trim().toUpperCase();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
