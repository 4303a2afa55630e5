import { Decider, invalidState } from '@g3n/es';
import type { ScheduleCreatedData, ScheduleEvent, ScheduleStatus } from './schedule.events';
import { evolveSchedule, initialScheduleState, ScheduleState } from './schedule.state';

export type ScheduleCommand =
  | ({ kind: 'create' } & ScheduleCreatedData)
  | { kind: 'set-status'; status: ScheduleStatus }
  /** The background service ran the window starting at `window_from`; a second worker racing it is refused. */
  | { kind: 'record-run'; export_id: string; window_from: string; window_to: string };

/** active ⇄ paused; active|paused → retired (terminal). Missed windows are exported on resume: nothing is skipped. */
const TRANSITIONS: Record<ScheduleStatus, ScheduleStatus[]> = { active: ['paused', 'retired'], paused: ['active', 'retired'], retired: [] };

export const scheduleDecider: Decider<ScheduleCommand, ScheduleState, ScheduleEvent> = {
  name: 'accounting.export-schedule',
  stateVersion: 1,
  initialState: initialScheduleState,
  evolve: evolveSchedule,
  decide(command, state) {
    if (command.kind === 'create') {
      if (state.exists) throw invalidState('schedule-exists', 'This schedule already exists.');
      const { kind: _k, ...data } = command;
      return [{ type: 'accounting.export-schedule-created', data }];
    }
    if (!state.exists) throw invalidState('schedule-missing', 'No such schedule.');
    if (command.kind === 'set-status') {
      if (!TRANSITIONS[state.status].includes(command.status)) {
        throw invalidState('invalid-transition', `A schedule cannot go from ${state.status} to ${command.status}.`, { from: state.status, to: command.status });
      }
      return [{ type: 'accounting.export-schedule-status-set', data: { schedule_id: state.schedule_id, from: state.status, to: command.status } }];
    }
    if (state.status !== 'active') throw invalidState('schedule-not-active', `The schedule is ${state.status}.`);
    if (command.window_from !== state.next_window_from) throw invalidState('window-already-run', 'This window was already exported.');
    return [{ type: 'accounting.export-schedule-ran', data: { schedule_id: state.schedule_id, export_id: command.export_id, window_from: command.window_from, window_to: command.window_to } }];
  },
};
