// PCM owns procurement: purchase orders, receipts against them (which drive ICS receiving) and three-way
// invoice matching with disputes. See docs/pcm.md.
import type { EventDefinition, ReactorDefinition } from '@g3n/es';
import { invoiceEvents } from './invoice/invoice.events';
import { poEvents } from './po/po.events';
import { invoiceClaimsReactor } from './reactors/invoice-claims.reactor';

export { PcmModule } from './pcm.module';
export const pcmEvents: EventDefinition[] = [...poEvents, ...invoiceEvents];
export const pcmReactors: ReactorDefinition[] = [invoiceClaimsReactor];
export type { ReceiptRecorded, ReceiptLine } from './po/po.events';
