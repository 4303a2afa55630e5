/**
 * What the HTTP guard needs to know about callers and orgs. USM provides the identity directory and OFM the org
 * directory, both from their read models; the platform knows only these shapes, never the services' internals.
 */
export const IDENTITY_DIRECTORY = Symbol('G3N_IDENTITY_DIRECTORY');
export const ORG_DIRECTORY = Symbol('G3N_ORG_DIRECTORY');

export interface SessionRecord {
  session_guid: string;
  user_guid: string;
  status: string;
  expires_at: string;
}

export interface ApiKeyRecord {
  api_key_id: string;
  service_account_id: string;
  org_guid: string;
  status: string;
  role_profiles: string[];
  expires_at?: string | null;
}

export interface IdentityDirectory {
  session(sessionGuid: string): Promise<SessionRecord | null>;
  /** Looks an API key up by its plaintext (the directory hashes it). */
  apiKey(plaintext: string): Promise<ApiKeyRecord | null>;
  /** False when the service account behind a key is disabled. */
  serviceAccountActive(serviceAccountId: string): Promise<boolean>;
}

export interface OrgRecord {
  org_guid: string;
  orgcode: string;
  status: string;
}

export interface MembershipRecord {
  owner: boolean;
  role_profiles: string[];
}

export interface OrgDirectory {
  byCode(orgcode: string): Promise<OrgRecord | null>;
  byGuid(orgGuid: string): Promise<OrgRecord | null>;
  /** The user's active membership (owner or member) in the org, or null. */
  membership(orgGuid: string, userGuid: string): Promise<MembershipRecord | null>;
}

/** Org statuses that accept writes; anything else answers 403 org-write-blocked. */
export const WRITABLE_ORG_STATUSES = new Set(['verified', 'active']);
