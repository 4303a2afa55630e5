import 'reflect-metadata';
import { system } from '@g3n/system';
import { describeConfig, openRuntime } from '@g3n/platform';
import { loadConfigOrExit, onShutdown, say } from '../shared/process';

/** The worker process: projections (and, later, the integration plane), each held under a lease. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const runtime = await openRuntime(config, {
    ...system,
    withWorker: true,
    onWorkerEvent: (line) => say('worker', line),
  });
  say('worker', `running ${system.projections.length} projections and ${system.reactors.length} reactors as ${runtime.worker!.owner} ${JSON.stringify(describeConfig(config))}`);
  onShutdown(() => runtime.close());
}

main().catch((error) => {
  say('worker', `failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
