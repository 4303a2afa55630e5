import { CommandContext, DomainError } from '@g3n/es';
import type { Runtime } from '@g3n/platform';
import { inboxDecider } from '../inbox/inbox.decide';
import { exportStream, inboxStream } from '../shared/streams';
import { exportDecider } from './export.decide';
import { writeExportFiles } from './export-files';
import { exportTypeFilter } from './export-types';

export interface RunOutcome {
  /** Log position of the last event the run appended (0 when another runner had the export). */
  position: number;
  types: string[];
}

/** Background runs write as the worker, attributed to the export's org. */
export const workerContext = (org_guid: string, orgcode?: string): CommandContext => ({ actor: 'worker:accounting', org_guid, orgcode, reason: 'accounting export run' });

/** The lease a run holds while it is `running`; the worker fails a running export whose lease has lapsed. */
export const runLeaseName = (org_guid: string, export_id: string) => `accounting.export-run:${org_guid}:${export_id}`;

/** How long a run's lease lasts without renewal: `G3N_ACCOUNTING_RUN_LEASE_MS` (default 60 s; tests compress it). */
export function runLeaseMs(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.G3N_ACCOUNTING_RUN_LEASE_MS ?? '');
  return Number.isInteger(n) && n >= 100 && n <= 3_600_000 ? n : 60_000;
}

/**
 * Runs one export: `start` (refused if another runner has it or it is done, so concurrent runners are harmless),
 * scan the log into the blob store, then `complete`; any failure is recorded as `failed` with an inbox task, and a
 * batch repair starts it again. Used in the request (/export/create, batch create and repair) and by the worker.
 *
 * The run holds a lease from before `start` until it has recorded its outcome, renewed every third of its length, so
 * a run that died (process exit, crash) is told from a slow one: the worker fails a `running` export whose lease it can
 * take (`failInterruptedRun`).
 */
export async function runExport(runtime: Runtime, org_guid: string, export_id: string, context: CommandContext): Promise<RunOutcome> {
  const stream = exportStream(org_guid, export_id);
  const lease = runLeaseName(org_guid, export_id);
  const owner = runtime.ids.next('accr');
  const ttl = runLeaseMs();
  if (!(await runtime.store.tryAcquireLease(lease, owner, ttl))) return { position: 0, types: [] };
  const renew = setInterval(() => void runtime.store.tryAcquireLease(lease, owner, ttl).catch(() => undefined), Math.floor(ttl / 3));
  renew.unref();
  try {
    return await startAndRun(runtime, org_guid, export_id, stream, context);
  } finally {
    clearInterval(renew);
    await runtime.store.releaseLease(lease, owner).catch(() => undefined);
  }
}

async function startAndRun(runtime: Runtime, org_guid: string, export_id: string, stream: string, context: CommandContext): Promise<RunOutcome> {
  let started;
  try {
    started = await runtime.commands.execute({ stream, decider: exportDecider, command: { kind: 'start' }, context });
  } catch (error) {
    if (error instanceof DomainError && error.tag === 'invalid-state') return { position: 0, types: [] };
    throw error;
  }
  const state = started.state;
  try {
    const through = await runtime.log.headPosition();
    const typeFilter = exportTypeFilter(runtime.registry, state.export_kind, state.event_types);
    const result = await writeExportFiles(runtime, { ...state, typeFilter, through, attempt: state.attempts, created_at: runtime.clock.now().toISOString() });
    const done = await runtime.commands.execute({ stream, decider: exportDecider, command: { kind: 'complete', ...result }, context });
    return { position: done.position, types: ['accounting.export-completed'] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const failed = await runtime.commands.execute({ stream, decider: exportDecider, command: { kind: 'fail', error: message }, context });
    const task = await raiseFailureTask(runtime, org_guid, export_id, state.attempts, message, context);
    return { position: Math.max(failed.position, task), types: ['accounting.export-failed', 'accounting.inbox-item-created'] };
  }
}

/** What a run that stopped without recording an outcome is failed with. */
export const INTERRUPTED = 'interrupted: the run stopped before it completed (its process exited or crashed); a batch repair runs it again';

/**
 * Fails a `running` export whose run is gone: only when its run lease can be taken (the runner renews it while it
 * lives), and through the decider, so an export that completed meanwhile is left alone. True when it failed it.
 */
export async function failInterruptedRun(runtime: Runtime, org_guid: string, export_id: string, context: CommandContext): Promise<boolean> {
  const lease = runLeaseName(org_guid, export_id);
  const owner = runtime.ids.next('accw');
  if (!(await runtime.store.tryAcquireLease(lease, owner, runLeaseMs()))) return false;
  try {
    const stream = exportStream(org_guid, export_id);
    let failed;
    try {
      failed = await runtime.commands.execute({ stream, decider: exportDecider, command: { kind: 'fail', error: INTERRUPTED }, context });
    } catch (error) {
      if (error instanceof DomainError && error.tag === 'invalid-state') return false;
      throw error;
    }
    await raiseFailureTask(runtime, org_guid, export_id, failed.state.attempts, INTERRUPTED, context);
    return true;
  } finally {
    await runtime.store.releaseLease(lease, owner).catch(() => undefined);
  }
}

/** One inbox task per failed attempt (its id derives from the attempt, so a replay creates nothing twice). */
async function raiseFailureTask(runtime: Runtime, org_guid: string, export_id: string, attempt: number, error: string, context: CommandContext): Promise<number> {
  const inbox_id = `inb_${export_id}_${attempt}`;
  try {
    const r = await runtime.commands.execute({
      stream: inboxStream(org_guid, inbox_id), decider: inboxDecider, context,
      command: { kind: 'create', inbox_id, org_guid, title: `Export ${export_id} failed (attempt ${attempt})`, body: error.slice(0, 500), subject_kind: 'export', subject_id: export_id, priority: 'high', assignee_user_guid: null, due_at: null },
    });
    return r.position;
  } catch (e) {
    if (e instanceof DomainError && e.tag === 'invalid-state') return 0;
    throw e;
  }
}
