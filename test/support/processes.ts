import { spawn, spawnSync } from 'child_process';
import { join } from 'path';

export const repoRoot = join(__dirname, '..', '..');

/** Runs `g3n …` (the real bin, compiled dist) to completion. */
export function runG3n(args: string[], env: Record<string, string>, input?: string) {
  const result = spawnSync(process.execPath, [join(repoRoot, 'bin', 'g3n.js'), ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    input,
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface StartedServer {
  url: string;
  stop(): Promise<void>;
  stderr(): string;
}

/** Starts `npm start`'s entry (bin/start.js) on an ephemeral port and waits for its "listening" line. */
export function startServer(env: Record<string, string>): Promise<StartedServer> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [join(repoRoot, 'bin', 'start.js')], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), 30_000);
    proc.stderr.on('data', (chunk) => {
      stderr += chunk;
      const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve({
          url: match[1],
          stderr: () => stderr,
          stop: () =>
            new Promise((done) => {
              proc.once('exit', () => done());
              proc.kill('SIGTERM');
            }),
        });
      }
    });
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited ${code}: ${stderr}`));
    });
  });
}
