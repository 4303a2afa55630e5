/**
 * An aggregate is a decider: pure functions, no clock, no ids, no I/O. Handlers put `now` and new ids into the
 * command; the runner loads, folds, decides and appends.
 */

/** A domain event before it is recorded: a plain JSON object. */
export interface DomainEvent<T extends string = string, D extends Record<string, unknown> = Record<string, unknown>> {
  type: T;
  data: D;
}

export interface Decider<C, S, E extends DomainEvent> {
  /** Names the state shape for snapshots and the state cache; bump `stateVersion` when `evolve` changes. */
  name: string;
  stateVersion: number;
  initialState(): S;
  evolve(state: S, event: E): S;
  /** Returns the events the command produces (possibly none), or throws a DomainError. */
  decide(command: C, state: S): E[];
}

export function fold<S, E extends DomainEvent>(decider: Pick<Decider<unknown, S, E>, 'evolve'>, state: S, events: E[]): S {
  let current = state;
  for (const event of events) current = decider.evolve(current, event);
  return current;
}
