import { randomBytes, randomUUID } from 'crypto';

const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const TRACEPARENT = /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/;

/** Honours a well-formed incoming `x-request-id`; otherwise mints one. */
export function requestIdFrom(header: unknown): string {
  return typeof header === 'string' && SAFE_ID.test(header) ? header : `req-${randomUUID()}`;
}

/** The W3C `traceparent` trace id when present and valid (not all zeros); otherwise a new one. */
export function traceIdFrom(traceparent: unknown): string {
  if (typeof traceparent === 'string') {
    const match = TRACEPARENT.exec(traceparent.trim().toLowerCase());
    if (match && !/^0+$/.test(match[1])) return match[1];
  }
  return randomBytes(16).toString('hex');
}

/** `/ofm/org/create` → { service: 'ofm', call: 'org/create' }. */
export function routeParts(url: string): { service: string; call: string } {
  const path = url.split('?')[0].replace(/^\/+/, '');
  const slash = path.indexOf('/');
  if (slash < 0) return { service: path || 'platform', call: '' };
  return { service: path.slice(0, slash), call: path.slice(slash + 1) };
}
