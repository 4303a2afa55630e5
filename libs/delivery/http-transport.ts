import type { Transport, TransportRequest, TransportResponse, TransportSpec } from './delivery.port';

/** Seconds from a Retry-After header (delta-seconds or an HTTP date), or undefined. */
export function parseRetryAfter(value: string | null | undefined, nowMs = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - nowMs) / 1000));
}

/**
 * POSTs the signed body with global fetch, aborting after the request's timeout (15 s by the engine). Redirects are
 * not followed (a 3xx is a failed delivery: the receiver must give its final URL). Retry-After is read on 429 and 503.
 */
export class HttpTransport implements Transport {
  readonly type = 'http' as const;

  async send(spec: TransportSpec, request: TransportRequest): Promise<TransportResponse> {
    if (spec.type !== 'http') throw new Error(`http transport cannot send to ${spec.type}`);
    const started = Date.now();
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), request.timeoutMs);
    try {
      const response = await fetch(spec.url, {
        method: 'POST', headers: { ...request.headers, 'user-agent': 'g3n-webhooks/1' }, body: request.body, signal: controller.signal, redirect: 'manual',
      });
      // Drain the body so the connection is released; its content is not kept (it could hold anything).
      await response.arrayBuffer().catch(() => undefined);
      const retry_after_s = response.status === 429 || response.status === 503 ? parseRetryAfter(response.headers.get('retry-after')) : undefined;
      return { status: response.status, retry_after_s, latency_ms: Date.now() - started, error: response.ok ? undefined : `HTTP ${response.status}` };
    } catch (error) {
      const aborted = controller.signal.aborted;
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      return { status: 0, latency_ms: Date.now() - started, error: aborted ? `timeout after ${request.timeoutMs} ms` : `network error${cause ? ` (${cause})` : ''}` };
    } finally {
      clearTimeout(timer);
    }
  }
}
