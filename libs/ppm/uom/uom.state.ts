import type { UomEvent } from './uom.events';

export interface UomState {
  exists: boolean;
  org_guid: string;
  uom_code: string;
  caption: string;
  base_uom: string | null;
  factor: number;
}

export const initialUomState = (): UomState => ({ exists: false, org_guid: '', uom_code: '', caption: '', base_uom: null, factor: 1 });

export function evolveUom(state: UomState, event: UomEvent): UomState {
  switch (event.type) {
    case 'ppm.uom-created':
      return { ...event.data, exists: true };
    case 'ppm.uom-updated':
      return { ...state, ...event.data.changes };
  }
}
