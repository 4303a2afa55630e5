/** UC-ACC-002: export batch create (a window fails) → repair → status set; failures land in the inbox; audit comments. */
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';

describe('accounting export batches: UC-ACC-002', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness();
  });
  afterAll(() => h?.close());

  it('creates a batch over daily windows, repairs the failed exports, and enforces status transitions', async () => {
    const { headers } = await createOrg(h, await userWithSession(h, 'acc-batch@example.com'));
    const from = new Date(Date.now() - 2 * 86_400_000);
    from.setUTCHours(0, 0, 0, 0);
    const to = new Date(from.getTime() + 3 * 86_400_000);

    // The blob store refuses writes while the batch runs: every export fails, nothing is lost.
    const put = h.runtime.blobs.put.bind(h.runtime.blobs);
    h.runtime.blobs.put = async () => { throw new Error('blob store unavailable'); };
    let batch;
    try {
      batch = (await h.ok('/accounting/export/batch/create', { export_kind: 'events', every: 'daily', from: from.toISOString(), to: to.toISOString(), reason: 'month-end' }, headers)).batch;
    } finally {
      h.runtime.blobs.put = put;
    }
    expect(batch.windows).toHaveLength(3);
    expect(batch).toMatchObject({ status: 'open', progress: 'has-failures', exports: { failed: 3, completed: 0 } });
    const failed = await h.ok('/accounting/export/list', { batch_id: batch.batch_id, status: 'failed' }, headers);
    expect(failed.items).toHaveLength(3);
    expect(failed.items[0].last_error).toContain('blob store unavailable');
    const inbox = await h.ok('/accounting/inbox/list', { status: 'open' }, headers);
    expect(inbox.items.filter((i: { subject_kind: string }) => i.subject_kind === 'export')).toHaveLength(3);

    const repaired = await h.ok('/accounting/export/batch/repair', { batch_id: batch.batch_id, reason: 'blob store back' }, headers);
    expect(repaired.repaired_export_ids.sort()).toEqual(batch.windows.map((w: { export_id: string }) => w.export_id).sort());
    expect(repaired.batch).toMatchObject({ progress: 'completed', repairs: 1, exports: { completed: 3, failed: 0 } });
    const today = (await h.ok('/accounting/export/get', { export_id: batch.windows[2].export_id }, headers)).export;
    expect(today).toMatchObject({ status: 'completed', attempts: 2 });
    expect(today.event_count).toBeGreaterThan(0);
    expect((await h.ok('/accounting/export/batch/repair', { batch_id: batch.batch_id }, headers)).repaired_export_ids).toEqual([]);

    // Status: open → held (repairs refused) → open → closed (terminal).
    const held = (await h.ok('/accounting/export/batch/status/set', { batch_id: batch.batch_id, status: 'held', expected_revision: repaired.batch.revision }, headers)).batch;
    expect(held.status).toBe('held');
    expect((await h.post('/accounting/export/batch/repair', { batch_id: batch.batch_id }, headers)).body.error.minor.tag).toBe('batch-not-open');
    expect((await h.post('/accounting/export/batch/status/set', { batch_id: batch.batch_id, status: 'closed', expected_revision: 0 }, headers)).status).toBe(409);
    expect((await h.post('/accounting/export/batch/status/set', { batch_id: batch.batch_id, status: 'closed' }, headers)).status).toBe(428);
    const closed = (await h.ok('/accounting/export/batch/status/set', { batch_id: batch.batch_id, status: 'closed', expected_revision: held.revision }, headers)).batch;
    const reopen = await h.post('/accounting/export/batch/status/set', { batch_id: batch.batch_id, status: 'open', expected_revision: closed.revision }, headers);
    expect(reopen.status).toBe(409);
    expect(reopen.body.error.minor.tag).toBe('invalid-transition');
    expect((await h.ok('/accounting/export/batch/list', { status: 'closed' }, headers)).items.map((b: { batch_id: string }) => b.batch_id)).toEqual([batch.batch_id]);
    expect((await h.post('/accounting/export/batch/get', { batch_id: 'bat_missing' }, headers)).status).toBe(404);

    // The audit trail: a comment on the batch, resolved; the inbox task worked and archived.
    const comment = (await h.ok('/accounting/comment', { subject_kind: 'batch', subject_id: batch.batch_id, body: 'Re-ran after the blob outage.' }, headers)).comment;
    const revised = (await h.ok('/accounting/comment/revise', { comment_id: comment.comment_id, body: 'Re-ran after the blob outage; totals checked.', expected_revision: 0 }, headers)).comment;
    expect(revised).toMatchObject({ revisions: 1, revision: 1 });
    await h.ok('/accounting/comment/status', { comment_id: comment.comment_id, status: 'resolved', expected_revision: 1 }, headers);
    expect((await h.ok('/accounting/comment/get', { comment_id: comment.comment_id }, headers)).comment.status).toBe('resolved');
    expect((await h.ok('/accounting/comment/list', { subject_id: batch.batch_id }, headers)).items).toHaveLength(1);
    expect((await h.ok('/accounting/comment/report', {}, headers)).report).toMatchObject({ total: 1, by_status: { resolved: 1 }, by_subject_kind: { batch: 1 }, open_subjects: [] });
    const task = inbox.items[0];
    const started = (await h.ok('/accounting/inbox/status', { inbox_id: task.inbox_id, status: 'done', expected_revision: task.revision }, headers)).item;
    const archived = (await h.ok('/accounting/inbox/state', { inbox_id: task.inbox_id, state: 'archived', expected_revision: started.revision }, headers)).item;
    expect(archived).toMatchObject({ status: 'done', state: 'archived' });
    const manual = (await h.ok('/accounting/inbox/create', { title: 'Send January export to the ERP', priority: 'low' }, headers)).item;
    expect((await h.ok('/accounting/inbox/get', { inbox_id: manual.inbox_id }, headers)).item).toMatchObject({ status: 'open', state: 'unread', priority: 'low' });
  }, 60_000);
});
