export * from './foreign-commits';
export * from './wal-checkpointer';
