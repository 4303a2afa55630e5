/**
 * `npm run bench [-- --quick]`: the HTTP benchmark of the API (issue 6). Prints a table for people, then one JSON
 * line with exactly the issue's keys; a full run is kept as results/<date>.json.
 * `npm run bench -- --core [--quick]`: the core bench (event log, command runner, rebuild/verify in-process).
 * `-- --profile <dir>`: also writes a `node --cpu-prof` profile of the API child's main measuring phase into <dir>.
 */
import { mkdirSync, writeFileSync } from 'fs';
import { cpus, totalmem } from 'os';
import { join } from 'path';
import { runApiBench } from './api-bench';
import { runCoreBench } from './core-bench';

const resultsDir = join(__dirname, '..', '..', '..', 'test', 'bench', 'results');

function flagValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function keep(name: string, content: object): void {
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, name), `${JSON.stringify(content, null, 2)}\n`);
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const core = process.argv.includes('--core');
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`;
  const date = new Date().toISOString().slice(0, 10);
  if (core) {
    const result = await runCoreBench(quick);
    process.stdout.write(`G3N core bench (${quick ? 'quick' : 'full'}) on ${machine}\n`);
    for (const [key, value] of Object.entries(result)) process.stdout.write(`  ${key.padEnd(42)} ${value.toLocaleString('en-US')}\n`);
    if (!quick) keep(`${date}-core.json`, { machine, ...result });
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const started = Date.now();
  const { result, details } = await runApiBench({ quick, cpuProfDir: flagValue('--profile') });
  const duration_s = Math.round((Date.now() - started) / 1000);
  process.stdout.write(`G3N API bench (${quick ? 'quick' : 'full'}, ${duration_s}s) on ${machine}\n`);
  for (const [key, value] of Object.entries(result)) process.stdout.write(`  ${key.padEnd(34)} ${value.toLocaleString('en-US')}\n`);
  process.stdout.write('  context (not in the JSON line):\n');
  for (const [key, value] of Object.entries(details)) process.stdout.write(`    ${key.padEnd(32)} ${value.toLocaleString('en-US')}\n`);
  if (!quick) keep(`${date}.json`, { machine, mode: 'full', duration_s, ...result, details });
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
