import { handlerFor, ProjectionContext } from '@g3n/es';
import type { RecordedEvent } from '@g3n/eventlog';
import { continuationToken, parseContinuationToken } from '../../libs/ipm/bulk/job/bulk-files';
import { BulkJobDoc, IPM_BULK_JOBS, ipmBulkJobsProjection } from './bulk-jobs.projection';

let position = 0;
const event = (type: string, data: Record<string, unknown>, revision: number): RecordedEvent => {
  position += 1;
  return {
    type, data, revision, position, stream: 'org1/ipm.bulk-job/j1', tenant: 'org1', recorded_at: '2026-01-01T00:00:00.000Z',
    metadata: { event_id: `evt_${position}`, org_guid: 'org1', actor: 'user:u1', occurred_at: `2026-01-01T00:00:0${revision}.000Z`, schema_version: 1 },
  };
};
const step = (phase: string, extra: Record<string, unknown>) => ({
  job_id: 'j1', phase, cursor: null, part: null, line_cursor: null, rows: 0, refused_lines: [], report_key: null, upload_etag: null, phase_done: false, ...extra,
});

async function project(events: RecordedEvent[]): Promise<BulkJobDoc | null> {
  const ctx = new ProjectionContext({ get: async () => null }, { [IPM_BULK_JOBS]: `${IPM_BULK_JOBS}__g1` });
  for (const e of events) {
    ctx.position = e.position;
    await handlerFor(ipmBulkJobsProjection, e.type)?.(e, ctx);
  }
  return ctx.get<BulkJobDoc>(IPM_BULK_JOBS, 'j1');
}

describe('ipm.bulk-jobs projection', () => {
  const created = event('ipm.bulk-job-created', {
    job_id: 'j1', org_guid: 'org1', direction: 'import', kind: 'crm.customers', dry_run: false, filters: {}, limit_rows: null, chunk_rows: 2, head_position: null, upload_key: 'org1/u',
  }, 0);

  it('pins the continuation token to the revision and says what to call next', async () => {
    const doc = await project([created]);
    expect(doc).toMatchObject({ status: 'awaiting_upload', next_action: 'continue', revision: 0 });
    expect(parseContinuationToken(doc!.continuation_token!)).toEqual({ job_id: 'j1', revision: 0 });
  });

  it('counts validated, invalid, committed and failed rows; a finished job has no token', async () => {
    const events = [
      created,
      event('ipm.bulk-job-progressed', step('validate', { rows: 2, refused_lines: [2], line_cursor: 2, report_key: 'r1' }), 1),
      event('ipm.bulk-job-progressed', step('validate', { rows: 1, line_cursor: 3, report_key: 'r2', phase_done: true }), 2),
    ];
    expect(await project(events)).toMatchObject({
      status: 'validated', next_action: 'commit', rows_total: 3, rows_valid: 2, rows_invalid: 1, report_key: 'r2', continuation_token: continuationToken('j1', 2),
    });
    events.push(
      event('ipm.bulk-job-progressed', step('commit', { rows: 1, refused_lines: [3], line_cursor: 3, report_key: 'r3', phase_done: true }), 3),
      event('ipm.bulk-job-completed', { job_id: 'j1', phase: 'commit' }, 4),
    );
    expect(await project(events)).toMatchObject({
      status: 'completed', next_action: null, continuation_token: null, rows_committed: 1, rows_failed: 1, revision: 4, completed_at: '2026-01-01T00:00:04.000Z',
    });
  });
});
