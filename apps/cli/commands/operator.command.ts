import type { Runtime } from '@g3n/platform';
import { ParsedArgs, UsageError } from '../args';
import { operatorOrgCommand } from './operator-org.command';
import { operatorUserCommand } from './operator-user.command';

/**
 * `g3n operator …`: what the hosted product does with internal functions (users, invitations, org verification),
 * run against the same data as a live server. Each prints one JSON object.
 */
export async function operatorCommand(runtime: Runtime, args: ParsedArgs): Promise<number> {
  const area = args.positionals[1];
  if (area === 'user') return operatorUserCommand(runtime, args);
  if (area === 'invitation' || area === 'org') return operatorOrgCommand(runtime, args);
  throw new UsageError('usage: g3n operator user create|verify … | invitation create … | org verify|status …');
}
