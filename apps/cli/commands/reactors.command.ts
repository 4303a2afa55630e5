import { REACTOR_FAILURES, ReactorFailure, ReactorWorker } from '@g3n/es';
import type { Runtime } from '@g3n/platform';
import { system } from '@g3n/system';
import { ParsedArgs, UsageError } from '../args';
import { writeJsonLine } from '../cli-context';

/**
 * `g3n reactors list|failures|retry <id>`: the cross-service reactions, their checkpoints, the reactions that
 * were parked after failing, and a way to run a parked one again once its cause is fixed.
 */
export async function reactorsCommand(runtime: Runtime, args: ParsedArgs): Promise<number> {
  const sub = args.positionals[1];
  await runtime.store.ensureCollection({ name: REACTOR_FAILURES });
  const failures = runtime.store.collection<ReactorFailure>(REACTOR_FAILURES);
  if (sub === 'list') {
    const head = await runtime.log.headPosition();
    for (const reactor of system.reactors) {
      const checkpoint = (await runtime.store.getCheckpoint(`reactor:${reactor.name}`))?.position ?? 0;
      const parked = await failures.count({ reactor: reactor.name, status: 'parked' });
      await writeJsonLine({ name: reactor.name, events: Object.keys(reactor.handlers), checkpoint, lag: Math.max(0, head - checkpoint), parked });
    }
    return 0;
  }
  if (sub === 'failures') {
    let cursor: string | undefined;
    do {
      const page = await failures.find({ status: 'parked' }, { limit: 500, cursor, sort: [{ field: 'position', direction: 'asc' }] });
      for (const failure of page.items) await writeJsonLine(failure);
      cursor = page.next_cursor;
    } while (cursor);
    return 0;
  }
  if (sub === 'retry') {
    const id = args.positionals[2];
    if (!id) throw new UsageError('usage: g3n reactors retry <failure id>');
    const failure = await failures.get(id);
    if (!failure) throw new UsageError(`no parked reaction ${id}; see g3n reactors failures`);
    const worker = new ReactorWorker(system.reactors, { log: runtime.log, store: runtime.store, commands: runtime.commands, readModels: runtime.readModels, clock: runtime.clock, ids: runtime.ids });
    await worker.retry(failure);
    await writeJsonLine({ retried: id, status: 'resolved' });
    return 0;
  }
  throw new UsageError('usage: g3n reactors list|failures|retry <id>');
}
