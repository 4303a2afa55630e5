import type { RecordedEvent } from '@g3n/eventlog';
import { defineEvent } from './event-definition';
import { EventRegistry } from './event-registry';
import { shelfEvents } from '../../../test/support/shelf/shelf.events';

/** A v1 `demo.items-added` as it was written before `qty` became `quantity` (a fixture of an old event). */
const v1Fixture: RecordedEvent = {
  type: 'demo.items-added',
  data: { org_guid: 'org1', shelf_id: 's1', qty: 4 },
  metadata: { event_id: 'evt_old', actor: 'operator', occurred_at: '2025-01-01T00:00:00.000Z', schema_version: 1 },
  stream: 'org1/demo.shelf/s1',
  revision: 1,
  position: 7,
  tenant: 'org1',
  recorded_at: '2025-01-01T00:00:00.000Z',
};

describe('event registry', () => {
  const registry = new EventRegistry().register(...shelfEvents);

  it('upcasts an old event to the current schema version', () => {
    const upcast = registry.upcast(v1Fixture);
    expect(upcast.data).toEqual({ org_guid: 'org1', shelf_id: 's1', quantity: 4 });
    expect(upcast.metadata.schema_version).toBe(2);
    expect(upcast.position).toBe(7);
  });

  it('leaves current events and unknown types alone', () => {
    const current = { ...v1Fixture, data: { quantity: 1 }, metadata: { ...v1Fixture.metadata, schema_version: 2 } };
    expect(registry.upcast(current)).toBe(current);
    const unknown = { ...v1Fixture, type: 'zzz.unknown-happened' };
    expect(registry.upcast(unknown)).toBe(unknown);
  });

  it('refuses a type registered twice', () => {
    expect(() => new EventRegistry().register(...shelfEvents, shelfEvents[0])).toThrow(/registered twice/);
  });

  it('validates definitions: type naming and a complete upcaster chain', () => {
    const base = { version: 1, description: 'x', schema: {}, stream: 's' };
    expect(() => defineEvent({ ...base, type: 'Demo.ItemsAdded' })).toThrow(/service/);
    expect(() => defineEvent({ ...base, type: 'demo.items-added', version: 3, upcasters: [{ fromVersion: 1, up: (d) => d }] })).toThrow(/upcaster/);
  });

  it('produces the catalog from the definitions', () => {
    expect(registry.catalog().map((c) => [c.type, c.service, c.action, c.version])).toEqual([
      ['demo.items-added', 'demo', 'items-added', 2],
      ['demo.items-taken', 'demo', 'items-taken', 1],
      ['demo.shelf-opened', 'demo', 'shelf-opened', 1],
    ]);
  });
});
