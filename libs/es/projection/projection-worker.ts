import { EventEmitter } from 'events';
import { hostname } from 'os';
import { randomBytes } from 'crypto';
import { AnnouncedAppends } from '../log/announced-appends';
import type { ObservedEventLog } from '../log/observed-event-log';
import type { Clock } from '../clock';
import { WakeSignal } from '../wake-signal';
import { ProjectionCatalog, ProjectionStatusDoc } from './projection-catalog';
import { assertUniqueProjections, checkpointKey, consumes, ProjectionDefinition } from './projection-definition';
import { ProjectionRunner } from './projection-runner';
import { rebuildProjection } from './rebuild';
import { SharedPageReader } from './shared-page-reader';
import type { DocumentStore } from '@g3n/docstore';

export interface WorkerOptions {
  /** How often to look for appends made by other processes (ms). */
  pollMs?: number;
  batchSize?: number;
  leaseTtlMs?: number;
  /** How often every projection is woken though no append concerned it, so its checkpoint follows the head (ms). */
  idleWakeMs?: number;
  /** How long a retired generation is kept after a switch before it is dropped (ms). */
  retireGraceMs?: number;
  owner?: string;
  /** Called when a projection fails or recovers, for the process log. */
  onEvent?: (line: string) => void;
}

/**
 * Runs every projection: each in its own loop under a lease (so several workers can share them), woken by
 * appends in this process at once and by a head poll for appends from elsewhere. Rebuilds projections whose
 * version changed, side by side, and drops retired generations after a grace period.
 */
export class ProjectionWorker extends EventEmitter {
  readonly owner: string;
  private readonly runners = new Map<string, ProjectionRunner>();
  private readonly leases = new Map<string, number>();
  private running = false;
  private readonly signals = new Map<string, WakeSignal>();
  private readonly pages: SharedPageReader;
  private loops: Promise<void>[] = [];
  private timers: NodeJS.Timeout[] = [];
  private detach?: () => void;
  private readonly options: Required<Omit<WorkerOptions, 'onEvent' | 'owner'>>;

  constructor(
    private readonly definitions: ProjectionDefinition[],
    private readonly log: ObservedEventLog,
    private readonly store: DocumentStore,
    private readonly catalog: ProjectionCatalog,
    private readonly clock: Clock,
    private readonly workerOptions: WorkerOptions = {},
  ) {
    super();
    this.setMaxListeners(0);
    assertUniqueProjections(definitions);
    this.pages = new SharedPageReader(log);
    this.owner = workerOptions.owner ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
    this.options = {
      pollMs: workerOptions.pollMs ?? 100,
      batchSize: workerOptions.batchSize ?? 1000,
      idleWakeMs: workerOptions.idleWakeMs ?? 1000,
      leaseTtlMs: workerOptions.leaseTtlMs ?? 15_000,
      retireGraceMs: workerOptions.retireGraceMs ?? 5_000,
    };
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    const deps = { log: this.log, store: this.store, catalog: this.catalog, clock: this.clock, pages: this.pages };
    for (const definition of this.definitions) {
      const runner = new ProjectionRunner(definition, deps, this.options.batchSize);
      await runner.attach();
      runner.on('checkpoint', (position: number) => this.emit('checkpoint', definition.name, position));
      runner.on('switched', (generation: number) => this.emit('switched', definition.name, generation));
      runner.on('failed', (error: Error) => this.say(`projection ${definition.name} failed: ${error.message}`));
      this.runners.set(definition.name, runner);
    }
    // An append in this process wakes only the projections its event types feed. The head poll wakes every projection
    // when the log holds events this process did not announce (another process appended), and once a second so the
    // others' checkpoints follow the head.
    this.detach = this.log.onAppended((position, types, first, _stream, recorded) => {
      this.announced.announce(first, position);
      if (recorded) this.pages.remember(recorded());
      this.wake(position, types);
    });
    this.timers.push(setInterval(() => void this.pollHead(), this.options.pollMs));
    this.timers.push(setInterval(() => void this.housekeeping(), Math.max(1000, this.options.retireGraceMs / 2)));
    for (const runner of this.runners.values()) this.loops.push(this.loop(runner));
    void this.startVersionRebuilds();
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.detach?.();
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    this.wake();
    await Promise.allSettled(this.loops);
    this.loops = [];
    for (const runner of this.runners.values()) {
      runner.state = 'stopped';
      await this.writeStatus(runner).catch(() => undefined);
      await this.store.releaseLease(leaseName(runner.name), this.owner).catch(() => undefined);
    }
  }

  runner(name: string): ProjectionRunner | undefined {
    return this.runners.get(name);
  }

  listRunners(): ProjectionRunner[] {
    return [...this.runners.values()];
  }

  statuses(): ProjectionStatusDoc[] {
    return this.listRunners().map((r) => r.status(this.owner));
  }

