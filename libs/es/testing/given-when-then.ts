import { Decider, DomainEvent, fold } from '../decider/decider';
import { DomainError } from '../errors';

/**
 * Decider specs read as the domain does:
 *   given(stock, [received(10)]).when(reserve(3)).then([reserved(3)])
 *   given(stock, []).when(reserve(1)).thenRejects('invalid-state', 'insufficient-stock')
 */
export function given<C, S, E extends DomainEvent>(decider: Decider<C, S, E>, history: E[]) {
  return {
    when(command: C) {
      const run = () => decider.decide(command, fold(decider, decider.initialState(), history));
      return {
        then(expected: E[]): void {
          expect(run()).toEqual(expected);
        },
        thenRejects(tag: DomainError['tag'], minor?: string): void {
          let caught: unknown;
          try {
            run();
          } catch (error) {
            caught = error;
          }
          expect(caught).toBeInstanceOf(DomainError);
          expect((caught as DomainError).tag).toBe(tag);
          if (minor !== undefined) expect((caught as DomainError).minor).toBe(minor);
        },
        /** The state after history and the command's events, for assertions on evolve. */
        thenState(check: (state: S) => void): void {
          const state = fold(decider, decider.initialState(), history);
          check(fold(decider, state, decider.decide(command, state)));
        },
      };
    },
  };
}
