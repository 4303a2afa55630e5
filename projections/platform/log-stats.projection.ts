import type { Doc } from '@g3n/docstore';
import type { ProjectionDefinition } from '@g3n/es';

export interface TenantLogStats extends Doc {
  org_guid: string;
  events: number;
  last_position: number;
  last_type: string;
  last_occurred_at: string;
  by_service: Record<string, number>;
}

/**
 * Per tenant: how many events it has in the log, by service, and the newest one. Operators read it in
 * `GET /` and `g3n projections status`; it also keeps the projection machinery exercised on every write.
 */
export const logStatsProjection: ProjectionDefinition = {
  name: 'platform.log-stats',
  version: 1,
  collections: [{ name: 'platform_log_stats', indexes: [{ fields: ['last_position'] }] }],
  handlers: {
    '*': (event, ctx) =>
      ctx.update<TenantLogStats>('platform_log_stats', event.tenant, (current) => {
        const service = event.type.slice(0, event.type.indexOf('.'));
        const byService = { ...(current?.by_service ?? {}) };
        byService[service] = (byService[service] ?? 0) + 1;
        return {
          _id: event.tenant,
          org_guid: event.tenant,
          events: (current?.events ?? 0) + 1,
          last_position: event.position,
          last_type: event.type,
          last_occurred_at: String(event.metadata.occurred_at),
          by_service: byService,
        };
      }),
  },
};
