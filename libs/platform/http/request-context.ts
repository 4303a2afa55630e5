import type { CommandContext } from '@g3n/es';

/** Who is calling: a user through a session, or an org-bound service account through an API key. */
export type Principal =
  | { kind: 'user'; user_guid: string; session_guid: string }
  | { kind: 'apikey'; api_key_id: string; service_account_id: string; org_guid: string; role_profiles: string[] }
  | { kind: 'operator' };

/** The org a tenant route acts on, and what the caller may do in it. */
export interface OrgScope {
  org_guid: string;
  orgcode: string;
  status: string;
  owner: boolean;
  role_profiles: string[];
  permissions: Set<string>;
}

/**
 * One per request, attached to the Fastify request: ids, the caller, the org, the optional context headers, and
 * the consistency the response reports. Handlers turn it into a CommandContext for the decider runner.
 */
export class RequestContext {
  principal?: Principal;
  org?: OrgScope;
  consistency: 'strong' | 'pending' = 'strong';
  cccode?: string;
  logical_guid?: string;
  channel_code?: string;
  idempotencyKey?: string;

  constructor(
    readonly request_id: string,
    readonly trace_id: string,
    public service: string,
    public call: string,
  ) {}

  get actor(): string {
    const p = this.principal;
    if (!p) return 'anonymous';
    if (p.kind === 'user') return `user:${p.user_guid}`;
    if (p.kind === 'apikey') return `apikey:${p.api_key_id}`;
    return 'operator';
  }

  get user_guid(): string | undefined {
    return this.principal?.kind === 'user' ? this.principal.user_guid : undefined;
  }

  /** The tenant (org guid) of this request; throws if the route is not a tenant route. */
  get org_guid(): string {
    if (!this.org) throw new Error(`${this.service}/${this.call} used the org of a request that has none`);
    return this.org.org_guid;
  }

  commandContext(reason?: string, sourceRefs?: CommandContext['source_refs']): CommandContext {
    return {
      actor: this.actor,
      org_guid: this.org?.org_guid,
      orgcode: this.org?.orgcode,
      request_id: this.request_id,
      trace_id: this.trace_id,
      reason,
      source_refs: sourceRefs,
      cccode: this.cccode,
      correlation_id: this.request_id,
    };
  }
}
