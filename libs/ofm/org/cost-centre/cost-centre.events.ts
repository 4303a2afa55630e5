// Cost centres: one stream each (`<org_guid>/ofm.cost-centre/<cc_guid>`); the code is claimed per org.
import { defineEvent, DomainEvent } from '@g3n/es';
import { bool, nullableStr, object, str } from '../shared/schema';

export type CostCentreStatus = 'active' | 'inactive';
type Ids = { org_guid: string; cc_guid: string };
export type CostCentreCreated = DomainEvent<'ofm.cost-centre-created', Ids & { code: string; caption: string; description: string | null; is_default: boolean }>;
export type CostCentreUpdated = DomainEvent<'ofm.cost-centre-updated', Ids & { caption?: string; description?: string | null }>;
export type CostCentreStatusSet = DomainEvent<'ofm.cost-centre-status-set', Ids & { from: CostCentreStatus; status: CostCentreStatus }>;
export type CostCentreEvent = CostCentreCreated | CostCentreUpdated | CostCentreStatusSet;

const stream = '<org_guid>/ofm.cost-centre/<cc_guid>';
const status = { type: 'string', enum: ['active', 'inactive'] };

export const costCentreEvents = [
  defineEvent({
    type: 'ofm.cost-centre-created', version: 1, stream, description: 'A cost centre was created (the org\'s DEFAULT one with the org).',
    schema: object({ org_guid: str, cc_guid: str, code: str, caption: str, description: nullableStr, is_default: bool }),
  }),
  defineEvent({
    type: 'ofm.cost-centre-updated', version: 1, stream, description: 'A cost centre\'s caption or description changed (only changed fields are present).',
    schema: object({ org_guid: str, cc_guid: str, caption: str, description: nullableStr }, ['org_guid', 'cc_guid']),
  }),
  defineEvent({
    type: 'ofm.cost-centre-status-set', version: 1, stream, description: 'A cost centre was deactivated or reactivated.',
    schema: object({ org_guid: str, cc_guid: str, from: status, status }),
  }),
];
