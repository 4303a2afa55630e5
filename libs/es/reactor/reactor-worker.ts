import { hostname } from 'os';
import { randomBytes } from 'crypto';
import type { DocumentStore } from '@g3n/docstore';
import type { RecordedEvent } from '@g3n/eventlog';
import type { Clock, IdGenerator } from '../clock';
import type { CommandRunner } from '../command/command-runner';
import { DomainError } from '../errors';
import { AnnouncedAppends } from '../log/announced-appends';
import type { ObservedEventLog } from '../log/observed-event-log';
import { retryDelayMs } from '../projection/backoff';
import { WakeSignal } from '../wake-signal';
import type { ReadModels } from '../projection/read-models';
import { ReactorContext } from './reactor-context';
import { assertUniqueReactors, ReactorDefinition } from './reactor-definition';

export const REACTOR_FAILURES = '_reactor_failures';

export interface ReactorFailure {
  _id: string;
  reactor: string;
  event_id: string;
  event_type: string;
  position: number;
  stream: string;
  org_guid: string | null;
  error: { tag: string | null; minor: string | null; message: string };
  attempts: number;
  parked_at: string;
  status: 'parked' | 'resolved';
  [field: string]: unknown;
}

export interface ReactorWorkerDeps {
  log: ObservedEventLog;
  store: DocumentStore;
  commands: CommandRunner;
  readModels: ReadModels;
  clock: Clock;
  ids: IdGenerator;
}

/**
 * Runs every reactor: one loop each under a lease, in log order, with a checkpoint after every event (the
 * reactions are idempotent, so a crash between a reaction and its checkpoint repeats nothing harmful). A reaction
 * that fails is retried with backoff (5 attempts for faults; a domain refusal is final at once), then parked in
 * `_reactor_failures` — visible in `g3n reactors failures`, retried by `g3n reactors retry` — and the reactor goes on.
 */
export class ReactorWorker {
  readonly owner = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private running = false;
  private loops: Promise<void>[] = [];
  /** One signal per reactor: an append wakes only the reactors that handle its types. */
  private readonly signals = new Map<string, WakeSignal>();
  private detach?: () => void;
  private readonly announced = new AnnouncedAppends();
  /** Per reactor, the event types it handles (its reads take them as type prefixes). */
  private readonly handled = new Map<string, string[]>();
  private timer?: NodeJS.Timeout;
  readonly checkpoints = new Map<string, number>();

  constructor(
    private readonly definitions: ReactorDefinition[],
    private readonly deps: ReactorWorkerDeps,
    private readonly options: {
      pollMs?: number;
      leaseTtlMs?: number;
      maxAttempts?: number;
      /** How long a caught-up reactor sleeps when nothing wakes it (default 1000 ms). */
      idleMs?: number;
      onEvent?: (line: string) => void;
    } = {},
  ) {
    assertUniqueReactors(definitions);
    for (const d of definitions) this.handled.set(d.name, Object.keys(d.handlers));
  }

  async start(): Promise<void> {
    if (this.running || this.definitions.length === 0) return;
    this.running = true;
    await this.deps.store.ensureCollection({ name: REACTOR_FAILURES, indexes: [{ fields: ['reactor', 'status'] }] });
    for (const d of this.definitions) this.signals.set(d.name, new WakeSignal());
    // An append in this process wakes the reactors that handle its types; the head poll wakes them all only when the
    // log holds events this process did not announce (another process appended). Waking every reactor on every append
    // made each read the log and commit an empty checkpoint per group commit under write load (issue 6 profile).
    this.detach = this.deps.log.onAppended((position, types, first) => {
      this.announced.announce(first, position);
      this.wake(types);
    });
    this.timer = setInterval(() => {
      void this.deps.log.headPosition().then((head) => {
        if (this.announced.claimUnannounced(head)) this.wake();
      }, () => undefined);
    }, this.options.pollMs ?? 100);
    for (const d of this.definitions) this.loops.push(this.loop(d));
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.detach?.();
    clearInterval(this.timer);
    this.wake();
    await Promise.allSettled(this.loops);
    for (const d of this.definitions) await this.deps.store.releaseLease(`reactor:${d.name}`, this.owner).catch(() => undefined);
  }

