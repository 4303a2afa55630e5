/** `npm run bench [-- --quick]`: prints a table for people, then one JSON line; a full run is kept in results/. */
import { mkdirSync, writeFileSync } from 'fs';
import { cpus, totalmem } from 'os';
import { join } from 'path';
import { runCoreBench } from './core-bench';

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const result = await runCoreBench(quick);
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`;
  process.stdout.write(`G3N core bench (${quick ? 'quick' : 'full'}) on ${machine}\n`);
  for (const [key, value] of Object.entries(result)) process.stdout.write(`  ${key.padEnd(42)} ${value.toLocaleString('en-US')}\n`);
  if (!quick) {
    const dir = join(__dirname, '..', '..', '..', 'test', 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${new Date().toISOString().slice(0, 10)}.json`), `${JSON.stringify({ machine, ...result }, null, 2)}\n`);
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
