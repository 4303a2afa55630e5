import { Decider, invalidState, notFound } from '@g3n/es';
import type { BulkDirection, BulkFilters, BulkJobEvent, BulkPart, BulkPhase } from './bulk-job.events';
import { BulkJobState, evolveBulkJob, initialBulkJobState } from './bulk-job.state';

export type BulkJobCommand =
  | {
      kind: 'create'; job_id: string; org_guid: string; direction: BulkDirection; job_kind: string; dry_run: boolean; filters: BulkFilters;
      limit_rows: number | null; chunk_rows: number; head_position: number | null; upload_key: string | null;
    }
  | { kind: 'record-export-part'; part: BulkPart | null; cursor: string | null; done: boolean }
  | { kind: 'record-validation'; line_cursor: number; rows: number; invalid_lines: number[]; report_key: string | null; upload_etag: string; done: boolean }
  | { kind: 'record-commit'; line_cursor: number; rows: number; failed_lines: number[]; report_key: string | null; done: boolean }
  | { kind: 'fail'; phase: BulkPhase; minor: string; message: string };

type State = BulkJobState;

function create(c: Extract<BulkJobCommand, { kind: 'create' }>, state: State): BulkJobEvent[] {
  if (state.exists) throw invalidState('job-exists', 'This bulk job already exists.');
  const { kind: _k, job_kind, ...rest } = c;
  return [{ type: 'ipm.bulk-job-created', data: { ...rest, kind: job_kind } }];
}

function assertOpen(state: State): void {
  if (state.status === 'completed') throw invalidState('job-completed', 'This bulk job is completed; nothing is left to continue.');
  if (state.status === 'failed') throw invalidState('job-failed', 'This bulk job failed; create a new one.');
}

function assertDirection(state: State, direction: BulkDirection): void {
  if (state.direction !== direction) throw invalidState(direction === 'export' ? 'not-an-export' : 'not-an-import', `This job is an ${state.direction}.`);
}

function recordExportPart(c: Extract<BulkJobCommand, { kind: 'record-export-part' }>, state: State): BulkJobEvent[] {
  assertDirection(state, 'export');
  assertOpen(state);
  const events: BulkJobEvent[] = [{
    type: 'ipm.bulk-job-progressed',
    data: { job_id: state.job_id, phase: 'export', cursor: c.cursor, part: c.part, line_cursor: null, rows: c.part?.rows ?? 0, refused_lines: [], report_key: null, upload_etag: null, phase_done: c.done },
  }];
  if (c.done) events.push({ type: 'ipm.bulk-job-completed', data: { job_id: state.job_id, phase: 'export' } });
  return events;
}

function recordValidation(c: Extract<BulkJobCommand, { kind: 'record-validation' }>, state: State): BulkJobEvent[] {
  assertDirection(state, 'import');
  assertOpen(state);
  if (state.status !== 'awaiting_upload' && state.status !== 'validating') throw invalidState('validation-complete', 'The upload is validated; commit the job.');
  const events: BulkJobEvent[] = [{
    type: 'ipm.bulk-job-progressed',
    data: {
      job_id: state.job_id, phase: 'validate', cursor: null, part: null, line_cursor: c.line_cursor, rows: c.rows, refused_lines: c.invalid_lines,
      report_key: c.report_key, upload_etag: c.upload_etag, phase_done: c.done,
    },
  }];
  // A dry run ends at its report: nothing of it is ever committed.
  if (c.done && state.dry_run) events.push({ type: 'ipm.bulk-job-completed', data: { job_id: state.job_id, phase: 'validate' } });
  return events;
}

function recordCommit(c: Extract<BulkJobCommand, { kind: 'record-commit' }>, state: State): BulkJobEvent[] {
  assertDirection(state, 'import');
  if (state.dry_run) throw invalidState('dry-run', 'A dry run never commits; create the import again without dry_run.');
  assertOpen(state);
  if (state.status !== 'validated' && state.status !== 'committing') throw invalidState('not-validated', 'Validate the whole upload (bulk/import/continue) before committing.');
  const events: BulkJobEvent[] = [{
    type: 'ipm.bulk-job-progressed',
    data: {
      job_id: state.job_id, phase: 'commit', cursor: null, part: null, line_cursor: c.line_cursor, rows: c.rows, refused_lines: c.failed_lines,
      report_key: c.report_key, upload_etag: null, phase_done: c.done,
    },
  }];
  if (c.done) events.push({ type: 'ipm.bulk-job-completed', data: { job_id: state.job_id, phase: 'commit' } });
  return events;
}

function fail(c: Extract<BulkJobCommand, { kind: 'fail' }>, state: State): BulkJobEvent[] {
  assertOpen(state);
  return [{ type: 'ipm.bulk-job-failed', data: { job_id: state.job_id, phase: c.phase, minor: c.minor, message: c.message } }];
}

export const bulkJobDecider: Decider<BulkJobCommand, State, BulkJobEvent> = {
  name: 'ipm.bulk-job',
  stateVersion: 1,
  initialState: initialBulkJobState,
  evolve: evolveBulkJob,
  decide(command, state) {
    if (command.kind === 'create') return create(command, state);
    if (!state.exists) throw notFound('job-not-found', 'No such bulk job.');
    switch (command.kind) {
      case 'record-export-part':
        return recordExportPart(command, state);
      case 'record-validation':
        return recordValidation(command, state);
      case 'record-commit':
        return recordCommit(command, state);
      case 'fail':
        return fail(command, state);
    }
  },
};
