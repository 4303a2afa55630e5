// The event log: the single source of truth. The port, plus the SQLite (embedded) and EventStoreDB adapters.
// Callers depend on the EventLog port; only the composition root picks an adapter.
export * from './event-log.port';
export { openSqliteEventLog, SqliteEventLog } from './sqlite/sqlite-event-log';
export type { SqliteEventLogOptions } from './sqlite/sqlite-event-log';
export type { SqliteSynchronous } from './sqlite/sqlite-schema';
export { openEventStoreDbEventLog, EventStoreDbEventLog } from './esdb/esdb-event-log';
export type { EventStoreDbEventLogOptions } from './esdb/esdb-event-log';
