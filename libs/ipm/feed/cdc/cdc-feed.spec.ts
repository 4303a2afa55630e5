import type { ReadAllOptions, ReadAllPage, RecordedEvent } from '@g3n/eventlog';
import { readCdcPage } from './cdc-feed';

/** A log of one tenant with the filtering the port promises (tenant, type prefixes, after, limit). */
function fakeLog(types: string[], tenant = 'org1') {
  const events: RecordedEvent[] = types.map((type, i) => ({
    type, data: { i }, metadata: { event_id: `evt_${i + 1}`, actor: 'operator', occurred_at: '2026-01-01T00:00:00.000Z', schema_version: 1 },
    stream: `${tenant}/x.y/${i}`, revision: 0, position: (i + 1) * 10, tenant, recorded_at: '2026-01-01T00:00:00.000Z',
  }));
  return {
    async readAll(o: ReadAllOptions = {}): Promise<ReadAllPage> {
      const after = o.after ?? 0;
      const candidates = events.filter((e) => e.position > after && e.tenant === o.tenant);
      const matching = candidates.filter((e) => !o.typePrefixes || o.typePrefixes.some((p) => e.type.startsWith(p)));
      const page = matching.slice(0, o.limit ?? 100);
      const atEnd = page.length === matching.length;
      return { events: page, next: atEnd ? Math.max(after, candidates.at(-1)?.position ?? after) : page.at(-1)!.position, atEnd };
    },
  };
}

describe('readCdcPage', () => {
  const log = fakeLog(['crm.customer-created', 'scm.order-created', 'scm.order-placed', 'crm.customer-updated', 'scm.order-placed', 'ofm.team-created']);

  it('reads in log order and resumes exactly after the last position', async () => {
    const first = await readCdcPage({ log } as never, { org_guid: 'org1', after: 0, limit: 4 });
    expect(first.items.map((i) => i.position)).toEqual([10, 20, 30, 40]);
    expect(first.at_end).toBe(false);
    const rest = await readCdcPage({ log } as never, { org_guid: 'org1', after: first.next, limit: 4 });
    expect(rest.items.map((i) => i.position)).toEqual([50, 60]);
    expect(rest.at_end).toBe(true);
    expect(rest.items[0]).toMatchObject({ event_id: 'evt_5', service: 'scm', action: 'order-placed', stream: 'org1/x.y/4' });
  });

  it('with an action prefix alone, stops at the last match so no unread match is skipped', async () => {
    const first = await readCdcPage({ log } as never, { org_guid: 'org1', after: 0, limit: 1, action_prefix: 'order-placed' });
    expect(first.items.map((i) => i.position)).toEqual([30]);
    expect(first.next).toBe(30);
    const second = await readCdcPage({ log } as never, { org_guid: 'org1', after: first.next, limit: 1, action_prefix: 'order-placed' });
    expect(second.items.map((i) => i.position)).toEqual([50]);
    const done = await readCdcPage({ log } as never, { org_guid: 'org1', after: second.next, limit: 1, action_prefix: 'order-placed' });
    expect(done).toMatchObject({ items: [], next: 60, at_end: true });
  });

  it('with a service, lets the log filter and moves the cursor past what did not match', async () => {
    const page = await readCdcPage({ log } as never, { org_guid: 'org1', after: 0, limit: 10, service: 'crm' });
    expect(page.items.map((i) => i.type)).toEqual(['crm.customer-created', 'crm.customer-updated']);
    expect(page.next).toBe(60);
    expect(page.at_end).toBe(true);
  });

  it('reads nothing of another tenant', async () => {
    expect((await readCdcPage({ log } as never, { org_guid: 'org2', after: 0, limit: 10 })).items).toEqual([]);
  });
});
