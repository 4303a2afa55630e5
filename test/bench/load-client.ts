/**
 * The load generator of the API bench, run as its own process (so it never shares a CPU loop with the server):
 * autocannon against one loopback URL. argv[2] is a JSON LoadSpec; the last stdout line is a JSON LoadResult.
 *
 * - `adjust`: POST /ics/adjustment/create, qty_delta 1; each connection keeps to its own (facility, variant) stock
 *   stream, so every request appends a new event without revision conflicts between connections.
 * - `orders`: per connection, POST /scm/order/create then POST /scm/order/place with the revision create answered;
 *   a pair counts when the place answers 2xx.
 */
// autocannon ships no types; the few fields used are typed below.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<AutocannonResult>;

interface AutocannonResult {
  duration: number;
  '2xx': number;
  non2xx: number;
  errors: number;
  timeouts: number;
  latency: { p50: number; p99: number; average: number; max: number };
  requests: { average: number; total: number };
}

export interface Target {
  logical_guid: string;
  variant_id: string;
}

export interface LoadSpec {
  url: string;
  /** `read`: POST /ics/stock/get of the connection's stream (the write path's framework and guard, no command). */
  mode: 'adjust' | 'orders' | 'read';
  connections: number;
  /** Seconds; or `amount` requests in total. */
  duration?: number;
  amount?: number;
  headers: Record<string, string>;
  targets: Target[];
  order?: { logical_guid: string; channel_code: string; variant_id: string };
}

export interface LoadResult {
  seconds: number;
  ok: number;
  non2xx: number;
  errors: number;
  per_s: number;
  p50_ms: number;
  p99_ms: number;
  /** orders mode: placed pairs. */
  pairs?: number;
  pairs_per_s?: number;
}

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2]) as LoadSpec;
  const headers = { 'content-type': 'application/json', ...spec.headers };
  let nextTarget = 0;
  let pairs = 0;
  let firstFailure: string | undefined;
  const requests =
    spec.mode === 'adjust' || spec.mode === 'read'
      ? [
          {
            method: 'POST',
            path: spec.mode === 'adjust' ? '/ics/adjustment/create' : '/ics/stock/get',
            setupRequest(req: Record<string, unknown>, context: { target?: Target }) {
              context.target ??= spec.targets[nextTarget++ % spec.targets.length];
              const body = spec.mode === 'adjust' ? { ...context.target, qty_delta: 1, reason: 'bench' } : context.target;
              return { ...req, body: JSON.stringify(body) };
            },
            onResponse(status: number, body: string) {
              if (status >= 300 && !firstFailure) firstFailure = `${status} ${body.slice(0, 300)}`;
            },
          },
        ]
      : [
          {
            method: 'POST',
            path: '/scm/order/create',
            body: JSON.stringify({
              logical_guid: spec.order!.logical_guid,
              channel_code: spec.order!.channel_code,
              items: [{ variant_id: spec.order!.variant_id, qty: 1, unit_price_minor: 1999, currency: 'USD' }],
            }),
            onResponse(status: number, body: string, context: { order?: { order_id: string; revision: number } }) {
              context.order = undefined;
              if (status >= 300) {
                firstFailure ??= `create ${status} ${body.slice(0, 300)}`;
                return;
              }
              const order = JSON.parse(body).data.order;
              context.order = { order_id: order.order_id, revision: order.revision };
            },
          },
          {
            method: 'POST',
            path: '/scm/order/place',
            setupRequest(req: Record<string, unknown>, context: { order?: { order_id: string; revision: number } }) {
              // A failed create leaves nothing to place: send a request the API refuses (counted as non-2xx).
              const order = context.order ?? { order_id: 'missing', revision: 0 };
              return { ...req, body: JSON.stringify({ order_id: order.order_id, expected_revision: order.revision }) };
            },
            onResponse(status: number, body: string) {
              if (status < 300) pairs++;
              else firstFailure ??= `place ${status} ${body.slice(0, 300)}`;
            },
          },
        ];
  const result = await autocannon({
    url: spec.url,
    connections: spec.connections,
    pipelining: 1,
    ...(spec.amount ? { amount: spec.amount } : { duration: spec.duration ?? 5 }),
    timeout: 30,
    headers,
    requests,
  });
  const seconds = result.duration;
  const out: LoadResult = {
    seconds,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    per_s: Math.round(result['2xx'] / seconds),
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    ...(spec.mode === 'orders' ? { pairs, pairs_per_s: Math.round(pairs / seconds) } : {}),
  };
  if (firstFailure) process.stderr.write(`load-client: first failure: ${firstFailure}\n`);
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
