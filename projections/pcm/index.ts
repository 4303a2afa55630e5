import type { ProjectionDefinition } from '@g3n/es';
import { pcmInvoicesProjection } from './invoices.projection';
import { pcmPurchaseOrdersProjection } from './purchase-orders.projection';

export const pcmProjections: ProjectionDefinition[] = [pcmPurchaseOrdersProjection, pcmInvoicesProjection];
