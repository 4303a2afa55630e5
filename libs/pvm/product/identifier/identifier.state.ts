import type { IdentifierEvent, IdentifierType } from './identifier.events';

/** One identifier (type + value) of the org: who holds it now, if anyone. */
export interface IdentifierState {
  exists: boolean;
  identifier_key: string;
  type: IdentifierType;
  value: string;
  variant_id: string | null;
  style_id: string | null;
}

export const initialIdentifierState = (): IdentifierState => ({ exists: false, identifier_key: '', type: 'sku', value: '', variant_id: null, style_id: null });

export function evolveIdentifier(state: IdentifierState, event: IdentifierEvent): IdentifierState {
  const { identifier_key, type, value } = event.data;
  switch (event.type) {
    case 'pvm.identifier-added':
      return { exists: true, identifier_key, type, value, variant_id: event.data.variant_id, style_id: event.data.style_id };
    case 'pvm.identifier-transferred':
      return { ...state, variant_id: event.data.to_variant_id, style_id: event.data.to_style_id };
    case 'pvm.identifier-released':
      return { ...state, variant_id: null, style_id: null };
  }
}
