import { streamName } from '@g3n/eventlog';

/** One stream per aggregate instance, under the org (the tenant) so the org's log reads never scan another's. */
export const exportStream = (org_guid: string, export_id: string) => streamName(org_guid, 'accounting.export', export_id);
export const batchStream = (org_guid: string, batch_id: string) => streamName(org_guid, 'accounting.export-batch', batch_id);
export const scheduleStream = (org_guid: string, schedule_id: string) => streamName(org_guid, 'accounting.export-schedule', schedule_id);
export const usageStream = (org_guid: string, usage_id: string) => streamName(org_guid, 'accounting.usage', usage_id);
export const storageStream = (org_guid: string, storage_usage_id: string) => streamName(org_guid, 'accounting.storage-usage', storage_usage_id);
export const reconciliationStream = (org_guid: string, reconciliation_id: string) => streamName(org_guid, 'accounting.storage-reconciliation', reconciliation_id);
export const commentStream = (org_guid: string, comment_id: string) => streamName(org_guid, 'accounting.comment', comment_id);
export const inboxStream = (org_guid: string, inbox_id: string) => streamName(org_guid, 'accounting.inbox', inbox_id);
