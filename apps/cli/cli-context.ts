import { allEvents, allProjections } from '@g3n/system';
import { loadConfig, openRuntime, Runtime } from '@g3n/platform';

/** Opens the runtime without a worker: the CLI works beside a running server on the same data. */
export async function openCliRuntime(): Promise<Runtime> {
  return openRuntime(loadConfig(), { events: allEvents, projections: allProjections, withWorker: false });
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
