import { createInvitation, DEFAULT_INVITATION_TTL_MS, setOrgStatus } from '@g3n/ofm';
import { DomainError } from '@g3n/es';
import type { Runtime } from '@g3n/platform';
import { ParsedArgs, stringFlag, UsageError } from '../args';
import { writeJsonLine } from '../cli-context';

const USAGE = 'usage: g3n operator invitation create [--ttl 7d] | org verify --orgcode C | org status --orgcode C --status verified|active|suspended';
const STATUSES = ['verified', 'active', 'suspended'] as const;

/**
 * `g3n operator invitation create` issues an org-creation invitation; `g3n operator org verify|status` moves an org
 * along its lifecycle (the operator may make every transition, including verify). Each prints one JSON object.
 */
export async function operatorOrgCommand(runtime: Runtime, args: ParsedArgs): Promise<number> {
  try {
    return await run(runtime, args);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    // Domain refusals (unknown orgcode, invalid transition) are answers, not crashes: one JSON object, exit 1.
    await writeJsonLine({ error: { major: error.tag, minor: error.minor, message: error.message, details: error.details } });
    return 1;
  }
}

async function run(runtime: Runtime, args: ParsedArgs): Promise<number> {
  const [, area, action] = args.positionals;
  if (area === 'invitation' && action === 'create') {
    const ttl = stringFlag(args, 'ttl');
    const invitation = await createInvitation(runtime, { ttlMs: ttl === undefined ? DEFAULT_INVITATION_TTL_MS : parseDuration(ttl) });
    // No read model is fed by invitations, so the write is visible to /ofm/org/create at once.
    await writeJsonLine({ ...invitation, consistency: 'strong' });
    return 0;
  }
  if (area === 'org' && (action === 'verify' || action === 'status')) {
    const orgcode = stringFlag(args, 'orgcode');
    if (!orgcode) throw new UsageError(`--orgcode is required; ${USAGE}`);
    const status = action === 'verify' ? 'verified' : stringFlag(args, 'status');
    if (!status || !(STATUSES as readonly string[]).includes(status)) throw new UsageError(`--status must be one of ${STATUSES.join(', ')}`);
    const result = await setOrgStatus(runtime, { orgcode, status: status as (typeof STATUSES)[number] });
    await writeJsonLine({ org: result.org, consistency: result.consistency });
    return 0;
  }
  throw new UsageError(USAGE);
}

/** `7d`, `12h`, `30m`, `45s` or plain milliseconds. */
export function parseDuration(raw: string): number {
  const match = /^(\d+)(ms|s|m|h|d)?$/.exec(raw.trim());
  if (!match) throw new UsageError(`--ttl must look like 7d, 12h, 30m, 45s or a number of milliseconds, not ${raw}`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[(match[2] ?? 'ms') as 'ms' | 's' | 'm' | 'h' | 'd'];
  return Number(match[1]) * unit;
}
