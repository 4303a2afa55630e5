import { defineEvent, DomainEvent } from '@g3n/es';

export interface ReceiptLine {
  line_id: string;
  variant_id: string;
  qty: number;
}

export type ReceiptRecorded = DomainEvent<'ics.receipt-recorded', { receipt_id: string; org_guid: string; logical_guid: string; lines: ReceiptLine[] }>;
export type ReceiptEvent = ReceiptRecorded;

export const receiptEvents = [
  defineEvent({
    type: 'ics.receipt-recorded',
    version: 1,
    description: 'Goods were received at a logical facility (ICS receiving). Each line is then received into its stock (`ics.stock-received` with source ics-receipt).',
    stream: '<org_guid>/ics.receipt/<receipt_id>',
    schema: {
      type: 'object',
      required: ['receipt_id', 'org_guid', 'logical_guid', 'lines'],
      properties: {
        receipt_id: { type: 'string' },
        org_guid: { type: 'string' },
        logical_guid: { type: 'string' },
        lines: {
          type: 'array',
          items: { type: 'object', required: ['line_id', 'variant_id', 'qty'], properties: { line_id: { type: 'string' }, variant_id: { type: 'string' }, qty: { type: 'integer', minimum: 1 } } },
        },
      },
    },
  }),
];
