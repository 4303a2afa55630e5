import 'reflect-metadata';
import { ConfigError } from '@g3n/platform';
import { DomainError } from '@g3n/es';
import { parseArgs, UsageError } from './args';
import { openCliRuntime } from './cli-context';
import { eventsCommand } from './commands/events.command';
import { projectionsCommand } from './commands/projections.command';
import { openapiCommand } from './commands/openapi.command';
import { operatorCommand } from './commands/operator.command';
import { reactorsCommand } from './commands/reactors.command';

const HELP = `g3n — the G3N operator command

  g3n projections list                      projections, their code version and serving generation
  g3n projections status                    state, checkpoint, lag and last error of each projection
  g3n projections rebuild <name>|--all      rebuild side by side, then switch (the API keeps serving)
  g3n events replay --org <org> [--stream S] [--type PREFIX] [--from POS] [--to POS]
                                            print the org's events as NDJSON (audit replay)
  g3n events verify [--org <org>] [--json]  re-fold projections from the log; exit 1 on any difference
  g3n events tail [--org <org>] [--from POS] follow the log live as NDJSON
  g3n reactors list|failures|retry <id>     cross-service reactions: checkpoints, parked failures, retry one
  g3n openapi write|check                   regenerate openapi/*.yaml and docs/roles.md, or check them for drift
  g3n operator user create --email E --passcode P [--verified] | user verify --email E
  g3n operator invitation create [--ttl 7d] | org verify --orgcode C | org status --orgcode C --status S

Configuration comes from the same environment as the server (G3N_DATA_DIR, G3N_EVENTSTORE_URL, G3N_MONGO_URL, …).`;

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['all', 'help', 'verified', 'json']);
  const command = args.positionals[0];
  if (!command || args.flags.help || command === 'help') {
    process.stdout.write(`${HELP}\n`);
    return command ? 0 : 2;
  }
  if (command === 'openapi') return openapiCommand(args);
  const handlers: Record<string, typeof projectionsCommand> = { projections: projectionsCommand, events: eventsCommand, operator: operatorCommand, reactors: reactorsCommand };
  const handler = handlers[command];
  if (!handler) throw new UsageError(`unknown command ${command}; see g3n help`);
  // A rebuild writes every read model again: its WAL checkpoints run beside it on a worker thread, as in the API.
  const rebuilding = command === 'projections' && args.positionals[1] === 'rebuild';
  const runtime = await openCliRuntime(command === 'operator', command === 'operator' || rebuilding);
  try {
    return await handler(runtime, args);
  } finally {
    await runtime.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof UsageError || error instanceof ConfigError) {
      process.stderr.write(`g3n: ${error.message}\n`);
      process.exit(2);
    }
    if (error instanceof DomainError) {
      // A refusal by the domain (email taken, invalid transition) is an answer, not a crash: one line, exit 1.
      process.stderr.write(`g3n: ${error.tag}${error.minor ? ` (${error.minor})` : ''}: ${error.message}\n`);
      process.exit(1);
    }
    process.stderr.write(`g3n: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(1);
  },
);
