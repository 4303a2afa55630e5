/**
 * The LogSubscription contract in one place: a delivery loop runs until stop() or a failure,
 * stop() resolves only once the handler is idle, and `done` tells how the loop ended.
 */
import { LogSubscription } from '../event-log.port';

export interface StopSignal {
  readonly stopped: boolean;
  /** Calls `listener` once when stop() is called; returns a disposer so long-lived loops do not pile up listeners. */
  onStop(listener: () => void): () => void;
}

export function startSubscription(loop: (signal: StopSignal) => Promise<void>): LogSubscription {
  const listeners = new Set<() => void>();
  let stopped = false;
  const signal: StopSignal = {
    get stopped() { return stopped; },
    onStop(listener) {
      if (stopped) { listener(); return () => undefined; }
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },
  };
  // Deferred a tick so the caller holds the subscription object before the first handler call.
  const done = Promise.resolve().then(() => loop(signal));
  // Callers that only use stop() must not crash the process with an unhandled rejection;
  // anyone awaiting `done` still sees the error.
  done.catch(() => undefined);
  return {
    done,
    async stop() {
      if (!stopped) {
        stopped = true;
        for (const listener of [...listeners]) listener();
        listeners.clear();
      }
      await done.catch(() => undefined);
    },
  };
}

/** Sleeps, but wakes early when the subscription is stopped. */
export function sleepUnlessStopped(ms: number, signal: StopSignal): Promise<void> {
  return new Promise<void>((resolve) => {
    let dispose = (): void => undefined;
    const timer = setTimeout(() => { dispose(); resolve(); }, ms);
    dispose = signal.onStop(() => { clearTimeout(timer); resolve(); });
  });
}
