import { ConfigError, G3nConfig, loadConfig } from '@g3n/platform';

/** Loads the configuration or exits 2 with every problem listed: a bad value never starts a half-working process. */
export function loadConfigOrExit(): G3nConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`g3n: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}

export function say(component: string, line: string): void {
  process.stderr.write(`${new Date().toISOString()} [${component}] ${line}\n`);
}

/** Runs `close` once on SIGINT/SIGTERM, then exits; a second signal exits at once. */
export function onShutdown(close: () => Promise<void>): void {
  let closing = false;
  const handler = (signal: NodeJS.Signals) => {
    if (closing) process.exit(1);
    closing = true;
    say('process', `${signal}: shutting down`);
    close()
      .then(() => process.exit(0))
      .catch((error) => {
        say('process', `shutdown failed: ${(error as Error).message}`);
        process.exit(1);
      });
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}
