/**
 * The response envelope every service shares (shared/seeds/ipm-surface.txt "Example envelopes").
 */
import { buildInfo } from '../runtime/build-info';
import type { MajorTag } from '@g3n/es';
import type { EndpointOptions } from './endpoint.decorator';
import type { RequestContext } from './request-context';

export interface BuildStamp {
  build_major: string;
  build_minor: string;
  build_id: string;
}

export interface Stats {
  call: string;
  service: string;
  timestamp_utc: string;
  request_id: string;
  consistency?: 'strong' | 'pending';
}

export interface SuccessEnvelope<T = unknown> {
  success: true;
  data: T;
  build: BuildStamp;
  stats: Stats;
}

export interface ErrorBody {
  error_code: string;
  http_status: number;
  retryable: boolean;
  request_id: string;
  trace_id: string;
  major: { tag: MajorTag; message: { en_US: string } };
  minor?: { tag: string };
  details: Record<string, unknown>;
  conflict_snapshot?: { revision: number; [field: string]: unknown };
}

export interface ErrorEnvelope {
  success: false;
  error: ErrorBody;
  build: BuildStamp;
  stats: Stats;
}

let stamp: BuildStamp | undefined;

/** build_major is the package version, build_minor the first 10 characters of the commit. */
export function buildStamp(): BuildStamp {
  if (stamp) return stamp;
  const info = buildInfo();
  const minor = info.commit === 'unknown' ? '0000000000' : info.commit.slice(0, 10);
  stamp = { build_major: info.version, build_minor: minor, build_id: `${info.version}-${minor}` };
  return stamp;
}

export const HTTP_STATUS: Record<MajorTag, number> = {
  'validation-error': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  'expected-revision-required': 428,
  conflict: 409,
  'invalid-state': 409,
  throttled: 429,
  'internal-error': 500,
};

export const DEFAULT_MESSAGES: Record<MajorTag, string> = {
  'validation-error': 'The request is not valid.',
  unauthorized: 'A valid session or API key is required.',
  forbidden: 'The caller may not do this.',
  'not-found': 'Not found.',
  'expected-revision-required': 'This update needs expected_revision.',
  conflict: 'Expected revision does not match the current record.',
  'invalid-state': 'The record is not in a state that allows this.',
  throttled: 'Too many requests; retry after the delay in Retry-After.',
  'internal-error': 'An internal error occurred; it has been logged.',
};

/** `ofm` + `invitation-consumed` → `ofm.invitation_consumed`. */
export function errorCode(service: string, reason: string): string {
  return `${service}.${reason.replace(/-/g, '_')}`;
}

/** The success envelope of a G3N route's answer, with the request's stats. */
export function successEnvelope(endpoint: EndpointOptions, ctx: RequestContext, data: unknown): SuccessEnvelope {
  const stats: SuccessEnvelope['stats'] = { call: endpoint.call, service: endpoint.service, timestamp_utc: new Date().toISOString(), request_id: ctx.request_id };
  if (endpoint.kind === 'write') stats.consistency = ctx.consistency; // assigned, not spread: cheaper on Node 20
  return { success: true, data: data ?? {}, build: buildStamp(), stats };
}
