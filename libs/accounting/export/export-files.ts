import { createHash } from 'crypto';
import type { BlobStore } from '@g3n/blobstore';
import type { EventLog, RecordedEvent } from '@g3n/eventlog';
import { scanOrgLog } from '../shared/log-scan';
import type { ExportCompletedData, ExportFile } from './export.events';
import type { ExportState } from './export.state';

const CSV_COLUMNS = ['position', 'event_id', 'type', 'stream', 'revision', 'occurred_at', 'actor', 'cccode', 'data'];

export const exportKey = (org_guid: string, export_id: string, name: string) => `accounting/${org_guid}/exports/${export_id}/${name}`;

const sha256 = (body: Buffer) => createHash('sha256').update(body).digest('hex');

function csvCell(value: unknown): string {
  const text = value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function line(e: RecordedEvent) {
  return { position: e.position, event_id: e.metadata.event_id, type: e.type, stream: e.stream, revision: e.revision, occurred_at: e.metadata.occurred_at, data: e.data, metadata: e.metadata };
}

/**
 * Scans the log for the export's events and writes `events.ndjson`, `events.csv` and `manifest.json` (counts by type,
 * sha256 of each file, log positions covered, window). Files are overwritten on a re-run, so a repair is harmless.
 */
export async function writeExportFiles(
  deps: { log: EventLog; blobs: BlobStore },
  x: ExportState & { typeFilter: string[] | undefined; through: number; attempt: number; created_at: string },
): Promise<ExportCompletedData> {
  const ndjson: string[] = [];
  const csv: string[] = [CSV_COLUMNS.join(',')];
  const counts: Record<string, number> = {};
  let first: number | null = null;
  let last: number | null = null;
  const scan = scanOrgLog(deps.log, { tenant: x.org_guid, typePrefixes: x.typeFilter, through: x.through, from: x.window_from, to: x.window_to });
  for await (const e of scan) {
    const l = line(e);
    ndjson.push(JSON.stringify(l));
    csv.push([l.position, l.event_id, l.type, l.stream, l.revision, l.occurred_at, e.metadata.actor, e.metadata.cccode, e.data].map(csvCell).join(','));
    counts[e.type] = (counts[e.type] ?? 0) + 1;
    first ??= e.position;
    last = e.position;
  }
  const put = async (name: string, body: Buffer, content_type: string): Promise<ExportFile> => {
    const key = exportKey(x.org_guid, x.export_id, name);
    await deps.blobs.put(key, body, { contentType: content_type });
    return { name, key, content_type, size: body.length, sha256: sha256(body) };
  };
  const files = [
    await put('events.ndjson', Buffer.from(ndjson.map((l) => `${l}\n`).join('')), 'application/x-ndjson'),
    await put('events.csv', Buffer.from(`${csv.join('\r\n')}\r\n`), 'text/csv'),
  ];
  const event_count = ndjson.length;
  const manifest = {
    export_id: x.export_id, org_guid: x.org_guid, export_kind: x.export_kind, window: { from: x.window_from, to: x.window_to },
    event_types: x.typeFilter ?? null, counts, event_count, first_position: first, last_position: last, scanned_through: x.through,
    files, attempt: x.attempt, created_at: x.created_at,
  };
  const manifestFile = await put('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2)), 'application/json');
  return { export_id: x.export_id, event_count, counts, first_position: first, last_position: last, scanned_through: x.through, files: [...files, manifestFile], manifest_sha256: manifestFile.sha256 };
}
