import { openSqliteEventLog, streamName, type EventLog } from '@g3n/eventlog';
import { SharedPageReader } from './shared-page-reader';

const meta = (n: number) => ({ event_id: `e-${n}-${Math.random()}`, actor: 't', occurred_at: '2026-01-01T00:00:00.000Z', schema_version: 1 });

async function logWith(types: string[]): Promise<EventLog> {
  const log = openSqliteEventLog({ file: ':memory:' });
  let n = 0;
  for (const type of types) await log.append(streamName('org1', 'demo', `s${n}`), [{ type, data: { n }, metadata: meta(n++) }]);
  return log;
}

describe('SharedPageReader', () => {
  it('given a tail of mixed types, when live readers filter it, then each gets what its own filtered read would have', async () => {
    const log = await logWith(['ics.a', 'scm.b', 'ics.c', 'crm.d', 'ics.e']);
    const shared = new SharedPageReader(log);
    for (const options of [{ after: 1, typePrefixes: ['ics.'] }, { after: 1, typePrefixes: ['scm.', 'crm.'] }, { after: 1 }, { after: 0, typePrefixes: ['ics.'], limit: 2 }]) {
      const got = await shared.readAll(options);
      const want = await log.readAll(options);
      expect({ ...got, events: got.events.map((e) => e.position) }).toEqual({ ...want, events: want.events.map((e) => e.position) });
    }
    await log.close();
  });

  it('given one reader read the tail, when others ask from the same position, then the log is read once', async () => {
    const log = await logWith(['ics.a', 'scm.b']);
    const readAll = jest.spyOn(log, 'readAll');
    const shared = new SharedPageReader(log);
    await Promise.all([shared.readAll({ after: 0, typePrefixes: ['ics.'] }), shared.readAll({ after: 0, typePrefixes: ['scm.'] })]);
    expect(readAll).toHaveBeenCalledTimes(1);
    await log.close();
  });

  it('given a tail read at the end, when the log grows and the worker hears of the new head, then the tail is read again', async () => {
    const log = await logWith(['ics.a']);
    const shared = new SharedPageReader(log);
    expect((await shared.readAll({ after: 1 })).events).toHaveLength(0);
    const appended = await log.append(streamName('org1', 'demo', 'late'), [{ type: 'ics.b', data: {}, metadata: meta(9) }]);
    shared.noteHead(appended.position);
    const page = await shared.readAll({ after: 1 });
    expect(page.events.map((e) => e.type)).toEqual(['ics.b']);
    await log.close();
  });

  it('given a reader far behind the head, when it reads, then it gets its own filtered page, not a truncated tail', async () => {
    const log = await logWith(Array.from({ length: 20 }, (_, i) => (i % 2 ? 'ics.x' : 'scm.y')));
    const shared = new SharedPageReader(log, 4);
    const page = await shared.readAll({ after: 0, typePrefixes: ['ics.'], limit: 100 });
    expect(page.events).toHaveLength(10);
    expect(page.atEnd).toBe(true);
    await log.close();
  });

  it('given shared events, when a handler tries to change one, then it fails under test', async () => {
    const log = await logWith(['ics.a']);
    const page = await new SharedPageReader(log).readAll({ after: 0 });
    expect(() => {
      (page.events[0].data as { n: number }).n = 5;
    }).toThrow(TypeError);
    await log.close();
  });

  describe('events this process appended', () => {
    /** Appends one event, remembered and announced as the projection worker does with an append of its own. */
    async function appendHere(log: EventLog, shared: SharedPageReader, type: string, n: number): Promise<number> {
      const result = await log.append(streamName('org1', 'demo', `here${n}`), [{ type, data: { n }, metadata: meta(n) }]);
      shared.remember(result.recorded!());
      shared.noteHead(result.position);
      return result.position;
    }

    it('given every event to the head was appended here, when read, then the page comes from memory and equals the log read', async () => {
      const log = await logWith(['ics.a']);
      const shared = new SharedPageReader(log);
      for (let n = 1; n <= 3; n++) await appendHere(log, shared, n % 2 ? 'ics.x' : 'scm.y', n);
      const readAll = jest.spyOn(log, 'readAll');
      const options = [{ after: 1 }, { after: 1, typePrefixes: ['ics.'] }, { after: 2, limit: 1 }, { after: 4 }];
      const got = await Promise.all(options.map((o) => shared.readAll(o)));
      expect(readAll).not.toHaveBeenCalled();
      readAll.mockRestore();
      for (const [i, o] of options.entries()) expect(got[i]).toEqual(await log.readAll(o));
      await log.close();
    });

    it('given another process appended between, when read across the gap, then the log is read', async () => {
      const log = await logWith(['ics.a']);
      const shared = new SharedPageReader(log);
      await appendHere(log, shared, 'ics.x', 1);
      await log.append(streamName('org1', 'demo', 'elsewhere'), [{ type: 'ics.z', data: {}, metadata: meta(8) }]); // not remembered
      const last = await appendHere(log, shared, 'ics.x', 2);
      const readAll = jest.spyOn(log, 'readAll');
      const page = await shared.readAll({ after: 1 });
      expect(readAll).toHaveBeenCalled();
      expect(page.events.map((e) => e.type)).toEqual(['ics.x', 'ics.z', 'ics.x']);
      readAll.mockClear();
      expect((await shared.readAll({ after: last - 1 })).events.map((e) => e.position)).toEqual([last]); // past the gap: memory
      expect(readAll).not.toHaveBeenCalled();
      await log.close();
    });

    it('given the worker heard of a head past what was appended here, when read, then the log is read', async () => {
      const log = await logWith(['ics.a']);
      const shared = new SharedPageReader(log);
      await appendHere(log, shared, 'ics.x', 1);
      const foreign = await log.append(streamName('org1', 'demo', 'elsewhere'), [{ type: 'ics.z', data: {}, metadata: meta(8) }]);
      shared.noteHead(foreign.position);
      const page = await shared.readAll({ after: 1 });
      expect(page.events.map((e) => e.type)).toEqual(['ics.x', 'ics.z']);
      await log.close();
    });

    it('given remembered events, when a handler tries to change one, then it fails under test', async () => {
      const log = await logWith([]);
      const shared = new SharedPageReader(log);
      await appendHere(log, shared, 'ics.x', 1);
      const page = await shared.readAll({ after: 0 });
      expect(() => {
        (page.events[0].data as { n: number }).n = 5;
      }).toThrow(TypeError);
      await log.close();
    });
  });
});
