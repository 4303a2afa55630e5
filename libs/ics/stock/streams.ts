import { streamName } from '@g3n/eventlog';

/** One stream per org × logical facility × variant: every movement of that stock is ordered on it. */
export const stockKey = (logical_guid: string, variant_id: string) => `${logical_guid}:${variant_id}`;
export const stockStream = (org_guid: string, logical_guid: string, variant_id: string) => streamName(org_guid, 'ics.stock', stockKey(logical_guid, variant_id));
export const receiptStream = (org_guid: string, receipt_id: string) => streamName(org_guid, 'ics.receipt', receipt_id);
/** One policy record per org. */
export const policyStream = (org_guid: string) => streamName(org_guid, 'ics.policy', 'stock');
/** The hold an SCM order line's stock lives under. */
export const orderHoldId = (order_id: string, line_id: string) => `ord:${order_id}:${line_id}`;
