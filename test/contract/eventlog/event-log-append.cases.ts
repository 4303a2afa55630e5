/** Contract cases: appending, expected revisions, positions, concurrency, round-trips. */
import { NewEvent, WrongExpectedRevisionError } from '@g3n/eventlog';
import type { ContractCase } from './event-log.contract';
import { events, expectStrictlyIncreasing, newEvent, readTenant, streamOf, uniqueTenant } from './event-log-fixtures';

async function expectConflict(promise: Promise<unknown>, actual: number): Promise<void> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(WrongExpectedRevisionError);
  expect((error as WrongExpectedRevisionError).actual).toBe(actual);
}

export function appendCases(contractCase: ContractCase): void {
  contractCase('counts revisions from 0 and reports each event position', async (log) => {
    const stream = streamOf(uniqueTenant());
    const first = await log.append(stream, events(3));
    expect(first.nextRevision).toBe(2);
    expect(first.positions).toHaveLength(3);
    expectStrictlyIncreasing(first.positions);
    expect(first.position).toBe(first.positions[2]);
    const second = await log.append(stream, events(1), { expectedRevision: 2 });
    expect(second.nextRevision).toBe(3);
    expect(second.position).toBeGreaterThan(first.position);
    const stored = await log.readStream(stream);
    expect(stored.map((event) => event.revision)).toEqual([0, 1, 2, 3]);
    expect(stored.map((event) => event.position)).toEqual([...first.positions, second.position]);
  });

  contractCase("expected 'no_stream': creates a stream once, then conflicts with the actual revision", async (log) => {
    const stream = streamOf(uniqueTenant());
    await log.append(stream, events(2), { expectedRevision: 'no_stream' });
    await expectConflict(log.append(stream, events(1), { expectedRevision: 'no_stream' }), 1);
  });

  contractCase("expected 'stream_exists': conflicts on a new stream (actual -1), succeeds once it exists", async (log) => {
    const stream = streamOf(uniqueTenant());
    await expectConflict(log.append(stream, events(1), { expectedRevision: 'stream_exists' }), -1);
    await log.append(stream, events(1));
    const result = await log.append(stream, events(1), { expectedRevision: 'stream_exists' });
    expect(result.nextRevision).toBe(1);
  });

  contractCase("expected 'any' (and no option): appends whatever the stream's state", async (log) => {
    const stream = streamOf(uniqueTenant());
    expect((await log.append(stream, events(1), { expectedRevision: 'any' })).nextRevision).toBe(0);
    expect((await log.append(stream, events(1), { expectedRevision: 'any' })).nextRevision).toBe(1);
    expect((await log.append(stream, events(1))).nextRevision).toBe(2);
  });

  contractCase('expected revision number: succeeds when equal, conflicts with the actual revision otherwise', async (log) => {
    const stream = streamOf(uniqueTenant());
    await expectConflict(log.append(stream, events(1), { expectedRevision: 0 }), -1);
    await log.append(stream, events(2), { expectedRevision: 'no_stream' });
    await expectConflict(log.append(stream, events(1), { expectedRevision: 0 }), 1);
    await expectConflict(log.append(stream, events(1), { expectedRevision: 5 }), 1);
    expect((await log.append(stream, events(1), { expectedRevision: 1 })).nextRevision).toBe(2);
  });

  contractCase('a rejected append writes none of its events', async (log) => {
    const stream = streamOf(uniqueTenant());
    await log.append(stream, events(1));
    await expectConflict(log.append(stream, events(3), { expectedRevision: 7 }), 0);
    expect(await log.readStream(stream)).toHaveLength(1);
    expect(await log.streamRevision(stream)).toBe(0);
  });

  contractCase('refuses an empty append', async (log) => {
    await expect(log.append(streamOf(uniqueTenant()), [])).rejects.toThrow(/at least one event/);
  });

  contractCase('positions strictly increase across streams and equal readAll order', async (log) => {
    const tenant = uniqueTenant();
    const before = await log.headPosition();
    const streams = [streamOf(tenant), streamOf(tenant), streamOf(tenant)];
    const appended: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      for (const stream of streams) appended.push(...(await log.append(stream, events(round + 1))).positions);
    }
    expectStrictlyIncreasing(appended);
    expect(appended[0]).toBeGreaterThan(before);
    const read = await readTenant(log, tenant, before);
    expect(read.map((event) => event.position)).toEqual(appended);
    // The unfiltered log holds them in the same order (other writers' events may sit in between).
    const mine = new Set(appended);
    const unfiltered: number[] = [];
    let after = before;
    for (;;) {
      const page = await log.readAll({ after, limit: 7 });
      unfiltered.push(...page.events.map((event) => event.position).filter((position) => mine.has(position)));
      after = page.next;
      if (page.atEnd) break;
    }
    expect(unfiltered).toEqual(appended);
  });

  contractCase('concurrent appends expecting the same revision: exactly one wins', async (log) => {
    const stream = streamOf(uniqueTenant());
    await log.append(stream, events(1));
    const outcomes = await Promise.allSettled(
      Array.from({ length: 10 }, () => log.append(stream, events(1), { expectedRevision: 0 })),
    );
    const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const lost = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(9);
    for (const outcome of lost) {
      expect(outcome.reason).toBeInstanceOf(WrongExpectedRevisionError);
      expect((outcome.reason as WrongExpectedRevisionError).actual).toBe(1);
    }
    expect(await log.streamRevision(stream)).toBe(1);
  });

  contractCase('200 concurrent appends to different streams all land, each with its own position', async (log) => {
    const tenant = uniqueTenant();
    const before = await log.headPosition();
    const streams = Array.from({ length: 200 }, (_, index) => streamOf(tenant, 'ics.stock', `sku-${index}`));
    const results = await Promise.all(streams.map((stream) => log.append(stream, events(1), { expectedRevision: 'no_stream' })));
    const positions = results.map((result) => result.position);
    expect(new Set(positions).size).toBe(200);
    const read = await readTenant(log, tenant, before, 64);
    expect(read).toHaveLength(200);
    expect(new Set(read.map((event) => event.stream))).toEqual(new Set(streams));
    expect(read.map((event) => event.position)).toEqual([...positions].sort((a, b) => a - b));
  }, 60_000);

  contractCase('headPosition and streamRevision follow appends', async (log) => {
    const stream = streamOf(uniqueTenant());
    expect(await log.streamRevision(stream)).toBe(-1);
    const result = await log.append(stream, events(3));
    expect(await log.streamRevision(stream)).toBe(2);
    // Other writers may share the log (EventStoreDB), so the head is at least this append.
    expect(await log.headPosition()).toBeGreaterThanOrEqual(result.position);
  });

  contractCase('data and metadata round-trip exactly', async (log) => {
    const stream = streamOf(uniqueTenant());
    const event: NewEvent = {
      type: 'pvm.variant-updated',
      data: {
        name: 'Teñido «azul» 藍 🧵', price: { amount: 1999, currency: 'EUR' }, ratio: 0.125, negative: -42,
        tags: ['a', 'b', ''], nested: { deep: { deeper: [1, { x: null }] } }, flag: false, empty: {}, none: null,
      },
      metadata: {
        event_id: `evt_01HZX3${uniqueTenant('id')}`, // not a UUID on purpose
        org_guid: 'org_01HZX3', orgcode: 'ACME', actor: 'user:0f3c', request_id: 'req-1', trace_id: 'trace-1',
        reason: 'price change', source_refs: [{ kind: 'import', id: 'batch-7' }], cccode: 'EU',
        occurred_at: '2024-05-01T12:00:00.000Z', schema_version: 3, correlation_id: 'c-1', causation_id: 'c-0',
        custom_extra: { anything: ['goes'] },
      },
    };
    await log.append(stream, [event]);
    const [stored] = await log.readStream(stream);
    expect(stored.type).toBe(event.type);
    expect(stored.data).toEqual(event.data);
    expect(stored.metadata).toEqual(event.metadata);
    expect(stored.stream).toBe(stream);
    expect(stored.tenant).toBe(stream.split('/')[0]);
    expect(new Date(stored.recorded_at).toISOString()).toBe(stored.recorded_at);
    expect(Math.abs(Date.parse(stored.recorded_at) - Date.now())).toBeLessThan(60_000);
  });

  contractCase('appends carry unique event ids through the store', async (log) => {
    const stream = streamOf(uniqueTenant());
    const appended = [newEvent(), newEvent()];
    await log.append(stream, appended);
    const stored = await log.readStream(stream);
    expect(stored.map((event) => event.metadata.event_id)).toEqual(appended.map((event) => event.metadata.event_id));
  });
}
