import type { RecordedEvent } from '@g3n/eventlog';
import type { ReactorContext } from './reactor-context';

/**
 * A cross-service effect driven by the log: when an event of one service happens, run a command of another
 * (an order's promise reserves stock; a receipt receives stock; a settled order earns loyalty). Handlers must be
 * idempotent — derive the ids of what they create from the source event, so a replay decides nothing new.
 */
export type ReactionHandler = (event: RecordedEvent, ctx: ReactorContext) => Promise<void>;

export interface ReactorDefinition {
  /** `<service>.<what-it-does>`, e.g. `ics.reserve-for-order-promises`. */
  name: string;
  /** Handlers by exact event type. */
  handlers: Record<string, ReactionHandler>;
}

export function assertUniqueReactors(definitions: ReactorDefinition[]): void {
  const names = new Set<string>();
  for (const d of definitions) {
    if (names.has(d.name)) throw new Error(`reactor registered twice: ${d.name}`);
    names.add(d.name);
  }
}
