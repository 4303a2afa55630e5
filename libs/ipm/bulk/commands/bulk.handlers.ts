import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError, validationError } from '@g3n/es';
import { allows, RequestContext } from '@g3n/platform';
import type { BulkExportCreateRequest, BulkImportCreateRequest, BulkStepRequest } from '../api/dto/bulk.dto';
import { bulkKeys, bulkSettings } from '../job/bulk-files';
import type { BulkFilters } from '../job/bulk-job.events';
import { exportPermission } from '../kinds/export-sources';
import { importKinds } from '../kinds/import-kinds';
import { RouteDispatcher } from '../kinds/route-dispatcher';
import { BulkJobs } from './bulk-jobs';
import { ExportStep } from './export-step';
import { ImportSteps } from './import-steps';

/** Filters apply to one kind each: a filter the kind cannot honour is refused rather than silently ignored. */
function exportFilters(r: BulkExportCreateRequest): BulkFilters {
  const wrong = [
    ...(r.filters && r.kind !== 'events' ? ['filters'] : []),
    ...(r.logical_guid !== undefined && r.kind !== 'ics.stock-levels' ? ['logical_guid'] : []),
    ...(r.variant_id !== undefined && r.kind !== 'ics.stock-levels' ? ['variant_id'] : []),
  ];
  if (wrong.length) throw validationError('filter-not-supported', `Kind ${r.kind} does not take ${wrong.join(', ')}.`, { fields: wrong.map((field) => ({ field, reason: `not a filter of ${r.kind}` })) });
  if (r.kind === 'events') return r.filters ? { events: r.filters.map((f) => ({ service: f.service, action_prefix: f.action_prefix ?? null })) } : {};
  return r.kind === 'ics.stock-levels' ? { ...(r.logical_guid ? { logical_guid: r.logical_guid } : {}), ...(r.variant_id ? { variant_id: r.variant_id } : {}) } : {};
}

export class CreateBulkExportCommand {
  constructor(readonly ctx: RequestContext, readonly request: BulkExportCreateRequest) {}
}

/** Creates the export and writes its first part at once (a small export completes in this one call). */
@CommandHandler(CreateBulkExportCommand)
export class CreateBulkExportHandler implements ICommandHandler<CreateBulkExportCommand, string> {
  constructor(private readonly jobs: BulkJobs, private readonly step: ExportStep) {}

  async execute({ ctx, request: r }: CreateBulkExportCommand): Promise<string> {
    const filters = exportFilters(r);
    const needed = exportPermission(r.kind);
    // A read-model export shows what the owning service's list shows: it needs that service's view permission too.
    if (needed && !allows(ctx.org!.permissions, ctx.org!.owner, [needed])) throw new DomainError('forbidden', 'missing-permission', `Exporting ${r.kind} needs ${needed}.`, { needs_one_of: [needed] });
    const runtime = this.jobs.runtime;
    const job_id = runtime.ids.next('bkj');
    const head_position = r.kind === 'events' ? await runtime.log.headPosition() : null;
    const job = await this.jobs.create(ctx, {
      kind: 'create', job_id, org_guid: ctx.org_guid, direction: 'export', job_kind: r.kind, dry_run: false, filters,
      limit_rows: r.limit_rows ?? null, chunk_rows: r.chunk_rows ?? bulkSettings().chunkRows, head_position, upload_key: null,
    }, r.reason);
    await this.step.run(ctx, job);
    return job_id;
  }
}

export class ContinueBulkExportCommand {
  constructor(readonly ctx: RequestContext, readonly request: BulkStepRequest) {}
}

@CommandHandler(ContinueBulkExportCommand)
export class ContinueBulkExportHandler implements ICommandHandler<ContinueBulkExportCommand, void> {
  constructor(private readonly jobs: BulkJobs, private readonly step: ExportStep) {}

  async execute({ ctx, request: r }: ContinueBulkExportCommand): Promise<void> {
    await this.step.run(ctx, await this.jobs.pinned(ctx, r.job_id, r.continuation_token));
  }
}

export class CreateBulkImportCommand {
  constructor(readonly ctx: RequestContext, readonly request: BulkImportCreateRequest) {}
}

/** Records the job with its upload key; the controller signs the upload URL (never recorded). */
@CommandHandler(CreateBulkImportCommand)
export class CreateBulkImportHandler implements ICommandHandler<CreateBulkImportCommand, string> {
  constructor(private readonly jobs: BulkJobs, private readonly routes: RouteDispatcher) {}

  async execute({ ctx, request: r }: CreateBulkImportCommand): Promise<string> {
    // Importing is writing through the owning service: the caller needs that route's permission, checked up front.
    this.routes.assertAllowed(importKinds[r.kind].route, ctx);
    const job_id = this.jobs.runtime.ids.next('bkj');
    await this.jobs.create(ctx, {
      kind: 'create', job_id, org_guid: ctx.org_guid, direction: 'import', job_kind: r.kind, dry_run: r.dry_run ?? false, filters: {},
      limit_rows: null, chunk_rows: r.chunk_rows ?? bulkSettings().chunkRows, head_position: null, upload_key: bulkKeys.upload(ctx.org_guid, job_id),
    }, r.reason);
    return job_id;
  }
}

export class ContinueBulkImportCommand {
  constructor(readonly ctx: RequestContext, readonly request: BulkStepRequest) {}
}

@CommandHandler(ContinueBulkImportCommand)
export class ContinueBulkImportHandler implements ICommandHandler<ContinueBulkImportCommand, void> {
  constructor(private readonly jobs: BulkJobs, private readonly steps: ImportSteps) {}

  async execute({ ctx, request: r }: ContinueBulkImportCommand): Promise<void> {
    await this.steps.validate(ctx, await this.jobs.pinned(ctx, r.job_id, r.continuation_token));
  }
}

export class CommitBulkImportCommand {
  constructor(readonly ctx: RequestContext, readonly request: BulkStepRequest) {}
}

@CommandHandler(CommitBulkImportCommand)
export class CommitBulkImportHandler implements ICommandHandler<CommitBulkImportCommand, void> {
  constructor(private readonly jobs: BulkJobs, private readonly steps: ImportSteps) {}

  async execute({ ctx, request: r }: CommitBulkImportCommand): Promise<void> {
    await this.steps.commit(ctx, await this.jobs.pinned(ctx, r.job_id, r.continuation_token));
  }
}
