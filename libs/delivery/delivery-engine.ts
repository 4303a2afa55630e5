import { hostname } from 'os';
import { randomBytes } from 'crypto';
import { tenantOfStream, type RecordedEvent } from '@g3n/eventlog';
import { AnnouncedAppends, WakeSignal } from '@g3n/es';
import type { BackgroundService, Runtime } from '@g3n/platform';
import type { DeliveryTarget, DeliveryTargetSource, Transport } from './delivery.port';
import { deliveryBody, DeliveryRuntime, matchesFilters, replayTarget, ReplayResult, ReplaySelection, sendSigned, typePrefixes } from './delivery';
import { delayBeforeAttempt, deliveryScheduleFromEnv } from './schedule';
import { SecretVault } from './secret-vault';

export interface DeliveryEngineOptions {
  /** Retry schedule (ms before attempt 1, 2, …); default from G3N_DELIVERY_SCHEDULE_MS. */
  schedule?: number[];
  /** How often targets are re-read from the sources. */
  refreshMs?: number;
  leaseTtlMs?: number;
  /** How long a caught-up target's loop sleeps when no append wakes it (default 1000 ms). */
  idleMs?: number;
  /** Jitter source (tests pin it). */
  random?: () => number;
  onEvent?: (line: string) => void;
}

export interface DeliveryEngine extends BackgroundService {
  /** Sends a target's events again with `delivery_reason: 'replay'`; the live checkpoint does not move. */
  replay(target: DeliveryTarget, selection: ReplaySelection): Promise<ReplayResult>;
  /** Current live checkpoint of a target (its start_after until something was delivered). */
  checkpoint(target: DeliveryTarget): Promise<number>;
}

export const deliveryCheckpointKey = (target: Pick<DeliveryTarget, 'owner' | 'target_id'>) => `delivery:${target.owner}:${target.target_id}`;
export const deliveryLeaseName = (target: Pick<DeliveryTarget, 'target_id'>) => `delivery:${target.target_id}`;

/**
 * The delivery engine: one independent loop per active target, so a slow or failing receiver never delays
 * another. Each loop holds the lease `delivery:<target_id>` (several workers can run; one delivers a target at a
 * time), reads the org's events after its checkpoint `delivery:<owner>:<target_id>` (initially the target's
 * start_after), and delivers every matching event in log order, signed, waiting for a 2xx before moving on —
 * at-least-once, per-target order kept. A failure is retried per the schedule (±20 % jitter; Retry-After wins);
 * 410 disables the target; an exhausted schedule pauses it. Either way the checkpoint stays on the undelivered
 * event, so re-activation resumes exactly there.
 */
export function createDeliveryEngine(
  runtime: Runtime | DeliveryRuntime,
  sources: DeliveryTargetSource[],
  transports: Transport[],
  options: DeliveryEngineOptions = {},
): DeliveryEngine {
  return new Engine(runtime, sources, transports, options);
}

type Outcome = 'delivered' | 'halted';

class Engine implements DeliveryEngine {
  readonly name = 'delivery';
  private readonly owner = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  /** One signal per target loop: an append wakes only the targets of its org whose filters match its types. */
  private readonly signals = new Map<string, WakeSignal>();
  private readonly announced = new AnnouncedAppends();
  private readonly targets = new Map<string, { target: DeliveryTarget; source: DeliveryTargetSource }>();
  private readonly loops = new Map<string, Promise<void>>();
  /** Targets this engine paused/disabled: not restarted until their source shows them non-active once. */
  private readonly halted = new Map<string, number>();
  private readonly vault: SecretVault;
  private readonly schedule: number[];
  private running = false;
  private timers: NodeJS.Timeout[] = [];
  private detach?: () => void;
  private refreshing?: Promise<void>;

