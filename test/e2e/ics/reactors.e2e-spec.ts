import { randomUUID } from 'crypto';
import { streamName } from '@g3n/eventlog';
import { appendForeignEvent, eventually, useIcsWorld } from './support/ics-setup';

/** The ICS reactions to SCM stock requests and shipments and to PCM receipts, driven through the log. */
describe('ICS reactors: SCM stock requests, shipments, PCM receipts', () => {
  const { h, w } = useIcsWorld();

  const stock = async () => (await h.ok('/ics/stock/get', { logical_guid: w.logical_guid, variant_id: w.variant_id }, w.headers)).stock;
  const order = (order_id: string) => streamName(w.org_guid, 'scm.order', order_id);

  it('receives PCM receipts once, promises and ships an order line, and refuses what is not there', async () => {
    const receipt = { receipt_id: 'prc_1', po_id: 'po_1', logical_guid: w.logical_guid, lines: [{ po_line_id: 'pl1', variant_id: w.variant_id, qty: 6 }] };
    await appendForeignEvent(h, streamName(w.org_guid, 'pcm.po', 'po_1'), w.org_guid, 'pcm.receipt-recorded', receipt);
    await eventually(async () => expect(await stock()).toMatchObject({ on_hand: 6, available: 6 }));

    const order_id = `ord_${randomUUID().slice(0, 8)}`;
    const line = { line_id: 'l1', variant_id: w.variant_id, logical_guid: w.logical_guid, qty: 2 };
    const request = (action: string, request_id: string, lines = [line]) =>
      appendForeignEvent(h, order(order_id), w.org_guid, 'scm.order-stock-requested', { order_id, request_id, action, lines });
    await request('reserve', 'rq1');
    await eventually(async () => expect(await stock()).toMatchObject({ reserved: 2, available: 4 }));
    await request('allocate', 'rq2');
    await eventually(async () => expect(await stock()).toMatchObject({ reserved: 0, allocated: 2 }));
    await request('commit', 'rq3');
    await eventually(async () => expect(await stock()).toMatchObject({ allocated: 0, committed: 2 }));

    // A replayed receipt (same receipt line) and a replayed request (same request id) change nothing.
    await appendForeignEvent(h, streamName(w.org_guid, 'pcm.po', 'po_1'), w.org_guid, 'pcm.receipt-recorded', receipt);
    await request('commit', 'rq3');

    const shipped = { shipment_id: 'shp_1', order_id, logical_guid: w.logical_guid, lines: [{ line_id: 'l1', variant_id: w.variant_id, qty: 2 }] };
    await appendForeignEvent(h, order(order_id), w.org_guid, 'scm.shipment-shipped', shipped);
    await eventually(async () => expect(await stock()).toMatchObject({ on_hand: 4, committed: 0, available: 4 }));
    await appendForeignEvent(h, order(order_id), w.org_guid, 'scm.shipment-shipped', shipped);

    await request('reserve', 'rq4', [{ ...line, line_id: 'l2', qty: 50 }]);
    await eventually(async () => {
      const card = await h.ok('/ics/stock/card/list', { hold_id: `ord:${order_id}:l2` }, w.headers);
      expect(card.items).toEqual([expect.objectContaining({ movement: 'request-refused', deltas: {}, source: { kind: 'order', order_id, line_id: 'l2', request_id: 'rq4' } })]);
    });
    expect(await stock()).toMatchObject({ on_hand: 4, reserved: 0, allocated: 0, committed: 0, available: 4 });

    const card = await h.ok('/ics/stock/card/list', { logical_guid: w.logical_guid, variant_id: w.variant_id }, w.headers);
    expect(card.items.map((e: { movement: string }) => e.movement)).toEqual(['received', 'reserved', 'allocated', 'committed', 'shipped', 'request-refused']);
    expect(card.items[0].source).toEqual({ kind: 'pcm-receipt', receipt_id: 'prc_1', po_id: 'po_1', po_line_id: 'pl1' });
    const [reservedEvent] = (await h.runtime.log.readStream(streamName(w.org_guid, 'ics.stock', `${w.logical_guid}:${w.variant_id}`), { fromRevision: 1 }));
    expect(reservedEvent).toMatchObject({ type: 'ics.stock-reserved', data: { hold_id: `ord:${order_id}:l1`, qty: 2, source: { kind: 'order', order_id, line_id: 'l1', request_id: 'rq1' } } });
    expect(reservedEvent.metadata.actor).toBe('reactor:ics.fulfil-order-stock-requests');
  });
});
