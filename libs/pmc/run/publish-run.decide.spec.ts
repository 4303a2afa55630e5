import { given } from '@g3n/es';
import type { VariantSnapshot } from '../shared/variant-snapshot';
import { nextBatch, publishRunDecider as decider } from './publish-run.decide';
import type { PublishRunEvent, RunItem } from './publish-run.events';
import { evolvePublishRun, initialPublishRunState } from './publish-run.state';

const snapshot = (variant_id: string): VariantSnapshot => ({
  variant_id, style_id: 'sty_1', sku: `SKU-${variant_id}`, status: 'active', selections: [], identifiers: [], barcodes: [], variant_revision: 1, style: null,
});
const item = (variant_id: string): RunItem => ({ variant_id, style_id: 'sty_1', product_id: `prd:web:${variant_id}`, snapshot: snapshot(variant_id) });
const startData = {
  run_id: 'run_1', org_guid: 'org1', channel_code: 'web', channel_guid: 'chn_1',
  selector: { style_id: 'sty_1', variant_id: null, category_id: null, brand_id: null }, set_online: true,
  profile: { required_sku: true, required_identifier_types: ['sku'], profile_revision: 0 },
  items: [item('v1'), item('v2'), item('v3')],
  ineligible: [{ variant_id: 'v4', style_id: 'sty_1', reasons: ['sku-missing'] }],
};
const started: PublishRunEvent = { type: 'pmc.publish-run-started', data: startData };
const published = (...ids: string[]) => ids.map((variant_id) => ({ variant_id, product_id: `prd:web:${variant_id}`, product_rev: 1 }));
const stepped = (pending_count: number, ...ids: string[]): PublishRunEvent => ({ type: 'pmc.publish-run-stepped', data: { run_id: 'run_1', published: published(...ids), pending_count } });
const completed: PublishRunEvent = { type: 'pmc.publish-run-completed', data: { run_id: 'run_1', published_count: 3 } };
const fold = (events: PublishRunEvent[]) => events.reduce(evolvePublishRun, initialPublishRunState());

describe('publish run decider', () => {
  it('starts with a snapshot of eligible variants, once', () => {
    given(decider, []).when({ kind: 'start', ...startData }).then([started]);
    given(decider, [started]).when({ kind: 'start', ...startData }).thenRejects('invalid-state', 'run-exists');
  });

  it('refuses a run with nothing eligible', () => {
    given(decider, []).when({ kind: 'start', ...startData, items: [] }).thenRejects('invalid-state', 'no-eligible-variants');
  });

  it('steps pending → running → completed', () => {
    given(decider, [started]).when({ kind: 'step', published: published('v1', 'v2') }).then([stepped(1, 'v1', 'v2')]);
    given(decider, [started]).when({ kind: 'step', published: published('v1') }).thenState((s) => expect(s.status).toBe('running'));
    given(decider, [started, stepped(1, 'v1', 'v2')]).when({ kind: 'step', published: published('v3') }).then([stepped(0, 'v3'), completed]);
  });

  it('ignores items already published (a retried step)', () => {
    given(decider, [started, stepped(1, 'v1', 'v2')]).when({ kind: 'step', published: published('v1', 'v2') }).then([]);
    given(decider, [started, stepped(1, 'v1', 'v2')]).when({ kind: 'step', published: published('v2', 'v3') }).then([stepped(0, 'v3'), completed]);
  });

  it('hands out the next batch in snapshot order', () => {
    expect(nextBatch(fold([started]), 2).map((i) => i.variant_id)).toEqual(['v1', 'v2']);
    expect(nextBatch(fold([started, stepped(1, 'v1', 'v2')]), 8).map((i) => i.variant_id)).toEqual(['v3']);
    expect(() => nextBatch(fold([started, stepped(0, 'v1', 'v2', 'v3'), completed]), 8)).toThrow('already completed');
  });

  it('cancels an open run only', () => {
    given(decider, [started]).when({ kind: 'cancel' }).then([{ type: 'pmc.publish-run-cancelled', data: { run_id: 'run_1', from: 'pending', pending_count: 3 } }]);
    given(decider, [started, stepped(2, 'v1')]).when({ kind: 'cancel' }).then([{ type: 'pmc.publish-run-cancelled', data: { run_id: 'run_1', from: 'running', pending_count: 2 } }]);
    given(decider, [started, stepped(0, 'v1', 'v2', 'v3'), completed]).when({ kind: 'cancel' }).thenRejects('invalid-state', 'run-completed');
    const cancelled: PublishRunEvent = { type: 'pmc.publish-run-cancelled', data: { run_id: 'run_1', from: 'pending', pending_count: 3 } };
    given(decider, [started, cancelled]).when({ kind: 'cancel' }).thenRejects('invalid-state', 'run-cancelled');
    given(decider, [started, cancelled]).when({ kind: 'step', published: published('v1') }).thenRejects('invalid-state', 'run-cancelled');
  });

  it('knows no run it has not started', () => {
    given(decider, []).when({ kind: 'cancel' }).thenRejects('not-found', 'publish-run-not-found');
  });
});
