import { DomainError } from '@g3n/es';
import type { BackgroundService, Runtime } from '@g3n/platform';
import { exportDecider } from '../export/export.decide';
import { failInterruptedRun, runExport, workerContext } from '../export/export-runner';
import { scheduleDecider } from '../schedule/schedule.decide';
import { exportStream, scheduleStream } from '../shared/streams';
import { PERIOD_MS } from '../shared/windows';

const LEASE = 'accounting.export-worker';
const CHECKPOINT = 'accounting.export-worker:requested';
/** Windows one schedule may catch up in one tick, so one far-behind schedule does not starve the others. */
const MAX_WINDOWS_PER_TICK = 24;

/** Poll interval: `G3N_ACCOUNTING_WORKER_MS` (default 1000 ms; tests compress it). */
export function workerIntervalMs(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.G3N_ACCOUNTING_WORKER_MS ?? '');
  return Number.isInteger(n) && n >= 10 && n <= 3_600_000 ? n : 1000;
}

const isInvalidState = (e: unknown) => e instanceof DomainError && e.tag === 'invalid-state';

/**
 * The Accounting worker, reading the log only: (1) schedules are discovered from `accounting.export-schedule-created`
 * events and each due window (closed by the clock) is requested, recorded on the schedule and run; (2) every
 * `accounting.export-requested` after its checkpoint that is still `requested` (the request crashed, or a schedule
 * asked) is run; (3) an export left `running` by a run that died is failed, so a batch repair can run it again. One
 * lease, so several workers never double-run; every step is idempotent besides.
 */
export function accountingExportWorker(runtime: Runtime): BackgroundService {
  const intervalMs = workerIntervalMs();
  const owner = runtime.ids.next('accw');
  const schedules = new Map<string, { org_guid: string; orgcode?: string }>();
  let scheduleCursor = 0;
  /** Exports seen starting and maybe still running, by stream. */
  const started = new Map<string, { org_guid: string; orgcode?: string; export_id: string }>();
  let startedCursor = 0;
  let timer: NodeJS.Timeout | null = null;
  let inFlight: Promise<void> | null = null;
  let stopped = false;

  async function discoverSchedules(): Promise<void> {
    for (;;) {
      const page = await runtime.log.readAll({ after: scheduleCursor, typePrefixes: ['accounting.export-schedule-created'], limit: 1000 });
      for (const e of page.events) schedules.set(e.stream, { org_guid: e.tenant, orgcode: e.metadata.orgcode });
      if (page.next > scheduleCursor) scheduleCursor = page.next;
      if (page.atEnd || page.events.length === 0) return;
    }
  }

  async function runDueWindows(stream: string, org: { org_guid: string; orgcode?: string }): Promise<void> {
    const context = workerContext(org.org_guid, org.orgcode);
    for (let i = 0; i < MAX_WINDOWS_PER_TICK && !stopped; i += 1) {
      const { state: s } = await runtime.commands.load(stream, scheduleDecider);
      if (!s.exists || s.status !== 'active') return;
      const from = new Date(s.next_window_from);
      const to = new Date(from.getTime() + PERIOD_MS[s.every]);
      if (runtime.clock.now().getTime() < to.getTime()) return;
      // Derived from the window, so a crash between these steps re-requests the same export, not a second one.
      const export_id = `exp_${s.schedule_id}_${s.next_window_from.replace(/[^0-9]/g, '').slice(0, 12)}`;
      const request = { kind: 'request' as const, export_id, org_guid: org.org_guid, export_kind: s.export_kind, window_from: from.toISOString(), window_to: to.toISOString(), event_types: s.event_types, batch_id: null, schedule_id: s.schedule_id };
      await runtime.commands.execute({ stream: exportStream(org.org_guid, export_id), decider: exportDecider, command: request, context }).catch((e) => { if (!isInvalidState(e)) throw e; });
      try {
        await runtime.commands.execute({ stream, decider: scheduleDecider, command: { kind: 'record-run', export_id, window_from: request.window_from, window_to: request.window_to }, context });
      } catch (e) {
        if (isInvalidState(e)) return;
        throw e;
      }
      await runExport(runtime, org.org_guid, export_id, context);
    }
  }

  async function runRequestedExports(): Promise<void> {
    let after = (await runtime.store.getCheckpoint(CHECKPOINT))?.position ?? 0;
    while (!stopped) {
      const page = await runtime.log.readAll({ after, typePrefixes: ['accounting.export-requested'], limit: 100 });
      for (const e of page.events) {
        const { export_id } = e.data as { export_id: string };
        const { state } = await runtime.commands.load(exportStream(e.tenant, export_id), exportDecider);
        if (state.status === 'requested') await runExport(runtime, e.tenant, export_id, workerContext(e.tenant, e.metadata.orgcode));
      }
      if (page.next > after) {
        after = page.next;
        await runtime.store.commitBatch([], { key: CHECKPOINT, position: after });
      }
      if (page.atEnd || page.events.length === 0) return;
    }
  }

  /**
   * Every export this worker saw start, from the beginning of the log, until it is no longer `running`. One whose run
   * lease has lapsed is failed (`failInterruptedRun`), which raises its inbox task; a batch repair runs it again.
   */
  async function failInterruptedRuns(): Promise<void> {
    for (;;) {
      const page = await runtime.log.readAll({ after: startedCursor, typePrefixes: ['accounting.export-started'], limit: 1000 });
      for (const e of page.events) started.set(e.stream, { org_guid: e.tenant, orgcode: e.metadata.orgcode, export_id: String(e.data.export_id) });
      if (page.next > startedCursor) startedCursor = page.next;
      if (page.atEnd || page.events.length === 0) break;
    }
    for (const [stream, run] of started) {
      if (stopped) return;
      const { state } = await runtime.commands.load(stream, exportDecider);
      if (state.status !== 'running' || (await failInterruptedRun(runtime, run.org_guid, run.export_id, workerContext(run.org_guid, run.orgcode)))) started.delete(stream);
    }
  }

  async function tick(): Promise<void> {
    if (!(await runtime.store.tryAcquireLease(LEASE, owner, Math.max(30_000, intervalMs * 5)))) return;
    await discoverSchedules();
    for (const [stream, org] of schedules) await runDueWindows(stream, org);
    await runRequestedExports();
    await failInterruptedRuns();
  }

  const loop = () => {
    if (stopped) return;
    // A failing tick (store down) is retried on the next one; nothing was consumed, so nothing is lost.
    inFlight = tick().catch(() => undefined).finally(() => {
      inFlight = null;
      if (!stopped) timer = setTimeout(loop, intervalMs);
    });
  };

  return {
    name: 'accounting.export-worker',
    async start() {
      timer = setTimeout(loop, 0);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await inFlight;
      await runtime.store.releaseLease(LEASE, owner).catch(() => undefined);
    },
  };
}
