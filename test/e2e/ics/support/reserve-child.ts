// One "process" of the two-process oversell test: reserves 1 unit `attempts` times in parallel on one stock stream
// through its own runtime (own command runner, state cache and lock), then prints what happened as JSON.
import { DomainError } from '@g3n/es';
import { loadConfig, openRuntime } from '@g3n/platform';
import { icsEvents } from '../../../../libs/ics/ics.module';
import { stockDecider } from '../../../../libs/ics/stock/stock.decide';
import { stockStream } from '../../../../libs/ics/stock/streams';

async function main(): Promise<void> {
  const [dataDir, org, logical, variant, tag, attempts] = process.argv.slice(2);
  const runtime = await openRuntime(loadConfig({ G3N_DATA_DIR: dataDir }), { events: icsEvents, projections: [], withWorker: false });
  // Both processes open first, then start together when the parent says go, so their appends really interleave.
  process.stdout.write('ready\n');
  await new Promise((resolve) => process.stdin.once('data', resolve));
  const outcomes = await Promise.all(Array.from({ length: Number(attempts) }, async (_, i) => {
    try {
      await runtime.commands.execute({
        stream: stockStream(org, logical, variant),
        decider: stockDecider,
        command: { kind: 'hold', logical_guid: logical, variant_id: variant, stage: 'reserved', hold_id: `${tag}-${i}`, qty: 1, expires_at: null, source: { kind: 'api' } },
        context: { actor: 'operator', org_guid: org },
      });
      return 'reserved';
    } catch (error) {
      if (error instanceof DomainError) return error.minor ?? error.tag;
      throw error;
    }
  }));
  await runtime.close();
  process.stdout.write(`${JSON.stringify(outcomes)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
