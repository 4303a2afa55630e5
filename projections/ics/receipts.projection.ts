import type { Doc } from '@g3n/docstore';
import type { ProjectionDefinition } from '@g3n/es';

export const ICS_RECEIPTS = 'ics_receipts';

export interface ReceiptDoc extends Doc {
  receipt_id: string;
  org_guid: string;
  logical_guid: string;
  lines: Array<{ line_id: string; variant_id: string; qty: number }>;
  total_qty: number;
  status: 'recorded';
  reason: string | null;
  source_refs: Array<{ kind: string; id: string }>;
  revision: number;
  created_at: string;
  updated_at: string;
}

export const icsReceiptsProjection: ProjectionDefinition = {
  name: 'ics.receipts',
  version: 1,
  collections: [{ name: ICS_RECEIPTS, indexes: [{ fields: ['org_guid', 'created_at'] }, { fields: ['org_guid', 'logical_guid', 'created_at'] }] }],
  handlers: {
    'ics.receipt-recorded': (e, ctx) => {
      const d = e.data as Pick<ReceiptDoc, 'receipt_id' | 'org_guid' | 'logical_guid' | 'lines'>;
      ctx.put<ReceiptDoc>(ICS_RECEIPTS, {
        _id: d.receipt_id, receipt_id: d.receipt_id, org_guid: d.org_guid, logical_guid: d.logical_guid, lines: d.lines,
        total_qty: d.lines.reduce((sum, l) => sum + l.qty, 0), status: 'recorded',
        reason: (e.metadata.reason as string | undefined) ?? null,
        source_refs: (e.metadata.source_refs as ReceiptDoc['source_refs'] | undefined) ?? [],
        revision: e.revision, created_at: e.metadata.occurred_at, updated_at: e.metadata.occurred_at,
      });
    },
  },
};
