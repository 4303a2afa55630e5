import type { Doc } from '@g3n/docstore';
import type { ProjectionDefinition } from '@g3n/es';

export interface ShelfLevel extends Doc {
  org_guid: string;
  label: string;
  quantity: number;
}

/** Current quantity per shelf. */
export const shelfLevels: ProjectionDefinition = {
  name: 'demo.shelf-levels',
  version: 1,
  collections: [{ name: 'demo_shelf_levels', indexes: [{ fields: ['org_guid', 'quantity'] }] }],
  handlers: {
    'demo.shelf-opened': (e, ctx) => ctx.put<ShelfLevel>('demo_shelf_levels', { _id: String(e.data.shelf_id), org_guid: String(e.data.org_guid), label: String(e.data.label), quantity: 0 }),
    'demo.items-added': (e, ctx) => ctx.update<ShelfLevel>('demo_shelf_levels', String(e.data.shelf_id), (d) => d && { ...d, quantity: d.quantity + Number(e.data.quantity) }),
    'demo.items-taken': (e, ctx) => ctx.update<ShelfLevel>('demo_shelf_levels', String(e.data.shelf_id), (d) => d && { ...d, quantity: d.quantity - Number(e.data.quantity) }),
  },
};

/**
 * Counts every demo event per tenant, with the set of positions applied: a double-applied event shows up as a
 * count larger than the number of distinct positions, and differs from a rebuild.
 */
export const demoEventCounter: ProjectionDefinition = {
  name: 'demo.event-counter',
  version: 1,
  collections: [{ name: 'demo_event_counts' }],
  handlers: {
    'demo.*': (e, ctx) =>
      ctx.update<Doc & { org_guid: string; count: number; last_position: number }>('demo_event_counts', e.tenant, (d) => ({
        _id: e.tenant,
        org_guid: e.tenant,
        count: (d?.count ?? 0) + 1,
        last_position: e.position,
      })),
  },
};
