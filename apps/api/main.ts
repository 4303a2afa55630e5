import 'reflect-metadata';
import { system } from '@g3n/system';
import { describeConfig, openRuntime } from '@g3n/platform';
import { createApiApp } from './create-app';
import { loadConfigOrExit, onShutdown, say } from '../shared/process';

/** `npm start`: the API on PORT; embedded, the worker runs in this process too, so this is the whole system. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const runtime = await openRuntime(config, {
    ...system,
    withWorker: config.workerInline,
    onWorkerEvent: (line) => say('worker', line),
  });
  const app = await createApiApp(runtime);
  await app.listen(config.port, config.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  say('api', `listening on http://${config.host}:${port} ${JSON.stringify(describeConfig(config))}`);
  onShutdown(async () => {
    await app.close();
    await runtime.close();
  });
}

main().catch((error) => {
  say('api', `failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
