import { given } from '@g3n/es';
import { BulkJobCommand, bulkJobDecider } from './bulk-job.decide';
import type { BulkJobEvent, BulkPart } from './bulk-job.events';
import { continuationToken, ndjsonLines, parseContinuationToken } from './bulk-files';

const base = { job_id: 'j1', org_guid: 'o1', dry_run: false, filters: {}, limit_rows: null, chunk_rows: 2, head_position: null, upload_key: null };
const exportCreated: BulkJobEvent = { type: 'ipm.bulk-job-created', data: { ...base, direction: 'export', kind: 'events', head_position: 9 } };
const importCreated = (dry_run = false): BulkJobEvent => ({ type: 'ipm.bulk-job-created', data: { ...base, direction: 'import', kind: 'crm.customers', dry_run, upload_key: 'o1/u' } });
const part: BulkPart = { part: 1, key: 'k1', rows: 2, bytes: 10, etag: '"e"' };
const progressed = (phase: 'export' | 'validate' | 'commit', extra: Partial<Extract<BulkJobEvent, { type: 'ipm.bulk-job-progressed' }>['data']> = {}): BulkJobEvent => ({
  type: 'ipm.bulk-job-progressed',
  data: { job_id: 'j1', phase, cursor: null, part: null, line_cursor: null, rows: 0, refused_lines: [], report_key: null, upload_etag: null, phase_done: false, ...extra },
});
const completed = (phase: 'export' | 'validate' | 'commit'): BulkJobEvent => ({ type: 'ipm.bulk-job-completed', data: { job_id: 'j1', phase } });
const validate = (done: boolean): BulkJobCommand => ({ kind: 'record-validation', line_cursor: 2, rows: 2, invalid_lines: [2], report_key: 'r1', upload_etag: '"u"', done });
const commit = (done: boolean): BulkJobCommand => ({ kind: 'record-commit', line_cursor: 1, rows: 1, failed_lines: [], report_key: 'r2', done });

describe('bulk job decider', () => {
  it('creates a job once', () => {
    const create: BulkJobCommand = { kind: 'create', ...base, direction: 'export', job_kind: 'events', head_position: 9 };
    given(bulkJobDecider, []).when(create).then([exportCreated]);
    given(bulkJobDecider, [exportCreated]).when(create).thenRejects('invalid-state', 'job-exists');
    given(bulkJobDecider, []).when(commit(true)).thenRejects('not-found', 'job-not-found');
  });

  it('records export parts with their cursor and completes when the source is exhausted', () => {
    given(bulkJobDecider, [exportCreated]).when({ kind: 'record-export-part', part, cursor: '4', done: false })
      .then([progressed('export', { part, cursor: '4', rows: 2 })]);
    given(bulkJobDecider, [exportCreated]).when({ kind: 'record-export-part', part, cursor: null, done: true })
      .then([progressed('export', { part, rows: 2, phase_done: true }), completed('export')]);
    given(bulkJobDecider, [exportCreated, progressed('export', { part, rows: 2, phase_done: true }), completed('export')])
      .when({ kind: 'record-export-part', part: null, cursor: null, done: true }).thenRejects('invalid-state', 'job-completed');
    given(bulkJobDecider, [exportCreated]).when(validate(true)).thenRejects('invalid-state', 'not-an-import');
  });

  it('validates in chunks, then commits only after the whole upload is validated', () => {
    given(bulkJobDecider, [importCreated()]).when(commit(false)).thenRejects('invalid-state', 'not-validated');
    given(bulkJobDecider, [importCreated()]).when(validate(false)).thenState((s) => expect(s).toMatchObject({ status: 'validating', invalid_lines: [2], validated_through: 2, upload_etag: '"u"' }));
    const validated = [importCreated(), progressed('validate', { line_cursor: 2, rows: 2, refused_lines: [2], report_key: 'r1', upload_etag: '"u"', phase_done: true })];
    given(bulkJobDecider, validated).when(validate(false)).thenRejects('invalid-state', 'validation-complete');
    given(bulkJobDecider, validated).when(commit(false)).thenState((s) => expect(s).toMatchObject({ status: 'committing', committed_through: 1, rows_committed: 1, report_key: 'r2' }));
    given(bulkJobDecider, validated).when(commit(true)).then([progressed('commit', { line_cursor: 1, rows: 1, report_key: 'r2', phase_done: true }), completed('commit')]);
  });

  it('completes a dry run at its report and never commits it', () => {
    given(bulkJobDecider, [importCreated(true)]).when(validate(true))
      .then([progressed('validate', { line_cursor: 2, rows: 2, refused_lines: [2], report_key: 'r1', upload_etag: '"u"', phase_done: true }), completed('validate')]);
    given(bulkJobDecider, [importCreated(true), progressed('validate', { phase_done: true }), completed('validate')]).when(commit(true)).thenRejects('invalid-state', 'dry-run');
  });

  it('fails an open job once', () => {
    const fail: BulkJobCommand = { kind: 'fail', phase: 'commit', minor: 'upload-changed', message: 'changed' };
    given(bulkJobDecider, [importCreated()]).when(fail).then([{ type: 'ipm.bulk-job-failed', data: { job_id: 'j1', phase: 'commit', minor: 'upload-changed', message: 'changed' } }]);
    given(bulkJobDecider, [importCreated(), { type: 'ipm.bulk-job-failed', data: { job_id: 'j1', phase: 'commit', minor: 'x', message: 'x' } }]).when(fail).thenRejects('invalid-state', 'job-failed');
  });
});

describe('bulk files', () => {
  it('round-trips continuation tokens and refuses garbage', () => {
    expect(parseContinuationToken(continuationToken('bkj_1', 3))).toEqual({ job_id: 'bkj_1', revision: 3 });
    expect(parseContinuationToken('bk1.!!')).toBeNull();
    expect(parseContinuationToken('nope')).toBeNull();
  });

  it('numbers NDJSON lines as the file does, skipping blank ones and tolerating CRLF', () => {
    expect(ndjsonLines(Buffer.from('{"a":1}\r\n\n  \n{"b":2}'))).toEqual([{ line: 1, text: '{"a":1}' }, { line: 4, text: '{"b":2}' }]);
  });
});
