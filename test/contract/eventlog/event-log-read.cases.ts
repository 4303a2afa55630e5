/** Contract cases: reading one stream, and paging through the whole log with tenant and type filters. */
import { RecordedEvent } from '@g3n/eventlog';
import type { ContractCase } from './event-log.contract';
import { events, expectStrictlyIncreasing, newEvent, readTenant, streamOf, uniqueTenant } from './event-log-fixtures';

const revisions = (read: RecordedEvent[]): number[] => read.map((event) => event.revision);

export function readCases(contractCase: ContractCase): void {
  contractCase('readStream: forwards, backwards, fromRevision (inclusive), maxCount', async (log) => {
    const stream = streamOf(uniqueTenant());
    await log.append(stream, events(5));
    expect(revisions(await log.readStream(stream))).toEqual([0, 1, 2, 3, 4]);
    expect(revisions(await log.readStream(stream, { direction: 'backwards' }))).toEqual([4, 3, 2, 1, 0]);
    expect(revisions(await log.readStream(stream, { fromRevision: 2 }))).toEqual([2, 3, 4]);
    expect(revisions(await log.readStream(stream, { direction: 'backwards', fromRevision: 2 }))).toEqual([2, 1, 0]);
    expect(revisions(await log.readStream(stream, { maxCount: 2 }))).toEqual([0, 1]);
    expect(revisions(await log.readStream(stream, { direction: 'backwards', maxCount: 2 }))).toEqual([4, 3]);
    expect(revisions(await log.readStream(stream, { fromRevision: 1, maxCount: 3 }))).toEqual([1, 2, 3]);
    expect(await log.readStream(stream, { fromRevision: 5 })).toEqual([]);
  });

  contractCase('readStream of a missing stream is empty; its revision is -1', async (log) => {
    const stream = streamOf(uniqueTenant());
    expect(await log.readStream(stream)).toEqual([]);
    expect(await log.readStream(stream, { direction: 'backwards' })).toEqual([]);
    expect(await log.streamRevision(stream)).toBe(-1);
  });

  contractCase('readAll pages with small limits: next continues, atEnd marks the end', async (log) => {
    const tenant = uniqueTenant();
    const before = await log.headPosition();
    const stream = streamOf(tenant);
    await log.append(stream, events(7));
    const pages: RecordedEvent[][] = [];
    let after = before;
    for (let guard = 0; guard < 20; guard += 1) {
      const page = await log.readAll({ tenant, after, limit: 3 });
      expect(page.events.length).toBeLessThanOrEqual(3);
      expect(page.next).toBeGreaterThanOrEqual(after);
      if (page.events.length > 0) expect(page.next).toBeGreaterThanOrEqual(page.events[page.events.length - 1].position);
      pages.push(page.events);
      after = page.next;
      if (page.atEnd) break;
    }
    expect(pages.slice(0, 3).map((page) => page.length)).toEqual([3, 3, 1]);
    expect(revisions(pages.flat())).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const again = await log.readAll({ tenant, after, limit: 3 });
    expect(again).toMatchObject({ events: [], atEnd: true });
  });

  contractCase('readAll: limit is capped, a page never exceeds 10 000', async (log) => {
    const tenant = uniqueTenant();
    const before = await log.headPosition();
    await log.append(streamOf(tenant), events(3));
    const page = await log.readAll({ tenant, after: before, limit: 1_000_000 });
    expect(page.events).toHaveLength(3);
    expect(page.atEnd).toBe(true);
  });

  contractCase('readAll with a tenant filter: next may skip past what the filter passed over', async (log) => {
    const mine = uniqueTenant();
    const other = uniqueTenant();
    const before = await log.headPosition();
    const own = await log.append(streamOf(mine), events(2));
    const foreign = await log.append(streamOf(other), events(3));
    const page = await log.readAll({ tenant: mine, after: before });
    expect(page.events.map((event) => event.position)).toEqual(own.positions);
    expect(page.events.every((event) => event.tenant === mine)).toBe(true);
    expect(page.atEnd).toBe(true);
    expect(page.next).toBeGreaterThanOrEqual(own.position);
    expect((await log.readAll({ tenant: mine, after: page.next })).events).toEqual([]);
    expect((await log.readAll({ tenant: other, after: before })).events.map((event) => event.position)).toEqual(foreign.positions);
  });

  contractCase('readAll with type prefixes: events whose type starts with any prefix', async (log) => {
    // Types unique to this run, so an unscoped type filter on a shared server sees only these events.
    const service = `x${uniqueTenant('svc').replace(/_/g, '').toLowerCase()}`;
    const before = await log.headPosition();
    const stream = streamOf(uniqueTenant());
    await log.append(stream, [
      newEvent(`${service}.order-placed`), newEvent(`${service}.stock-adjusted`), newEvent(`${service}.order-cancelled`),
      newEvent(`${service}x.order-placed`), newEvent(`${service}.loyalty-earned`),
    ]);
    const read: RecordedEvent[] = [];
    let after = before;
    for (;;) {
      const page = await log.readAll({ typePrefixes: [`${service}.order-`, `${service}.loyalty`], after, limit: 2 });
      read.push(...page.events);
      after = page.next;
      if (page.atEnd) break;
    }
    expect(read.map((event) => event.type)).toEqual([
      `${service}.order-placed`, `${service}.order-cancelled`, `${service}.loyalty-earned`,
    ]);
    expectStrictlyIncreasing(read.map((event) => event.position));
  });

  contractCase('readAll with a tenant and type prefixes: both must match', async (log) => {
    const tenant = uniqueTenant();
    const other = uniqueTenant();
    const before = await log.headPosition();
    await log.append(streamOf(tenant), [newEvent('scm.order-placed'), newEvent('ics.stock-adjusted')]);
    await log.append(streamOf(other), [newEvent('scm.order-placed')]);
    await log.append(streamOf(tenant, 'crm.customer'), [newEvent('crm.loyalty-earned'), newEvent('scm.order-cancelled')]);
    const page = await log.readAll({ tenant, typePrefixes: ['scm.order-', 'crm.'], after: before });
    expect(page.events.map((event) => [event.tenant, event.type])).toEqual([
      [tenant, 'scm.order-placed'], [tenant, 'crm.loyalty-earned'], [tenant, 'scm.order-cancelled'],
    ]);
    expect(page.atEnd).toBe(true);
  });

  contractCase('three tenants: a tenant read returns exactly that tenant\'s events, in log order', async (log) => {
    const tenants = [uniqueTenant('a'), uniqueTenant('b'), uniqueTenant('c')];
    const before = await log.headPosition();
    const expected = new Map<string, number[]>(tenants.map((tenant) => [tenant, []]));
    for (let round = 0; round < 4; round += 1) {
      for (const tenant of tenants) {
        const result = await log.append(streamOf(tenant, 'scm.order', `o${round}`), events(2));
        expected.get(tenant)!.push(...result.positions);
      }
    }
    for (const tenant of tenants) {
      const read = await readTenant(log, tenant, before, 3);
      expect(read.map((event) => event.position)).toEqual(expected.get(tenant));
      expect(new Set(read.map((event) => event.tenant))).toEqual(new Set([tenant]));
    }
  });
}
