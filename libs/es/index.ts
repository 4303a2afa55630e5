// The event-sourcing runtime every service stands on: event definitions and registry, the decider runner,
// projections (runner, worker, blue-green rebuild, verify), read models and read-your-writes.
export * from './errors';
export * from './clock';
export * from './events/event-definition';
export * from './events/event-registry';
export * from './decider/decider';
export * from './log/observed-event-log';
export * from './command/command-runner';
export * from './command/snapshot-store';
export * from './command/state-cache';
export * from './command/keyed-mutex';
export * from './projection/projection-definition';
export * from './projection/projection-context';
export * from './projection/apply-events';
export * from './projection/project-page';
export * from './projection/projection-catalog';
export * from './projection/projection-runner';
export * from './projection/projection-worker';
export * from './projection/rebuild';
export * from './projection/read-models';
export * from './projection/consistency-waiter';
export * from './projection/verify';
export * from './projection/backoff';
export * from './testing/given-when-then';
export * from './reactor/reactor-definition';
export * from './reactor/reactor-context';
export * from './reactor/reactor-worker';
