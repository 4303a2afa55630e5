import type { Doc } from '@g3n/docstore';
import type { ProjectionDefinition, ProjectionHandler } from '@g3n/es';

export const ICS_HOLDS = 'ics_holds';

/** A reservation, allocation or commit: where it sits now, and how it ended. */
export interface HoldDoc extends Doc {
  org_guid: string;
  hold_id: string;
  logical_guid: string;
  variant_id: string;
  stage: 'reserved' | 'allocated' | 'committed';
  status: 'open' | 'released' | 'expired' | 'shipped';
  qty: number;
  expires_at: string | null;
  source: Record<string, unknown>;
  /** The stock stream's revision at the hold's last change. */
  revision: number;
  created_at: string;
  updated_at: string;
}

export const holdDocId = (org_guid: string, hold_id: string) => `${org_guid}/${hold_id}`;

/**
 * Every movement that named a hold, in log order, for the stock card's `hold_id` filter (libs/ics/stock-card): the
 * stock it moved and that stream's revision, so the card reads those events from the log. Apart from the hold
 * document because a movement can name a hold that never opened (a refused order request) and that is no hold.
 * A hold id opened again after it ended keeps one list: the card lists every movement that named it.
 */
export const ICS_HOLD_MOVEMENTS = 'ics_hold_movements';

export interface HoldMovementsDoc extends Doc {
  org_guid: string;
  hold_id: string;
  movements: Array<{ logical_guid: string; variant_id: string; revision: number }>;
}

type HoldData = { logical_guid: string; variant_id: string; hold_id: string; qty: number; expires_at?: string | null; source: Record<string, unknown>; from_hold?: number };

function holdHandler(change: (doc: HoldDoc | null, d: HoldData) => Partial<HoldDoc> | null): ProjectionHandler {
  return (e, ctx) => {
    const d = e.data as HoldData;
    const org_guid = String(e.metadata.org_guid ?? e.tenant);
    const id = holdDocId(org_guid, d.hold_id);
    return ctx.update<HoldDoc>(ICS_HOLDS, id, (doc) => {
      const fields = change(doc, d);
      if (!fields) return undefined;
      const base = doc ?? {
        _id: id, org_guid, hold_id: d.hold_id, logical_guid: d.logical_guid, variant_id: d.variant_id, stage: 'reserved' as const, status: 'open' as const,
        qty: d.qty, expires_at: null, source: d.source, created_at: e.metadata.occurred_at,
      };
      return { ...base, ...fields, revision: e.revision, updated_at: e.metadata.occurred_at } as HoldDoc;
    });
  };
}

// A hold id may be opened again after it ended (a new reservation for the same order line): that restarts the doc.
const opened = (stage: HoldDoc['stage']) => holdHandler((doc, d) => ({
  ...(doc && doc.status !== 'open' ? { source: d.source } : {}),
  stage, status: 'open', qty: d.qty, expires_at: d.expires_at ?? null,
}));

const recordMovement: ProjectionHandler = (e, ctx) => {
  const d = e.data as Partial<HoldData>;
  if (!d.hold_id || !d.logical_guid || !d.variant_id) return;
  const org_guid = String(e.metadata.org_guid ?? e.tenant);
  const id = holdDocId(org_guid, d.hold_id);
  const movement = { logical_guid: d.logical_guid, variant_id: d.variant_id, revision: e.revision };
  return ctx.update<HoldMovementsDoc>(ICS_HOLD_MOVEMENTS, id, (doc) => ({ _id: id, org_guid, hold_id: d.hold_id as string, movements: doc ? [...doc.movements, movement] : [movement] }));
};

const andRecord = (handler: ProjectionHandler): ProjectionHandler => async (e, ctx) => {
  await handler(e, ctx);
  await recordMovement(e, ctx);
};

export const icsHoldsProjection: ProjectionDefinition = {
  name: 'ics.holds',
  // 2: the hold movements collection (the stock card's hold filter reads the log through it).
  version: 2,
  collections: [
    {
      name: ICS_HOLDS,
      indexes: [{ fields: ['org_guid', 'status', 'stage', 'expires_at'] }, { fields: ['org_guid', 'logical_guid', 'variant_id', 'status'] }],
    },
    { name: ICS_HOLD_MOVEMENTS },
  ],
  // Only the movement types that can name a hold: an adjustment, a receipt or a transition never does, and a
  // projection fed by them would be on every such write's read-your-writes wait for nothing.
  handlers: {
    'ics.stock-reserved': andRecord(opened('reserved')),
    'ics.stock-allocated': andRecord(opened('allocated')),
    'ics.stock-committed': andRecord(opened('committed')),
    'ics.stock-released': andRecord(holdHandler(() => ({ status: 'released' }))),
    'ics.stock-hold-expired': andRecord(holdHandler(() => ({ status: 'expired' }))),
    'ics.stock-shipped': andRecord(holdHandler((doc, d) => {
      if (!doc || doc.status !== 'open' || !d.from_hold) return null;
      const left = doc.qty - d.from_hold;
      return left > 0 ? { qty: left } : { status: 'shipped' };
    })),
    'ics.stock-request-refused': recordMovement,
  },
};
