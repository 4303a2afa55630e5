import { streamName } from '@g3n/eventlog';

export const bulkJobStream = (org_guid: string, job_id: string) => streamName(org_guid, 'ipm.bulk-job', job_id);

/** Every file of a job lives under the org's prefix; `attempt` keeps a losing concurrent step from overwriting the winner's file. */
export const bulkKeys = {
  upload: (org: string, job: string) => `${org}/ipm/bulk/${job}/upload.ndjson`,
  part: (org: string, job: string, part: number, attempt: string) => `${org}/ipm/bulk/${job}/part-${String(part).padStart(5, '0')}.${attempt}.ndjson`,
  report: (org: string, job: string, attempt: string) => `${org}/ipm/bulk/${job}/report.${attempt}.ndjson`,
};

export const NDJSON = 'application/x-ndjson';

/**
 * The continuation token pins a job to the revision the caller last saw: `/continue` and `/commit` with an older
 * token answer 409 revision-mismatch instead of doing a step twice. Opaque to clients.
 */
export function continuationToken(job_id: string, revision: number): string {
  return `bk1.${Buffer.from(JSON.stringify([job_id, revision])).toString('base64url')}`;
}

export function parseContinuationToken(token: string): { job_id: string; revision: number } | null {
  if (!token.startsWith('bk1.')) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token.slice(4), 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || typeof parsed[0] !== 'string' || !Number.isInteger(parsed[1])) return null;
    return { job_id: parsed[0], revision: parsed[1] as number };
  } catch {
    return null;
  }
}

/** Settings read from the environment (documented in docs/ipm.md; the lead may move them into G3nConfig). */
export function bulkSettings(env: Record<string, string | undefined> = process.env) {
  const int = (name: string, fallback: number, min: number, max: number) => {
    const n = Number(env[name]);
    return env[name] !== undefined && Number.isInteger(n) && n >= min && n <= max ? n : fallback;
  };
  return {
    /** Rows per export part / per validate or commit step, when the request does not say. */
    chunkRows: int('G3N_BULK_CHUNK_ROWS', 1000, 1, 10_000),
    /** Lifetime of upload, download and report URLs. */
    urlTtlSeconds: int('G3N_BULK_URL_TTL_S', 900, 1, 604_800),
    /** Largest import: more non-blank lines fail the job (upload-too-many-rows). */
    maxImportRows: int('G3N_BULK_MAX_ROWS', 100_000, 1, 10_000_000),
  };
}

export interface NdjsonLine {
  line: number;
  text: string;
}

/** Non-blank lines of an NDJSON body with their 1-based line numbers (CRLF tolerated). */
export function ndjsonLines(body: Buffer): NdjsonLine[] {
  const out: NdjsonLine[] = [];
  body.toString('utf8').split('\n').forEach((raw, i) => {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text.trim() !== '') out.push({ line: i + 1, text });
  });
  return out;
}

export const toNdjson = (rows: unknown[]): Buffer => Buffer.from(rows.map((r) => `${JSON.stringify(r)}\n`).join(''), 'utf8');
