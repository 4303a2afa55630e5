import { Decider, invalidState, notFound } from '@g3n/es';
import type { PublishRules } from '../profile/publish-profile.events';
import type { IneligibleVariant, PublishedItem, PublishRunEvent, RunItem, RunSelector } from './publish-run.events';
import { evolvePublishRun, initialPublishRunState, pendingItems, PublishRunState, RunItemState } from './publish-run.state';

export type PublishRunCommand =
  | {
    kind: 'start'; run_id: string; org_guid: string; channel_code: string; channel_guid: string; selector: RunSelector; set_online: boolean;
    profile: PublishRules & { profile_revision: number }; items: RunItem[]; ineligible: IneligibleVariant[];
  }
  /** The handler has already written these product revisions (see nextBatch); the run records them. */
  | { kind: 'step'; published: PublishedItem[] }
  | { kind: 'cancel' };

type State = PublishRunState;
type Cmd<K extends PublishRunCommand['kind']> = Extract<PublishRunCommand, { kind: K }>;

/** Runs end in completed or cancelled; nothing moves them after that. */
function assertOpen(state: State): void {
  if (state.status === 'completed') throw invalidState('run-completed', 'This publish run is already completed.');
  if (state.status === 'cancelled') throw invalidState('run-cancelled', 'This publish run was cancelled.');
}

/**
 * The next `limit` pending items of an open run, in snapshot order. The step handler publishes them first and
 * records them on the run after, so a crash or a lost race in between leaves at most products published twice
 * by the same run, which the product decider answers with no event.
 */
export function nextBatch(state: State, limit: number): RunItemState[] {
  assertOpen(state);
  return pendingItems(state).slice(0, limit);
}

function start(command: Cmd<'start'>, state: State): PublishRunEvent[] {
  if (state.exists) throw invalidState('run-exists', 'This publish run already exists.');
  const { kind: _kind, ...data } = command;
  // The seeds' gate: a run must publish something. The reasons travel in the error so the caller can fix the catalog.
  if (data.items.length === 0) {
    throw invalidState('no-eligible-variants', 'No variant of the selector is eligible under the channel\'s publish profile.', { ineligible: data.ineligible });
  }
  return [{ type: 'pmc.publish-run-started', data }];
}

function step(command: Cmd<'step'>, state: State): PublishRunEvent[] {
  assertOpen(state);
  const pending = new Set(pendingItems(state).map((i) => i.variant_id));
  const published = command.published.filter((p) => pending.has(p.variant_id));
  if (published.length === 0) return [];
  const pending_count = pending.size - published.length;
  const events: PublishRunEvent[] = [{ type: 'pmc.publish-run-stepped', data: { run_id: state.run_id, published, pending_count } }];
  if (pending_count === 0) events.push({ type: 'pmc.publish-run-completed', data: { run_id: state.run_id, published_count: state.items.length } });
  return events;
}

function cancel(state: State): PublishRunEvent[] {
  assertOpen(state);
  const from = state.status as 'pending' | 'running';
  return [{ type: 'pmc.publish-run-cancelled', data: { run_id: state.run_id, from, pending_count: pendingItems(state).length } }];
}

export const publishRunDecider: Decider<PublishRunCommand, State, PublishRunEvent> = {
  name: 'pmc.publish-run',
  stateVersion: 1,
  initialState: initialPublishRunState,
  evolve: evolvePublishRun,
  decide(command, state) {
    if (command.kind === 'start') return start(command, state);
    if (!state.exists) throw notFound('publish-run-not-found', 'No such publish run.');
    switch (command.kind) {
      case 'step':
        return step(command, state);
      case 'cancel':
        return cancel(state);
    }
  },
};
