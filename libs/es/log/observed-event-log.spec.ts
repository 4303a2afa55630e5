import { openSqliteEventLog, streamName } from '@g3n/eventlog';
import { EventRegistry } from '../events/event-registry';
import { ObservedEventLog } from './observed-event-log';

const meta = (n: number) => ({ event_id: `e-${n}-${Math.random()}`, actor: 't', occurred_at: '2026-01-01T00:00:00.000Z', schema_version: 1 });

describe('ObservedEventLog', () => {
  it('given only other types were appended here since a checkpoint, when a filtered read asks, then the log is not scanned and the answer is the log\'s', async () => {
    const inner = openSqliteEventLog({ file: ':memory:' });
    const log = new ObservedEventLog(inner, new EventRegistry());
    for (let n = 0; n < 5; n++) await log.append(streamName('org1', 'demo', `s${n}`), [{ type: 'ics.stock-adjusted', data: { n }, metadata: meta(n) }]);
    const scans = jest.spyOn(inner, 'readAll');
    const quiet = await log.readAll({ after: 2, typePrefixes: ['pvm.'], limit: 100 });
    expect(scans).not.toHaveBeenCalled();
    expect(quiet).toEqual(await inner.readAll({ after: 2, typePrefixes: ['pvm.'], limit: 100 }));
    scans.mockClear();
    expect((await log.readAll({ after: 2, typePrefixes: ['ics.'] })).events).toHaveLength(3); // its types: read
    expect(scans).toHaveBeenCalled();
    await log.close();
  });

  it('given another writer appended a matching event, when the filtered read asks, then the log is read and the event found', async () => {
    const inner = openSqliteEventLog({ file: ':memory:' });
    const log = new ObservedEventLog(inner, new EventRegistry());
    await log.append(streamName('org1', 'demo', 'a'), [{ type: 'ics.stock-adjusted', data: {}, metadata: meta(1) }]);
    await inner.append(streamName('org1', 'demo', 'b'), [{ type: 'pvm.style-created', data: {}, metadata: meta(2) }]); // not through `log`
    const page = await log.readAll({ after: 1, typePrefixes: ['pvm.'] });
    expect(page.events.map((e) => e.type)).toEqual(['pvm.style-created']);
    await log.close();
  });

  it('given events of the read\'s types were appended here, when the filtered read asks, then the log is read without a head lookup first', async () => {
    const inner = openSqliteEventLog({ file: ':memory:' });
    const log = new ObservedEventLog(inner, new EventRegistry());
    await log.append(streamName('org1', 'demo', 'a'), [{ type: 'ics.stock-adjusted', data: {}, metadata: meta(1) }]);
    const heads = jest.spyOn(inner, 'headPosition');
    expect((await log.readAll({ after: 0, typePrefixes: ['ics.'] })).events).toHaveLength(1);
    expect(heads).not.toHaveBeenCalled();
    await log.close();
  });
});
