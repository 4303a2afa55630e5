import { PLATFORM_TENANT, streamName } from '@g3n/eventlog';
import type { Decider, DomainEvent } from '@g3n/es';
import type { Runtime } from '@g3n/platform';
import { emailClaimDecider } from '../email/email-claim.decide';
import { userDecider } from '../user/user.decide';
import type { UserState } from '../user/user.state';
import { notFound } from '@g3n/es';

export const userStream = (userGuid: string) => streamName(PLATFORM_TENANT, 'uas.user', userGuid);
export const emailStream = (email: string) => streamName(PLATFORM_TENANT, 'uas.email', email);

export interface OperatorOptions {
  /** Who acts, for event metadata: `operator` (default) or `user:<guid>` when the hosted product acts for a user. */
  actor?: string;
  reason?: string;
}

/**
 * Runs a decider the way the HTTP Writes helper does, for operator functions: then waits (bounded) for the read
 * models the events feed, so a following read sees the change. Returns the consistency reached.
 */
export async function runOperator<C, S, E extends DomainEvent>(
  runtime: Runtime, stream: string, decider: Decider<C, S, E>, command: C, options: OperatorOptions = {},
): Promise<{ state: S; revision: number; consistency: 'strong' | 'pending' }> {
  const result = await runtime.commands.execute({ stream, decider, command, context: { actor: options.actor ?? 'operator', reason: options.reason } });
  const consistency = result.position > 0
    ? await runtime.waiter.waitFor(result.position, result.events.map((e) => e.type), runtime.config.consistencyTimeoutMs)
    : 'strong';
  return { state: result.state, revision: result.revision, consistency };
}

/** The user's current state from its stream (the source of truth, not a read model). */
export async function loadUserByGuid(runtime: Runtime, userGuid: string): Promise<UserState | null> {
  const loaded = await runtime.commands.load(userStream(userGuid), userDecider);
  return loaded.state.exists ? loaded.state : null;
}

export async function userGuidOfEmail(runtime: Runtime, email: string): Promise<string | null> {
  const loaded = await runtime.commands.load(emailStream(email), emailClaimDecider);
  return loaded.state.user_guid;
}

/** `{ email }` or `{ user_guid }` → the user's guid, or 404 user-not-found. */
export async function resolveUser(runtime: Runtime, ref: { email?: string; user_guid?: string }, normalise: (e: string) => string): Promise<string> {
  const guid = ref.user_guid ?? (ref.email !== undefined ? await userGuidOfEmail(runtime, normalise(ref.email)) : null);
  if (!guid || !(await loadUserByGuid(runtime, guid))) throw notFound('user-not-found', 'No such user.');
  return guid;
}
