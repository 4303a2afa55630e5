import { RequestContext, Writes } from '@g3n/platform';
import { ICS_STOCK_LEVELS } from '../../../projections/ics/stock-levels.projection';
import { receiveReceiptLine } from '../../../libs/ics/reactors/ics-receipt.reactor';
import { createSellableVariant } from '../../support/fixtures/catalog';
import { useIcsWorld } from './support/ics-setup';

/**
 * /ics/receive/record receives its lines itself, and a reactor does the same for crash repair. When the reactor gets
 * there first, the handler's own line write appends nothing: it must still answer only once the read models have the
 * reactor's events (found flaky under a loaded full run: the stock list missed a line).
 */
describe('ICS receipt lines already received by the reactor', () => {
  const { h, w } = useIcsWorld();

  it('given the reactor received a line, when the handler writes the same line (a no-op), then the stock is readable at once', async () => {
    const { variant_id } = await createSellableVariant(h, w.headers);
    const target = receiveReceiptLine(w.org_guid, 'rcv_reactor_first', w.logical_guid, { line_id: '1', variant_id, qty: 3 });
    // The reactor's write, as another process (a separate worker) makes it: in the log, not announced in this one.
    const decided = target.decider.decide(target.command, target.decider.initialState());
    await h.runtime.log.inner.append(target.stream, decided.map((e) => ({
      type: e.type, data: e.data,
      metadata: { event_id: `evt_${Math.random()}`, actor: 'reactor:ics.complete-receipts', org_guid: w.org_guid, occurred_at: h.runtime.clock.now().toISOString(), schema_version: 1 },
    })), { expectedRevision: 'no_stream' });
    const ctx = new RequestContext('req-test', '0'.repeat(31) + '1', 'ics', 'receive/record');
    const result = await h.app.get(Writes).execute(ctx, target);
    expect(result.events).toEqual([]); // already received: nothing new to append

    const docs = await h.runtime.readModels.collection<{ _id: string; variant_id: string; on_hand: number }>(ICS_STOCK_LEVELS).find({ variant_id }, { limit: 5 });
    expect(docs.items.map((d) => d.on_hand)).toEqual([3]);
    expect(ctx.consistency).toBe('strong');
  });
});
