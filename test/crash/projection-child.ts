/**
 * Child process for the projection crash test: runs the example shelf system on a data dir given as argv[2].
 *   mode "write": 16 writers add to shelves while the in-process worker projects; prints `ack <position>` per
 *                 acknowledged command, until SIGKILLed.
 *   mode "catch-up": runs the worker only, prints `caught-up <head>` once every projection reached the head, exits.
 */
import { openShelfHarness } from '../support/shelf/shelf-runtime';

async function main(): Promise<void> {
  const [dataDir, mode] = process.argv.slice(2);
  const h = await openShelfHarness({ dataDir, withWorker: true });
  if (mode === 'catch-up') {
    const head = await h.runtime.log.headPosition();
    for (;;) {
      const runners = h.runtime.worker!.listRunners();
      if (runners.every((r) => r.checkpoint >= head && r.state === 'live')) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    process.stdout.write(`caught-up ${head}\n`);
    await h.close();
    return;
  }
  const shelves = Array.from({ length: 16 }, (_, i) => ({ org: `org${i % 4}`, shelf: `s${i}` }));
  for (const s of shelves) {
    try {
      process.stdout.write(`ack ${await h.open(s.org, s.shelf)}\n`);
    } catch {
      // Already open from an earlier run.
    }
  }
  await Promise.all(
    shelves.map(async (s) => {
      for (;;) process.stdout.write(`ack ${await h.add(s.org, s.shelf, 1)}\n`);
    }),
  );
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