  private async loop(runner: ProjectionRunner): Promise<void> {
    let lastStatus = 0;
    let lastState = runner.state;
    while (this.running) {
      let outcome: 'progress' | 'idle' | 'waiting-retry' | 'standby';
      try {
        outcome = (await this.holdLease(runner)) ? await runner.step() : 'standby';
        if (outcome === 'standby') runner.state = 'standby';
      } catch (error) {
        this.say(`projection ${runner.name}: ${(error as Error).message}`);
        outcome = 'waiting-retry';
      }
      const now = Date.now();
      if (runner.state !== lastState || now - lastStatus > 2000) {
        if (runner.state !== lastState && lastState === 'error') this.say(`projection ${runner.name} recovered`);
        lastState = runner.state;
        lastStatus = now;
        await this.writeStatus(runner).catch(() => undefined);
      }
      if (outcome === 'progress') {
        await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      const wait = outcome === 'waiting-retry' ? runner.msUntilRetry() : outcome === 'standby' ? this.options.leaseTtlMs / 3 : 1000;
      await this.sleepUntilWoken(runner.name, wait);
    }
  }

  /** Takes or renews this projection's lease, renewing at a third of its lifetime. */
  private async holdLease(runner: ProjectionRunner): Promise<boolean> {
    const name = leaseName(runner.name);
    const now = Date.now();
    const renewedAt = this.leases.get(name);
    if (renewedAt !== undefined && now - renewedAt < this.options.leaseTtlMs / 3) return true;
    const held = await this.store.tryAcquireLease(name, this.owner, this.options.leaseTtlMs, now);
    if (held) {
      if (renewedAt === undefined) await runner.followSwitches(now, true);
      this.leases.set(name, now);
    } else {
      this.leases.delete(name);
    }
    return held;
  }

  private sleepUntilWoken(name: string, ms: number): Promise<void> {
    let signal = this.signals.get(name);
    if (!signal) this.signals.set(name, (signal = new WakeSignal()));
    return signal.sleep(ms);
  }

  /** Wakes every projection, telling them the log reaches at least `head` (a read must see everything up to it). */
  wakeAll(head: number): void {
    this.wake(head);
  }

  /** Wakes the projections fed by `types` (every projection when the types are unknown: another process appended). */
  private wake(head?: number, types?: string[]): void {
    if (head !== undefined) this.pages.noteHead(head);
    for (const runner of this.runners.values()) {
      if (head !== undefined && head > runner.head) runner.head = head;
      if (types && !types.some((t) => consumes(runner.definition, t))) continue;
      if (head !== undefined && head > runner.wanted) runner.wanted = head;
      this.signals.get(runner.name)?.wake();
    }
  }

  private readonly announced = new AnnouncedAppends();
  private lastWakeAll = { head: -1, at: 0 };
  /**
   * Appends made elsewhere (an API process when this worker runs apart, the CLI) wake the projections their types
   * feed, as appends made here do: the new events are one tail page, read once through the shared page reader (the
   * projections they wake are then served that page). Only when they are more than one page, or cannot be read,
   * does every projection wake. Waking all on every foreign append made each of the 51 projections step and commit an
   * empty checkpoint every poll when the worker runs apart from the API (issue 6 profile of `G3N_PROBE_SPLIT=1`).
   * Projections no append concerned are still woken once a second, so their checkpoints follow the head.
   */
  private async pollHead(): Promise<void> {
    try {
      const head = await this.log.headPosition();
      const from = this.announced.unannouncedAfter(head);
      if (from !== null) {
        this.pages.noteHead(head);
        const types = await this.pages.typesAfter(from, head); // when it fails, the next poll tries these again
        this.announced.handledTo(head);
        if (types) this.wake(head, types);
        else this.wakeAllAt(head, Date.now());
      }
      const now = Date.now();
      if (head !== this.lastWakeAll.head && now - this.lastWakeAll.at >= this.options.idleWakeMs) this.wakeAllAt(head, now);
    } catch (error) {
      this.say(`head poll failed: ${(error as Error).message}`);
    }
  }

  private wakeAllAt(head: number, now: number): void {
    this.lastWakeAll = { head, at: now };
    this.wake(head);
  }

  private async housekeeping(): Promise<void> {
    for (const runner of this.runners.values()) {
      if (!this.leases.has(leaseName(runner.name))) continue;
      await this.catalog
        .dropRetired(runner.name, this.clock.now(), this.options.retireGraceMs, (g) => checkpointKey(runner.name, g))
        .catch((error) => this.say(`dropping retired generations of ${runner.name}: ${(error as Error).message}`));
    }
  }

  /** A projection whose code version differs from the serving one is rebuilt side by side, then switched. */
  private async startVersionRebuilds(): Promise<void> {
    for (const definition of this.definitions) {
      const meta = await this.catalog.get(definition.name);
      if (!meta || meta.version === definition.version || !this.running) continue;
      this.say(`projection ${definition.name}: version ${meta.version} → ${definition.version}, rebuilding side by side`);
      try {
        const result = await rebuildProjection(definition, { log: this.log, store: this.store, catalog: this.catalog, clock: this.clock }, { owner: this.owner });
        this.say(`projection ${definition.name}: generation ${result.generation} serving (${result.events} events, ${result.events_per_s}/s)`);
        this.wake();
      } catch (error) {
        this.say(`projection ${definition.name}: rebuild failed: ${(error as Error).message}`);
      }
    }
  }

  private async writeStatus(runner: ProjectionRunner): Promise<void> {
    await this.catalog.writeStatus(runner.status(this.owner));
  }

  private say(line: string): void {
    this.workerOptions.onEvent?.(line);
    this.emit('log', line);
  }
}

function leaseName(projection: string): string {
  return `projection:${projection}`;
}
