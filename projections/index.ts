// Read models: one projection per file under projections/<service>/, all listed in registry.ts.
export * from './registry';
export * from './platform/log-stats.projection';
