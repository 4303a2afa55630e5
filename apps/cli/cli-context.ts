import { system } from '@g3n/system';
import { loadConfig, openRuntime, Runtime } from '@g3n/platform';

/**
 * Opens the runtime beside whatever server runs on the same data. Operator commands also start a worker: while a
 * server holds the projection leases it only stands by (and the command waits on the server's checkpoints); with no
 * server running it projects the command's events itself, so the next operator command can read them.
 */
export async function openCliRuntime(withWorker = false, walCheckpointer = withWorker): Promise<Runtime> {
  return openRuntime(loadConfig(), { ...system, withWorker, walCheckpointer });
}

/**
 * `--org` names a tenant: the first segment of its streams (`platform` for platform events). Once OFM lands,
 * an orgcode is resolved to its org's tenant key here.
 */
export async function resolveTenant(_runtime: Runtime, org: string): Promise<string> {
  return org;
}

export function writeJsonLine(value: unknown): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(`${JSON.stringify(value)}\n`)) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}
