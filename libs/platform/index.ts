// The platform: configuration, and the runtime that wires the ports' adapters, the decider runner and the
// projection worker for every process. The HTTP contract (envelope, errors, guards) lands here too.
export * from './config/config';
export * from './runtime/stores';
export * from './runtime/runtime';
export * from './runtime/build-info';
export * from './runtime/runtime.token';
export * from './http';
export * from './read/org-records';
