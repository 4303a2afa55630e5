import type { ActiveStatus } from '../shared/status';
import type { TaxonomyDetails, TaxonomyEvent, TaxonomyKind } from './taxonomy.events';
import { TAXONOMY_KINDS, taxonomyIdField } from './taxonomy.events';

export interface TaxonomyState extends TaxonomyDetails {
  exists: boolean;
  kind: TaxonomyKind | null;
  id: string;
  org_guid: string;
  code: string;
  status: ActiveStatus;
}

export const initialTaxonomyState = (): TaxonomyState => ({ exists: false, kind: null, id: '', org_guid: '', code: '', caption: '', parent_id: null, status: 'active' });

export const taxonomyKindOf = (type: string): TaxonomyKind => TAXONOMY_KINDS.find((k) => type.startsWith(`pvm.${k}-`)) ?? 'category';

export function evolveTaxonomy(state: TaxonomyState, event: TaxonomyEvent): TaxonomyState {
  const kind = taxonomyKindOf(event.type);
  if (event.type.endsWith('-created')) {
    const d = (event as Extract<TaxonomyEvent, { data: { org_guid: string } }>).data;
    return { exists: true, kind, id: d[taxonomyIdField(kind)] ?? '', org_guid: d.org_guid, code: d.code, caption: d.caption, parent_id: d.parent_id, status: 'active' };
  }
  if (event.type.endsWith('-updated')) return { ...state, ...(event.data as { changes: Partial<TaxonomyDetails> }).changes };
  return { ...state, status: (event.data as { to: ActiveStatus }).to };
}
