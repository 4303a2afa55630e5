import type { Runtime } from '@g3n/platform';
import { createUser, verifyEmail } from '@g3n/uas';
import { ParsedArgs, stringFlag, UsageError } from '../args';
import { writeJsonLine } from '../cli-context';

const USAGE = 'usage: g3n operator user create --email E [--passcode P] [--verified] | g3n operator user verify --email E';

/**
 * `g3n operator user create|verify`: the operator's side of UAS onboarding. Prints one JSON object; the
 * passcode is never echoed, the verification token only when the user still has to verify.
 */
export async function operatorUserCommand(runtime: Runtime, args: ParsedArgs): Promise<number> {
  const action = args.positionals[2];
  const email = stringFlag(args, 'email');
  if (!email || (action !== 'create' && action !== 'verify')) throw new UsageError(USAGE);
  if (action === 'create') {
    const passcode = stringFlag(args, 'passcode');
    const verified = args.flags.verified === true || args.flags.verified === 'true';
    const user = await createUser(runtime, { email, passcode, verified }, { actor: 'operator', reason: 'operator user create' });
    await writeJsonLine(user);
    return 0;
  }
  const result = await verifyEmail(runtime, { email, operator: true }, { actor: 'operator', reason: 'operator user verify' });
  await writeJsonLine({ ...result, email: email.trim().toLowerCase() });
  return 0;
}
