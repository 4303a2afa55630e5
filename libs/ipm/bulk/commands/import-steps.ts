import { Injectable } from '@nestjs/common';
import { DomainError, invalidState } from '@g3n/es';
import type { RequestContext } from '@g3n/platform';
import { bulkKeys, bulkSettings, NDJSON, NdjsonLine, ndjsonLines, toNdjson } from '../job/bulk-files';
import type { ImportKind } from '../job/bulk-job.events';
import { importKinds, ParsedRow } from '../kinds/import-kinds';
import { RouteDispatcher } from '../kinds/route-dispatcher';
import { BulkJobs, PinnedJob } from './bulk-jobs';

/** One line of the report file: why a row was refused, in the route's own error tags. */
export interface RowReport {
  line: number;
  phase: 'validate' | 'commit';
  major: string;
  minor: string | null;
  message: string;
  fields: unknown[];
}

const report = (line: number, phase: RowReport['phase'], e: DomainError): RowReport => ({
  line, phase, major: e.tag, minor: e.minor ?? null, message: e.message, fields: Array.isArray(e.details.fields) ? e.details.fields : [],
});

/** A row refers to the job's org only: the org comes from the job, never from the file. */
const ORG_FIELDS = ['org_guid', 'orgcode'];

function parse(l: NdjsonLine): ParsedRow | DomainError {
  let body: unknown;
  try {
    body = JSON.parse(l.text);
  } catch {
    return new DomainError('validation-error', 'invalid-json', 'The line is not JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return new DomainError('validation-error', 'row-not-object', 'Each line must be a JSON object (the route\'s request body).');
  const org = ORG_FIELDS.filter((f) => f in body);
  if (org.length) return new DomainError('validation-error', 'org-field-not-allowed', 'Rows apply to the job\'s org.', { fields: org.map((field) => ({ field, reason: 'not allowed in a bulk row' })) });
  const refs = (body as { source_refs?: unknown }).source_refs;
  // The commit adds the job's own ref, and the route allows 20.
  if (Array.isArray(refs) && refs.length > 19) return new DomainError('validation-error', 'too-many-source-refs', 'A bulk row may carry at most 19 source_refs.', { fields: [{ field: 'source_refs', reason: 'at most 19 in a bulk row' }] });
  return { line: l.line, body: body as Record<string, unknown> };
}

/** Validate a chunk of the upload (dry run and real import alike), and commit valid rows through the owning route. */
@Injectable()
export class ImportSteps {
  constructor(private readonly jobs: BulkJobs, private readonly routes: RouteDispatcher) {}

  private async upload(job: PinnedJob) {
    const blob = await this.jobs.runtime.blobs.get(job.state.upload_key!);
    if (!blob) throw invalidState('upload-missing', 'Nothing is uploaded yet: PUT the NDJSON file to upload_url first.');
    return blob;
  }

  /** The previous report plus this step's rows, as a new file (the event names the file that is current). */
  private async writeReport(job: PinnedJob, rows: RowReport[]): Promise<string> {
    const previous = job.state.report_key ? (await this.jobs.runtime.blobs.get(job.state.report_key))?.body ?? Buffer.alloc(0) : Buffer.alloc(0);
    const key = bulkKeys.report(job.state.org_guid, job.state.job_id, this.jobs.runtime.ids.next('att'));
    await this.jobs.runtime.blobs.put(key, Buffer.concat([previous, toNdjson(rows)]), { contentType: NDJSON });
    return key;
  }

  private async finish(job: PinnedJob, key: string, record: () => Promise<unknown>): Promise<void> {
    try {
      await record();
    } catch (error) {
      await this.jobs.discard(key);
      throw error;
    }
    await this.jobs.discard(job.state.report_key);
  }

  async validate(ctx: RequestContext, job: PinnedJob): Promise<void> {
    const s = job.state;
    this.jobs.preflight(job, { kind: 'record-validation', line_cursor: 0, rows: 0, invalid_lines: [], report_key: null, upload_etag: '', done: false });
    const blob = await this.upload(job);
    if (s.upload_etag && blob.etag !== s.upload_etag) return this.jobs.fail(ctx, job, 'validate', invalidState('upload-changed', 'The upload changed after validation started; create a new import.'));
    const lines = ndjsonLines(blob.body);
    if (lines.length > bulkSettings().maxImportRows) return this.jobs.fail(ctx, job, 'validate', invalidState('upload-too-many-rows', `The upload has ${lines.length} rows; at most ${bulkSettings().maxImportRows} are allowed.`));
    const parsed = lines.map(parse);
    const file = parsed.filter((p): p is ParsedRow => !(p instanceof DomainError));
    const start = lines.findIndex((l) => l.line > s.validated_through);
    const chunk = start < 0 ? [] : lines.slice(start, start + s.chunk_rows).map((l, i) => ({ l, p: parsed[start + i] }));
    const kind = importKinds[s.kind as ImportKind];
    const refused: RowReport[] = [];
    for (const { l, p } of chunk) {
      const error = p instanceof DomainError ? p : await this.check(kind.route, p, () => kind.precheck(this.jobs.runtime, s.org_guid, p, file));
      if (error) refused.push(report(l.line, 'validate', error));
    }
    const key = await this.writeReport(job, refused);
    const last = chunk.length ? chunk[chunk.length - 1].l.line : s.validated_through;
    const done = start < 0 || start + s.chunk_rows >= lines.length;
    await this.finish(job, key, () => this.jobs.record(ctx, job, {
      kind: 'record-validation', line_cursor: last, rows: chunk.length, invalid_lines: refused.map((r) => r.line), report_key: key, upload_etag: blob.etag, done,
    }));
  }

  private async check(route: string, row: ParsedRow, precheck: () => Promise<DomainError | null>): Promise<DomainError | null> {
    try {
      await this.routes.validate(route, row.body);
    } catch (error) {
      if (error instanceof DomainError) return error;
      throw error;
    }
    return precheck();
  }

  async commit(ctx: RequestContext, job: PinnedJob): Promise<void> {
    const s = job.state;
    this.jobs.preflight(job, { kind: 'record-commit', line_cursor: 0, rows: 0, failed_lines: [], report_key: null, done: false });
    const kind = importKinds[s.kind as ImportKind];
    this.routes.assertAllowed(kind.route, ctx);
    const blob = await this.upload(job);
    if (blob.etag !== s.upload_etag) return this.jobs.fail(ctx, job, 'commit', invalidState('upload-changed', 'The upload changed after it was validated; create a new import.'));
    const invalid = new Set(s.invalid_lines);
    const pending = ndjsonLines(blob.body).filter((l) => l.line > s.committed_through && !invalid.has(l.line));
    const chunk = pending.slice(0, s.chunk_rows);
    const applied = await this.alreadyApplied(job, kind.eventType);
    const refused: RowReport[] = [];
    for (const l of chunk) {
      if (applied.has(rowRef(s.job_id, l.line))) continue;
      const row = JSON.parse(l.text) as Record<string, unknown>;
      const refs = Array.isArray(row.source_refs) ? row.source_refs : [];
      const body = { ...row, reason: row.reason ?? `bulk import ${s.job_id}`, source_refs: [...refs, { kind: 'ipm.bulk-job', id: rowRef(s.job_id, l.line) }] };
      try {
        await this.routes.dispatch(kind.route, body, ctx);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        refused.push(report(l.line, 'commit', error));
      }
    }
    const key = await this.writeReport(job, refused);
    const last = chunk.length ? chunk[chunk.length - 1].line : s.committed_through;
    await this.finish(job, key, () => this.jobs.record(ctx, job, {
      kind: 'record-commit', line_cursor: last, rows: chunk.length - refused.length, failed_lines: refused.map((r) => r.line), report_key: key, done: pending.length <= s.chunk_rows,
    }));
  }

  /**
   * Rows of this job the owning service already recorded since the job's last event: a commit step that crashed
   * (or whose record lost a race) after applying some rows skips them when retried. Read from the log itself.
   */
  private async alreadyApplied(job: PinnedJob, eventType: string): Promise<Set<string>> {
    const [last] = await this.jobs.runtime.log.readStream(job.stream, { direction: 'backwards', maxCount: 1 });
    const seen = new Set<string>();
    let after = last?.position ?? 0;
    for (;;) {
      const page = await this.jobs.runtime.log.readAll({ tenant: job.state.org_guid, typePrefixes: [eventType], after, limit: 1000 });
      for (const e of page.events) for (const ref of e.metadata.source_refs ?? []) if (ref.kind === 'ipm.bulk-job') seen.add(ref.id);
      if (page.atEnd || page.next <= after) return seen;
      after = page.next;
    }
  }
}

const rowRef = (job_id: string, line: number) => `${job_id}#${line}`;
