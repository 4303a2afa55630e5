/**
 * The pure parts of the EventStoreDB adapter: position encoding, expected-revision mapping, event ids and
 * server filter selection. The adapter's behaviour against a real server is the contract suite's job.
 */
import { ANY, EVENT_TYPE, NO_STREAM, START, STREAM_EXISTS, STREAM_NAME } from '@eventstore/db-client';
import { serverFilterFor } from './esdb-filtered-read';
import { fromCurrentRevision, isSystemEvent, toClientExpectedRevision, toStoreEventId } from './esdb-mapping';
import { checkpointPosition, eventPosition, startPosition } from './esdb-positions';

describe('EventStoreDB positions', () => {
  it('uses the commit position when it equals the prepare position', () => {
    expect(eventPosition({ commit: 4_242n, prepare: 4_242n }, 's')).toBe(4_242);
  });

  it('refuses events of explicit transactions (commit != prepare) and missing positions', () => {
    expect(() => eventPosition({ commit: 900n, prepare: 700n }, 's')).toThrow(/explicit transaction/);
    expect(() => eventPosition(undefined, 's')).toThrow(/22\.6/);
    expect(() => eventPosition({ commit: 2n ** 60n, prepare: 2n ** 60n }, 's')).toThrow(RangeError);
  });

  it('takes the commit part of checkpoints, whose prepare part is often 0', () => {
    expect(checkpointPosition({ commit: 1_000n, prepare: 0n })).toBe(1_000);
  });

  it('starts from the beginning for 0, else from {n, n}', () => {
    expect(startPosition(0)).toBe(START);
    expect(startPosition(1_234)).toEqual({ commit: 1_234n, prepare: 1_234n });
  });
});

describe('EventStoreDB mapping', () => {
  it('maps expected revisions to the client constants', () => {
    expect(toClientExpectedRevision('any')).toBe(ANY);
    expect(toClientExpectedRevision('no_stream')).toBe(NO_STREAM);
    expect(toClientExpectedRevision('stream_exists')).toBe(STREAM_EXISTS);
    expect(toClientExpectedRevision(7)).toBe(7n);
    expect(toClientExpectedRevision(-1)).toBe(NO_STREAM);
    expect(fromCurrentRevision(NO_STREAM)).toBe(-1);
    expect(fromCurrentRevision(3n)).toBe(3);
  });

  it('keeps UUID event ids and derives a stable UUID from any other id', () => {
    const uuid = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(toStoreEventId(uuid)).toBe(uuid);
    const derived = toStoreEventId('evt_01HZX3K9Q0');
    expect(derived).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(toStoreEventId('evt_01HZX3K9Q0')).toBe(derived);
    expect(toStoreEventId('evt_01HZX3K9Q1')).not.toBe(derived);
  });

  it('treats $-streams and $-types as system events', () => {
    expect(isSystemEvent('$settings', 'x')).toBe(true);
    expect(isSystemEvent('org/scm.order/1', '$metadata')).toBe(true);
    expect(isSystemEvent('org/scm.order/1', 'scm.order-placed')).toBe(false);
  });

  it('filters a tenant by stream prefix on the server and its types on the client', () => {
    const both = serverFilterFor({ tenant: 'org_1', typePrefixes: ['scm.'] })!;
    expect(both.filter(() => undefined)).toMatchObject({ filterOn: STREAM_NAME, prefixes: ['org_1/'] });
    expect(both.clientTypePrefixes).toEqual(['scm.']);
    const types = serverFilterFor({ typePrefixes: ['scm.', 'ics.'] })!;
    expect(types.filter(() => undefined)).toMatchObject({ filterOn: EVENT_TYPE, prefixes: ['scm.', 'ics.'] });
    expect(types.clientTypePrefixes).toBeUndefined();
    expect(serverFilterFor({})).toBeUndefined();
    expect(serverFilterFor({ typePrefixes: [] })).toBeUndefined();
  });
});
