import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { MajorTag } from '@g3n/es';
import { Ctx, Endpoint, RequestContext } from '@g3n/platform';
import {
  CommitBulkImportCommand, ContinueBulkExportCommand, ContinueBulkImportCommand, CreateBulkExportCommand, CreateBulkImportCommand,
} from '../commands/bulk.handlers';
import { BulkJobView, GetBulkJobQuery, ListBulkJobsQuery } from '../queries/bulk-job.queries';
import {
  BulkExportContinueRequest, BulkExportCreateRequest, BulkImportCommitRequest, BulkImportContinueRequest, BulkImportCreateRequest, BulkJob,
  BulkJobGetRequest, BulkJobListRequest,
} from './dto/bulk.dto';

const IPM = 'ipm';
const VIEW = ['ipm:view'];
const MANAGE = ['ipm:manage'];
const url = { type: 'string', nullable: true };
const links = { download_url: url, report_url: url, upload_url: url, upload_headers: { type: 'object', nullable: true }, urls_expire_at: url };
const response = { type: BulkJob, key: 'job', extra: links };
type Errors = Array<[MajorTag, string]>;
const STEP: Errors = [
  ['not-found', 'job-not-found'], ['validation-error', 'invalid-continuation-token'], ['invalid-state', 'job-completed'], ['invalid-state', 'job-failed'],
  ['conflict', 'revision-mismatch'],
];

@ApiTags(IPM)
@Controller(IPM)
export class BulkController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Endpoint({
    service: IPM, call: 'bulk/export/create', kind: 'write', permissions: MANAGE, request: BulkExportCreateRequest, response,
    summary: 'Export the org\'s events (from the log) or a read model (crm.customers, ics.stock-levels) as NDJSON parts; writes the first part now, the rest with bulk/export/continue.',
    errors: [['validation-error', 'filter-not-supported'], ['forbidden', 'missing-permission'], ['invalid-state', 'export-cursor-expired']],
  })
  async exportCreate(@Body() body: BulkExportCreateRequest, @Ctx() ctx: RequestContext) {
    return this.view(ctx, await this.commands.execute<CreateBulkExportCommand, string>(new CreateBulkExportCommand(ctx, body)));
  }

  @Endpoint({ service: IPM, call: 'bulk/export/continue', kind: 'write', permissions: MANAGE, request: BulkExportContinueRequest, response, summary: 'Write the next NDJSON part of an export (completes the job when the source is exhausted).', errors: [...STEP, ['invalid-state', 'not-an-export']] })
  async exportContinue(@Body() body: BulkExportContinueRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new ContinueBulkExportCommand(ctx, body));
    return this.view(ctx, body.job_id);
  }

  @Endpoint({
    service: IPM, call: 'bulk/import/create', kind: 'write', permissions: MANAGE, request: BulkImportCreateRequest, response,
    summary: 'Create an import (crm.customers, ics.adjustments; optionally a dry run): answers upload_url, a presigned PUT for the NDJSON file (one route request body per line).',
    errors: [['forbidden', 'missing-permission']],
  })
  async importCreate(@Body() body: BulkImportCreateRequest, @Ctx() ctx: RequestContext) {
    return this.view(ctx, await this.commands.execute<CreateBulkImportCommand, string>(new CreateBulkImportCommand(ctx, body)));
  }

  @Endpoint({
    service: IPM, call: 'bulk/import/continue', kind: 'write', permissions: MANAGE, request: BulkImportContinueRequest, response,
    summary: 'Validate the next chunk of the uploaded rows with the owning route\'s rules; refused rows go to the report (report_url). A dry run completes after the last chunk.',
    errors: [...STEP, ['invalid-state', 'not-an-import'], ['invalid-state', 'upload-missing'], ['invalid-state', 'validation-complete']],
  })
  async importContinue(@Body() body: BulkImportContinueRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new ContinueBulkImportCommand(ctx, body));
    return this.view(ctx, body.job_id);
  }

  @Endpoint({
    service: IPM, call: 'bulk/import/commit', kind: 'write', permissions: MANAGE, request: BulkImportCommitRequest, response,
    summary: 'Apply the next chunk of valid rows through the owning service\'s route (as the caller); rows it refuses go to the report. Completes after the last chunk.',
    errors: [...STEP, ['invalid-state', 'not-an-import'], ['invalid-state', 'dry-run'], ['invalid-state', 'not-validated'], ['invalid-state', 'upload-missing'], ['forbidden', 'missing-permission']],
  })
  async importCommit(@Body() body: BulkImportCommitRequest, @Ctx() ctx: RequestContext) {
    await this.commands.execute(new CommitBulkImportCommand(ctx, body));
    return this.view(ctx, body.job_id);
  }

  @Endpoint({ service: IPM, call: 'bulk/job/get', kind: 'read', permissions: VIEW, request: BulkJobGetRequest, response, summary: 'A bulk job with fresh presigned URLs: download_url (an export part), report_url (import row errors), upload_url (while awaiting the upload).', errors: [['not-found', 'job-not-found'], ['not-found', 'part-not-found']] })
  get(@Body() body: BulkJobGetRequest, @Ctx() ctx: RequestContext): Promise<BulkJobView> {
    return this.queries.execute(new GetBulkJobQuery(ctx.org_guid, body.job_id, body.part));
  }

  @Endpoint({ service: IPM, call: 'bulk/job/list', kind: 'read', permissions: VIEW, request: BulkJobListRequest, response: { type: BulkJob, list: true }, summary: 'The org\'s bulk jobs, newest first; filter by direction and status.' })
  list(@Body() body: BulkJobListRequest, @Ctx() ctx: RequestContext) {
    return this.queries.execute(new ListBulkJobsQuery(ctx.org_guid, { direction: body.direction, status: body.status }, body.limit, body.next_token));
  }

  private view(ctx: RequestContext, job_id: string): Promise<BulkJobView> {
    return this.queries.execute(new GetBulkJobQuery(ctx.org_guid, job_id));
  }
}
