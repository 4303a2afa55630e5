import { given } from '@g3n/es';
import { scheduleDecider } from './schedule.decide';
import type { ScheduleCreatedData, ScheduleEvent } from './schedule.events';

const data: ScheduleCreatedData = { schedule_id: 'sch_1', org_guid: 'org1', export_kind: 'financial_events', event_types: [], every: 'hourly', next_window_from: '2026-01-01T00:00:00.000Z' };
const created: ScheduleEvent = { type: 'accounting.export-schedule-created', data };
const run = { export_id: 'exp_1', window_from: '2026-01-01T00:00:00.000Z', window_to: '2026-01-01T01:00:00.000Z' };
const ran: ScheduleEvent = { type: 'accounting.export-schedule-ran', data: { schedule_id: 'sch_1', ...run } };
const status = (from: string, to: string) => ({ type: 'accounting.export-schedule-status-set', data: { schedule_id: 'sch_1', from, to } }) as ScheduleEvent;

describe('export schedule decider', () => {
  it('is created once', () => {
    given(scheduleDecider, []).when({ kind: 'create', ...data }).then([created]);
    given(scheduleDecider, [created]).when({ kind: 'create', ...data }).thenRejects('invalid-state', 'schedule-exists');
  });

  it('runs each window once, in order, only while active', () => {
    given(scheduleDecider, [created]).when({ kind: 'record-run', ...run }).then([ran]);
    given(scheduleDecider, [created, ran]).when({ kind: 'record-run', ...run }).thenRejects('invalid-state', 'window-already-run');
    given(scheduleDecider, [created, ran]).when({ kind: 'record-run', export_id: 'exp_2', window_from: run.window_to, window_to: '2026-01-01T02:00:00.000Z' })
      .thenState((s) => expect(s.next_window_from).toBe('2026-01-01T02:00:00.000Z'));
    given(scheduleDecider, [created, status('active', 'paused')]).when({ kind: 'record-run', ...run }).thenRejects('invalid-state', 'schedule-not-active');
  });

  it('pauses, resumes and retires', () => {
    given(scheduleDecider, [created]).when({ kind: 'set-status', status: 'paused' }).then([status('active', 'paused')]);
    given(scheduleDecider, [created, status('active', 'retired')]).when({ kind: 'set-status', status: 'active' }).thenRejects('invalid-state', 'invalid-transition');
  });
});