  /** Runs one reaction again (after the cause was fixed); resolves the parked failure when it succeeds. */
  async retry(failure: ReactorFailure): Promise<void> {
    const definition = this.definitions.find((d) => d.name === failure.reactor);
    if (!definition) throw new Error(`no reactor named ${failure.reactor}`);
    const page = await this.deps.log.readAll({ after: failure.position - 1, limit: 1 });
    const event = page.events.find((e) => e.position === failure.position);
    if (!event) throw new Error(`event at position ${failure.position} not found`);
    await definition.handlers[event.type](event, this.contextFor(definition, event));
    await this.deps.store.collection<ReactorFailure>(REACTOR_FAILURES).upsert({ ...failure, status: 'resolved' });
  }

  private async loop(definition: ReactorDefinition): Promise<void> {
    const key = `reactor:${definition.name}`;
    const types = this.handled.get(definition.name)!;
    const ttl = this.options.leaseTtlMs ?? 15_000;
    let leasedAt = 0;
    while (this.running) {
      try {
        if (Date.now() - leasedAt > ttl / 3) {
          if (!(await this.deps.store.tryAcquireLease(key, this.owner, ttl))) {
            await this.sleep(definition.name, ttl / 3);
            continue;
          }
          leasedAt = Date.now();
        }
        // The stored checkpoint, every step: an operator may have moved it (a replay); steps are rare now that only
        // appends of this reactor's types wake it.
        const checkpoint = (await this.deps.store.getCheckpoint(key))?.position ?? 0;
        this.checkpoints.set(definition.name, checkpoint);
        const page = await this.deps.log.readAll({ after: checkpoint, typePrefixes: types, limit: 100 });
        for (const event of page.events) {
          if (!this.running) break;
          await this.react(definition, event);
          await this.deps.store.commitBatch([], { key, position: event.position });
          this.checkpoints.set(definition.name, event.position);
        }
        if (page.next > (this.checkpoints.get(definition.name) ?? 0)) {
          await this.deps.store.commitBatch([], { key, position: page.next });
          this.checkpoints.set(definition.name, page.next);
        }
        if (page.atEnd) await this.sleep(definition.name, this.options.idleMs ?? 1000);
      } catch (error) {
        this.say(`reactor ${definition.name}: ${(error as Error).message}`);
        await this.sleep(definition.name, 1000);
      }
    }
  }

  private async react(definition: ReactorDefinition, event: RecordedEvent): Promise<void> {
    const maxAttempts = this.options.maxAttempts ?? 5;
    for (let attempt = 1; ; attempt++) {
      try {
        await definition.handlers[event.type](event, this.contextFor(definition, event));
        return;
      } catch (error) {
        const final = error instanceof DomainError || attempt >= maxAttempts || !this.running;
        if (!final) {
          await new Promise((r) => setTimeout(r, retryDelayMs(attempt)));
          continue;
        }
        await this.park(definition, event, error, attempt);
        return;
      }
    }
  }

  private async park(definition: ReactorDefinition, event: RecordedEvent, error: unknown, attempts: number): Promise<void> {
    const domain = error instanceof DomainError ? error : null;
    const failure: ReactorFailure = {
      _id: `${definition.name}:${event.metadata.event_id}`,
      reactor: definition.name,
      event_id: event.metadata.event_id,
      event_type: event.type,
      position: event.position,
      stream: event.stream,
      org_guid: (event.metadata.org_guid as string | undefined) ?? null,
      error: { tag: domain?.tag ?? null, minor: domain?.minor ?? null, message: (error as Error)?.message ?? String(error) },
      attempts,
      parked_at: this.deps.clock.now().toISOString(),
      status: 'parked',
    };
    await this.deps.store.collection<ReactorFailure>(REACTOR_FAILURES).upsert(failure);
    this.say(`reactor ${definition.name} parked ${event.type} ${event.metadata.event_id}: ${failure.error.message}`);
  }

  private contextFor(definition: ReactorDefinition, event: RecordedEvent): ReactorContext {
    return new ReactorContext(definition.name, event, this.deps.commands, this.deps.readModels, this.deps.clock, this.deps.ids);
  }

  private sleep(reactor: string, ms: number): Promise<void> {
    return this.signals.get(reactor)!.sleep(ms);
  }

  /** Wakes the reactors that handle one of `types` (every reactor when the types are unknown). */
  private wake(types?: string[]): void {
    for (const d of this.definitions) {
      if (types && !types.some((t) => this.handled.get(d.name)!.some((handled) => t.startsWith(handled)))) continue; // as its reads match
      this.signals.get(d.name)?.wake();
    }
  }

  private say(line: string): void {
    this.options.onEvent?.(line);
  }
}
