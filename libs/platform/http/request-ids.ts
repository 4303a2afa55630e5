import { randomFillSync, randomUUID } from 'crypto';

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
  return randomHex16();
}

/**
 * 16 random bytes as hex, cut from a pool refilled 256 ids at a time: one randomBytes(16) call per request was 2 % of
 * the API's CPU under load (a syscall each), the same trick randomUUID uses internally.
 */
const pool = Buffer.alloc(16 * 256);
let poolOffset = pool.length;
function randomHex16(): string {
  if (poolOffset >= pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const id = pool.toString('hex', poolOffset, poolOffset + 16);
  poolOffset += 16;
  return /^0+$/.test(id) ? randomHex16() : id;
}

/** `/ofm/org/create` → { service: 'ofm', call: 'org/create' }. */
export function routeParts(url: string): { service: string; call: string } {
  const path = url.split('?')[0].replace(/^\/+/, '');
  const slash = path.indexOf('/');
  if (slash < 0) return { service: path || 'platform', call: '' };
  return { service: path.slice(0, slash), call: path.slice(slash + 1) };
}
