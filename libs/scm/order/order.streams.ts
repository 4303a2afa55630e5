import { streamName } from '@g3n/eventlog';

/** One stream per order; its shipments, tenders, returns and refunds are recorded there too. */
export const orderStream = (org: string, orderId: string) => streamName(org, 'scm.order', orderId);