  constructor(
    private readonly runtime: Runtime | DeliveryRuntime,
    private readonly sources: DeliveryTargetSource[],
    private readonly transports: Transport[],
    private readonly options: DeliveryEngineOptions,
  ) {
    this.vault = SecretVault.forRuntime(runtime);
    this.schedule = options.schedule ?? deliveryScheduleFromEnv();
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    // Waking every target on every append made each read the log and commit an empty checkpoint per append elsewhere.
    this.detach = this.runtime.log.onAppended((position, types, first, stream) => {
      this.announced.announce(first, position);
      this.wakeTargets(tenantOfStream(stream), types);
    });
    // Appends by other processes (a separate API) are seen through the head position: those wake every target.
    this.timers.push(setInterval(() => {
      void this.runtime.log.headPosition().then((head) => {
        if (this.announced.claimUnannounced(head)) this.wakeTargets();
      }, () => undefined);
    }, 200));
    this.timers.push(setInterval(() => void this.refresh(), this.options.refreshMs ?? 1000));
    void this.refresh();
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.detach?.();
    for (const timer of this.timers) clearInterval(timer);
    this.wakeTargets();
    await this.refreshing;
    await Promise.allSettled([...this.loops.values()]);
  }

  replay(target: DeliveryTarget, selection: ReplaySelection): Promise<ReplayResult> {
    return replayTarget(this.runtime, target, selection, { transports: this.transports, vault: this.vault });
  }

  async checkpoint(target: DeliveryTarget): Promise<number> {
    return (await this.runtime.store.getCheckpoint(deliveryCheckpointKey(target)))?.position ?? target.start_after;
  }

  private refresh(): Promise<void> {
    this.refreshing ??= this.refreshOnce().finally(() => { this.refreshing = undefined; });
    return this.refreshing;
  }

  private async refreshOnce(): Promise<void> {
    for (const source of this.sources) {
      let targets: DeliveryTarget[];
      try {
        targets = await source.targets();
      } catch (error) {
        this.say(`delivery: targets of ${source.owner} unavailable: ${(error as Error).message}`);
        continue;
      }
      const seen = new Set<string>();
      for (const target of targets) {
        const key = `${target.owner}:${target.target_id}`;
        seen.add(key);
        this.targets.set(key, { target, source });
        const haltedAt = this.halted.get(key);
        if (target.status !== 'active' || (haltedAt !== undefined && Date.now() - haltedAt > 60_000)) this.halted.delete(key);
        if (target.status === 'active' && !this.loops.has(key) && !this.halted.has(key) && this.running) {
          this.loops.set(key, this.loop(key).finally(() => this.loops.delete(key)));
        }
      }
      for (const key of [...this.targets.keys()]) {
        if (this.targets.get(key)?.source === source && !seen.has(key)) this.targets.delete(key);
      }
    }
  }

  /** True while this target should keep delivering here. */
  private live(key: string): boolean {
    return this.running && this.targets.get(key)?.target.status === 'active' && !this.halted.has(key);
  }

  private async loop(key: string): Promise<void> {
    const ttl = this.options.leaseTtlMs ?? 30_000;
    const first = this.targets.get(key)!.target;
    const lease = deliveryLeaseName(first);
    let leasedAt = 0;
    const holdLease = async () => {
      if (Date.now() - leasedAt < ttl / 3) return true;
      if (!(await this.runtime.store.tryAcquireLease(lease, this.owner, ttl))) return false;
      leasedAt = Date.now();
      return true;
    };
    try {
      while (this.live(key)) {
        try {
          if (!(await holdLease())) {
            await this.signalOf(key).sleep(ttl / 3);
            continue;
          }
          const { target, source } = this.targets.get(key)!;
          const checkpointKey = deliveryCheckpointKey(target);
          let current = (await this.runtime.store.getCheckpoint(checkpointKey))?.position ?? target.start_after;
          const page = await this.runtime.log.readAll({ after: current, tenant: target.org_guid, typePrefixes: typePrefixes(target.filters), limit: 100 });
          let stopped = false;
          for (const event of page.events) {
            if (!matchesFilters(event.type, target.filters)) continue;
            if ((await this.deliver(key, target, source, event, holdLease)) !== 'delivered') { stopped = true; break; }
            await this.runtime.store.commitBatch([], { key: checkpointKey, position: event.position });
            current = event.position;
          }
          if (stopped || !this.live(key)) continue;
          if (page.next > current) await this.runtime.store.commitBatch([], { key: checkpointKey, position: page.next });
          if (page.atEnd) await this.signalOf(key).sleep(this.options.idleMs ?? 1000);
        } catch (error) {
          this.say(`delivery ${key}: ${(error as Error).message}`);
          await this.signalOf(key).sleep(1000);
        }
      }
    } finally {
      this.signals.delete(key);
      await this.runtime.store.releaseLease(lease, this.owner).catch(() => undefined);
    }
  }

