/**
 * Where the production adapters' contract suites get their servers: the URL in the environment when set
 * (G3N_EVENTSTORE_URL, G3N_MONGO_URL, G3N_S3_ENDPOINT), else a testcontainer when a Docker engine answers,
 * else the suite is skipped with one printed line saying why. Never a mock.
 */
import { existsSync } from 'fs';

export interface ExternalTarget {
  /** Connection string / endpoint to hand the adapter. */
  url: string;
  /** Extra settings (credentials, bucket names) the adapter needs. */
  settings: Record<string, string>;
  /** Stops whatever this helper started (a container); no-op for URLs from the environment. */
  stop(): Promise<void>;
}

export interface ContainerRecipe {
  image: string;
  ports: number[];
  env?: Record<string, string>;
  command?: string[];
  /** Log line that means the server is ready. */
  readyLog?: RegExp;
  /** Builds the adapter URL and settings from the container's host and mapped ports. */
  toTarget(host: string, port: (containerPort: number) => number): { url: string; settings: Record<string, string> };
}

/** True when a Docker engine socket is reachable the way testcontainers looks for one. */
export function dockerEngineLikelyPresent(): boolean {
  if (process.env.DOCKER_HOST) return true;
  return existsSync('/var/run/docker.sock');
}

/**
 * Resolves the target for a production adapter's suite, or null (after printing one line) when there is none.
 * `envUrl` is the variable's value; `settingsFromEnv` reads the companions (bucket, credentials).
 */
export async function resolveExternal(
  what: string,
  envName: string,
  settingsFromEnv: () => Record<string, string>,
  recipe: ContainerRecipe,
): Promise<ExternalTarget | null> {
  const fromEnv = process.env[envName];
  if (fromEnv) {
    return { url: fromEnv, settings: settingsFromEnv(), stop: async () => undefined };
  }
  if (!dockerEngineLikelyPresent()) {
    printSkip(`${what}: skipped, ${envName} is not set and no Docker engine is present for testcontainers`);
    return null;
  }
  try {
    const { GenericContainer, Wait } = await import('testcontainers');
    let container = new GenericContainer(recipe.image).withExposedPorts(...recipe.ports);
    if (recipe.env) container = container.withEnvironment(recipe.env);
    if (recipe.command) container = container.withCommand(recipe.command);
    if (recipe.readyLog) container = container.withWaitStrategy(Wait.forLogMessage(recipe.readyLog));
    const started = await container.start();
    const target = recipe.toTarget(started.getHost(), (p) => started.getMappedPort(p));
    return { ...target, stop: async () => { await started.stop(); } };
  } catch (error) {
    printSkip(`${what}: skipped, the Docker engine could not start ${recipe.image}: ${(error as Error).message}`);
    return null;
  }
}

function printSkip(line: string): void {
  // One clear line on stdout, outside Jest's console decoration, so CI logs show exactly why.
  process.stdout.write(`SKIP ${line}\n`);
}
