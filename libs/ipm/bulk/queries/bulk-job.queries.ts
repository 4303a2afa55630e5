import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Filter, InvalidCursorError } from '@g3n/docstore';
import { notFound, validationError } from '@g3n/es';
import { RUNTIME, Runtime } from '@g3n/platform';
import { BulkJobDoc, IPM_BULK_JOBS } from '../../../../projections/ipm/bulk';
import { bulkSettings, NDJSON } from '../job/bulk-files';

const toJob = ({ _id, ...job }: BulkJobDoc) => job;

export interface BulkJobView {
  job: Omit<BulkJobDoc, '_id'>;
  download_url: string | null;
  report_url: string | null;
  upload_url: string | null;
  upload_headers: Record<string, string> | null;
  urls_expire_at: string | null;
}

/**
 * One job of the org with fresh presigned URLs: the export part asked for (default the latest), the report, and
 * while the import waits for its file, the upload. URLs are signed per read and never stored.
 */
export class GetBulkJobQuery {
  constructor(readonly orgGuid: string, readonly jobId: string, readonly part?: number) {}
}

@QueryHandler(GetBulkJobQuery)
export class GetBulkJobHandler implements IQueryHandler<GetBulkJobQuery, BulkJobView> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(q: GetBulkJobQuery): Promise<BulkJobView> {
    const doc = await this.runtime.readModels.collection<BulkJobDoc>(IPM_BULK_JOBS).get(q.jobId);
    if (!doc || doc.org_guid !== q.orgGuid) throw notFound('job-not-found', 'No such bulk job.');
    const part = q.part === undefined ? doc.parts[doc.parts.length - 1] : doc.parts.find((p) => p.part === q.part);
    if (q.part !== undefined && !part) throw notFound('part-not-found', `The job has no part ${q.part}.`);
    const options = { expiresInSeconds: bulkSettings().urlTtlSeconds };
    const [download, report, upload] = await Promise.all([
      part ? this.runtime.blobs.presignGet(part.key, options) : null,
      doc.report_key ? this.runtime.blobs.presignGet(doc.report_key, options) : null,
      doc.status === 'awaiting_upload' && doc.upload_key ? this.runtime.blobs.presignPut(doc.upload_key, { ...options, contentType: NDJSON }) : null,
    ]);
    return {
      job: toJob(doc), download_url: download?.url ?? null, report_url: report?.url ?? null, upload_url: upload?.url ?? null, upload_headers: upload?.headers ?? null,
      urls_expire_at: (download ?? report ?? upload)?.expires_at ?? null,
    };
  }
}

export class ListBulkJobsQuery {
  constructor(readonly orgGuid: string, readonly filter: { direction?: string; status?: string }, readonly limit = 50, readonly nextToken?: string) {}
}

/** The org's jobs, newest first. */
@QueryHandler(ListBulkJobsQuery)
export class ListBulkJobsHandler implements IQueryHandler<ListBulkJobsQuery, { items: unknown[]; next_token: string | null }> {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async execute(q: ListBulkJobsQuery) {
    const filter = Object.fromEntries(Object.entries({ ...q.filter, org_guid: q.orgGuid }).filter(([, v]) => v !== undefined)) as Filter;
    try {
      const page = await this.runtime.readModels.collection<BulkJobDoc>(IPM_BULK_JOBS).find(filter, { sort: [{ field: 'created_at', direction: 'desc' }], limit: q.limit, cursor: q.nextToken });
      return { items: page.items.map(toJob), next_token: page.next_cursor ?? null };
    } catch (error) {
      if (q.nextToken && error instanceof InvalidCursorError) {
        throw validationError('invalid-next-token', 'next_token does not belong to this list.', { fields: [{ field: 'next_token', reason: 'invalid' }] });
      }
      throw error;
    }
  }
}
