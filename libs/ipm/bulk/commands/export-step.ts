import { Injectable } from '@nestjs/common';
import { DomainError } from '@g3n/es';
import type { RequestContext } from '@g3n/platform';
import { bulkKeys, NDJSON, toNdjson } from '../job/bulk-files';
import { readExportChunk } from '../kinds/export-sources';
import { BulkJobs, PinnedJob } from './bulk-jobs';

/**
 * One export step: read the next chunk from the source, write it as the next NDJSON part, record the part and the
 * source cursor. The part file is written before the event; a step that loses the race deletes its file.
 */
@Injectable()
export class ExportStep {
  constructor(private readonly jobs: BulkJobs) {}

  async run(ctx: RequestContext, job: PinnedJob): Promise<void> {
    const s = job.state;
    this.jobs.preflight(job, { kind: 'record-export-part', part: null, cursor: null, done: false });
    const max = Math.min(s.chunk_rows, s.limit_rows === null ? s.chunk_rows : s.limit_rows - s.rows_exported);
    let chunk;
    try {
      chunk = max > 0 ? await readExportChunk(this.jobs.runtime, s, max) : { rows: [], cursor: null, done: true };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return this.jobs.fail(ctx, job, 'export', error);
    }
    const done = chunk.done || (s.limit_rows !== null && s.rows_exported + chunk.rows.length >= s.limit_rows);
    // The first part is always written (an empty export is an empty file); a later empty read just completes.
    if (chunk.rows.length === 0 && s.parts.length > 0) {
      await this.jobs.record(ctx, job, { kind: 'record-export-part', part: null, cursor: chunk.cursor, done: true });
      return;
    }
    const number = s.parts.length + 1;
    const key = bulkKeys.part(s.org_guid, s.job_id, number, this.jobs.runtime.ids.next('att'));
    const body = toNdjson(chunk.rows);
    const info = await this.jobs.runtime.blobs.put(key, body, { contentType: NDJSON });
    try {
      await this.jobs.record(ctx, job, { kind: 'record-export-part', part: { part: number, key, rows: chunk.rows.length, bytes: body.length, etag: info.etag }, cursor: done ? null : chunk.cursor, done });
    } catch (error) {
      await this.jobs.discard(key);
      throw error;
    }
  }
}
