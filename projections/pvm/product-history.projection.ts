import type { Doc } from '@g3n/docstore';
import type { ProjectionDefinition, ProjectionHandler } from '@g3n/es';
import type { RecordedEvent } from '@g3n/eventlog';
import { dataOf, PVM_PRODUCT_HISTORY } from './product-docs';

/**
 * One document per style, variant, barcode or identifier event: /pvm/history and /pvm/identifier/history read it.
 * `style_ids`/`variant_ids` are arrays so a transfer shows in the history of both variants.
 */
export interface HistoryDoc extends Doc {
  org_guid: string;
  position: number;
  event_id: string;
  type: string;
  record: 'style' | 'variant' | 'identifier';
  style_ids: string[];
  variant_ids: string[];
  identifier_key: string | null;
  stream_revision: number;
  data: Record<string, unknown>;
  actor: string | null;
  reason: string | null;
  occurred_at: string;
}

const unique = (values: unknown[]): string[] => [...new Set(values.filter((v): v is string => typeof v === 'string'))];

function entry(record: HistoryDoc['record']): ProjectionHandler {
  return (e: RecordedEvent, ctx) => {
    const d = dataOf(e);
    const meta = e.metadata as Record<string, unknown>;
    ctx.put<HistoryDoc>(PVM_PRODUCT_HISTORY, {
      _id: String(meta.event_id ?? `${e.stream}@${e.revision}`),
      org_guid: e.tenant,
      position: e.position,
      event_id: String(meta.event_id ?? ''),
      type: e.type,
      record,
      style_ids: unique([d.style_id, d.from_style_id, d.to_style_id]),
      variant_ids: unique([d.variant_id, d.from_variant_id, d.to_variant_id]),
      identifier_key: typeof d.identifier_key === 'string' ? d.identifier_key : null,
      stream_revision: e.revision,
      data: d,
      actor: typeof meta.actor === 'string' ? meta.actor : null,
      reason: typeof meta.reason === 'string' ? meta.reason : null,
      occurred_at: String(meta.occurred_at),
    });
  };
}

const STYLE = ['pvm.style-created', 'pvm.style-updated', 'pvm.style-status-changed'];
const VARIANT = ['pvm.variant-created', 'pvm.variant-updated', 'pvm.variant-status-changed', 'pvm.barcode-added', 'pvm.barcode-primary-set', 'pvm.barcode-status-changed'];
const IDENTIFIER = ['pvm.identifier-added', 'pvm.identifier-transferred', 'pvm.identifier-released'];

export const pvmProductHistoryProjection: ProjectionDefinition = {
  name: 'pvm.product-history',
  version: 1,
  collections: [{
    name: PVM_PRODUCT_HISTORY,
    indexes: [{ fields: ['org_guid', 'style_ids', 'position'] }, { fields: ['org_guid', 'variant_ids', 'position'] }, { fields: ['org_guid', 'identifier_key', 'position'] }],
  }],
  handlers: Object.fromEntries([
    ...STYLE.map((t) => [t, entry('style')]),
    ...VARIANT.map((t) => [t, entry('variant')]),
    ...IDENTIFIER.map((t) => [t, entry('identifier')]),
  ]),
};
