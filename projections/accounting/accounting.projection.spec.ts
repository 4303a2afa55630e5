import type { Doc } from '@g3n/docstore';
import { ProjectionContext, ProjectionDefinition } from '@g3n/es';
import type { RecordedEvent } from '@g3n/eventlog';
import { ACC_BATCHES, ACC_EXPORTS, accountingExportsProjection } from './exports.projection';
import { ACC_ROLLUPS, accountingUsageProjection, rollupDocId } from './usage.projection';

let position = 0;
const event = (type: string, data: Record<string, unknown>, revision = 0, stream = 'org1/accounting.x/1'): RecordedEvent => {
  position += 1;
  return {
    type, data, revision, position, stream, tenant: 'org1', recorded_at: '2026-01-01T00:00:00.000Z',
    metadata: { event_id: `evt_${position}`, org_guid: 'org1', actor: 'user:u1', occurred_at: '2026-03-01T00:00:00.000Z', schema_version: 1 },
  };
};

async function run(definition: ProjectionDefinition, events: RecordedEvent[]) {
  const physical = Object.fromEntries(definition.collections.map((c) => [c.name, c.name]));
  const ctx = new ProjectionContext({ get: async () => null }, physical);
  for (const e of events) {
    ctx.position = e.position;
    await definition.handlers[e.type]?.(e, ctx);
  }
  return ctx;
}

describe('accounting projections', () => {
  it('rolls usage up per org × UTC day × metric × unit × cost centre, keeping the positions that fed it', async () => {
    const usage = (usage_id: string, quantity: number, occurred_at: string, cccode: string | null = null) =>
      event('accounting.usage-recorded', { usage_id, org_guid: 'org1', metric: 'api.requests', quantity, unit: 'request', cccode, occurred_at });
    const events = [usage('u1', 2, '2026-03-01T00:00:00.000Z'), usage('u2', 3, '2026-03-01T23:59:59.999Z'), usage('u3', 5, '2026-03-02T00:00:00.000Z'), usage('u4', 7, '2026-03-01T10:00:00.000Z', 'CC1')];
    const ctx = await run(accountingUsageProjection, events);
    const day1 = await ctx.get<Doc>(ACC_ROLLUPS, rollupDocId('org1', '2026-03-01:api.requests:request:-'));
    expect(day1).toMatchObject({ quantity: 5, event_count: 2, first_position: events[0].position, last_position: events[1].position });
    expect((await ctx.get<Doc>(ACC_ROLLUPS, rollupDocId('org1', '2026-03-02:api.requests:request:-')))?.quantity).toBe(5);
    expect((await ctx.get<Doc>(ACC_ROLLUPS, rollupDocId('org1', '2026-03-01:api.requests:request:CC1')))?.quantity).toBe(7);
  });

  it('keeps a batch\'s window statuses in step with its exports, without touching the batch revision', async () => {
    const windows = [{ export_id: 'e1', from: 'a', to: 'b' }, { export_id: 'e2', from: 'b', to: 'c' }];
    const requested = (export_id: string) => event('accounting.export-requested', { export_id, org_guid: 'org1', export_kind: 'events', window_from: null, window_to: 'x', event_types: [], batch_id: 'b1', schedule_id: null });
    const ctx = await run(accountingExportsProjection, [
      event('accounting.export-batch-created', { batch_id: 'b1', org_guid: 'org1', export_kind: 'events', event_types: [], every: 'daily', window_from: 'a', window_to: 'c', windows }),
      requested('e1'), requested('e2'),
      event('accounting.export-started', { export_id: 'e1', attempt: 1 }, 1), event('accounting.export-failed', { export_id: 'e1', attempt: 1, error: 'x' }, 2),
      event('accounting.export-started', { export_id: 'e2', attempt: 1 }, 1),
      event('accounting.export-completed', { export_id: 'e2', event_count: 0, counts: {}, first_position: null, last_position: null, scanned_through: 1, files: [], manifest_sha256: 'h' }, 2),
    ]);
    expect(await ctx.get<Doc>(ACC_BATCHES, 'b1')).toMatchObject({ revision: 0, progress: 'has-failures', exports: { failed: 1, completed: 1, requested: 0, running: 0 } });
    expect(await ctx.get<Doc>(ACC_EXPORTS, 'e1')).toMatchObject({ status: 'failed', last_error: 'x', attempts: 1, revision: 2 });
  });
});