  private signalOf(key: string): WakeSignal {
    let signal = this.signals.get(key);
    if (!signal) this.signals.set(key, (signal = new WakeSignal()));
    return signal;
  }

  /** Wakes the targets of `org` whose filters match one of `types`; every target when neither is given. */
  private wakeTargets(org?: string, types?: string[]): void {
    for (const [key, signal] of this.signals) {
      const target = this.targets.get(key)?.target;
      if (org !== undefined && target && (target.org_guid !== org || !types!.some((t) => matchesFilters(t, target.filters)))) continue;
      signal.wake();
    }
  }

  /** One event to one target: attempt, retry per the schedule, or halt the target (paused / disabled / stopped). */
  private async deliver(key: string, target: DeliveryTarget, source: DeliveryTargetSource, event: RecordedEvent, holdLease: () => Promise<boolean>): Promise<Outcome> {
    let retryAfterS: number | undefined;
    for (let attempt = 1; ; attempt++) {
      const delay = delayBeforeAttempt(this.schedule, attempt, retryAfterS, this.options.random);
      if (delay === null) {
        await this.halt(key, () => source.pause(target, `delivery failed ${attempt - 1} times for event ${event.metadata.event_id}`));
        return 'halted';
      }
      if (delay > 0 && !(await this.wait(key, delay, holdLease))) return 'halted';
      if (!this.live(key) || !(await holdLease())) return 'halted';
      const outcome = await sendSigned(this.runtime, {
        target, messageId: event.metadata.event_id, body: deliveryBody(target, event, attempt === 1 ? 'live' : 'retry', this.runtime.clock.now()),
        reason: attempt === 1 ? 'live' : 'retry', attempt, transports: this.transports, vault: this.vault,
        event: { event_id: event.metadata.event_id, event_type: event.type, position: event.position },
      });
      if (outcome.ok) return 'delivered';
      if (outcome.status_code === 410) {
        await this.halt(key, () => source.disable(target, `receiver answered 410 Gone for event ${event.metadata.event_id}`));
        return 'halted';
      }
      retryAfterS = outcome.retry_after_s;
      this.say(`delivery ${key}: attempt ${attempt} of ${event.type} failed (${outcome.error})`);
    }
  }

  private async halt(key: string, action: () => Promise<void>): Promise<void> {
    this.halted.set(key, Date.now());
    try {
      await action();
    } catch (error) {
      this.say(`delivery ${key}: could not record the halt: ${(error as Error).message}`);
    }
  }

  /** Waits `ms` while the target stays live and the lease stays ours (renewed on the way); false when it did not. */
  private async wait(key: string, ms: number, holdLease: () => Promise<boolean>): Promise<boolean> {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      if (!this.live(key) || !(await holdLease())) return false;
      // Short slices so a pause, a stop or a lease renewal is noticed; appends do not cut a retry delay short.
      await new Promise((r) => setTimeout(r, Math.min(250, until - Date.now())));
    }
    return this.live(key);
  }

  private say(line: string): void {
    this.options.onEvent?.(line);
  }
}
