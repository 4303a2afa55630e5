import { Inject, Injectable } from '@nestjs/common';
import { DomainError, notFound, RevisionConflictError, validationError } from '@g3n/es';
import { RequestContext, RUNTIME, Runtime, Writes } from '@g3n/platform';
import { bulkJobStream, parseContinuationToken } from '../job/bulk-files';
import { BulkJobCommand, bulkJobDecider } from '../job/bulk-job.decide';
import type { BulkPhase } from '../job/bulk-job.events';
import type { BulkJobState } from '../job/bulk-job.state';

export interface PinnedJob {
  state: BulkJobState;
  revision: number;
  stream: string;
}

/** Loading, pinning and recording steps of a bulk job: what the export and import steps share. */
@Injectable()
export class BulkJobs {
  constructor(@Inject(RUNTIME) readonly runtime: Runtime, private readonly writes: Writes) {}

  /**
   * The job the token names, at the revision the token pins (409 revision-mismatch when the job moved on, so a
   * retried or concurrent step is never done twice). Another org's job is as absent as a missing one.
   */
  async pinned(ctx: RequestContext, job_id: string, token: string): Promise<PinnedJob> {
    const parsed = parseContinuationToken(token);
    if (!parsed || parsed.job_id !== job_id) {
      throw validationError('invalid-continuation-token', 'continuation_token does not belong to this job.', { fields: [{ field: 'continuation_token', reason: 'not a token of this job' }] });
    }
    const stream = bulkJobStream(ctx.org_guid, job_id);
    const loaded = await this.runtime.commands.load(stream, bulkJobDecider);
    if (!loaded.state.exists) throw notFound('job-not-found', 'No such bulk job.');
    if (loaded.revision !== parsed.revision) throw new RevisionConflictError(stream, parsed.revision, loaded.revision);
    return { state: loaded.state, revision: loaded.revision, stream };
  }

  /** Runs the decider on a stand-in command first, so a step refused by the state machine does no work. */
  preflight(job: PinnedJob, command: BulkJobCommand): void {
    bulkJobDecider.decide(command, job.state);
  }

  async create(ctx: RequestContext, command: Extract<BulkJobCommand, { kind: 'create' }>, reason?: string): Promise<PinnedJob> {
    const stream = bulkJobStream(ctx.org_guid, command.job_id);
    const result = await this.writes.execute(ctx, { stream, decider: bulkJobDecider, command, reason: reason ?? `bulk ${command.direction}` });
    return { state: result.state, revision: result.revision, stream };
  }

  record(ctx: RequestContext, job: PinnedJob, command: BulkJobCommand, reason?: string) {
    return this.writes.execute(ctx, { stream: job.stream, decider: bulkJobDecider, command, expectedRevision: job.revision, reason: reason ?? `bulk ${command.kind}` });
  }

  async fail(ctx: RequestContext, job: PinnedJob, phase: BulkPhase, error: DomainError): Promise<void> {
    await this.record(ctx, job, { kind: 'fail', phase, minor: error.minor ?? error.tag, message: error.message });
  }

  /** Best effort: a blob a losing or failed step wrote is never referenced, so leaving it behind is harmless. */
  async discard(key: string | null): Promise<void> {
    if (key) await this.runtime.blobs.delete(key).catch(() => undefined);
  }
}
