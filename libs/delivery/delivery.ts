import type { RecordedEvent } from '@g3n/eventlog';
import type { Runtime } from '@g3n/platform';
import type { DeliveryAttempt, DeliveryReason, DeliveryTarget, EventFilter, Transport, TransportResponse } from './delivery.port';
import { HttpTransport } from './http-transport';
import { SecretVault } from './secret-vault';
import { standardWebhookHeaders } from './signing';

/** Every attempt, live, retried, replayed or direct, newest looked up per target. */
export const DELIVERY_ATTEMPTS = '_delivery_attempts';
export const DELIVERY_TIMEOUT_MS = 15_000;

/** The runtime parts delivery needs (a Runtime fits). */
export type DeliveryRuntime = Pick<Runtime, 'log' | 'store' | 'clock' | 'ids' | 'config'>;

export interface DeliveryOutcome {
  ok: boolean;
  status_code: number | null;
  latency_ms: number;
  error: string | null;
  retry_after_s?: number;
  attempt_id: string;
}

/** Log type prefixes for a target's filters (`scm.order-`), deduplicated. */
export function typePrefixes(filters: EventFilter[]): string[] {
  return [...new Set(filters.map((f) => `${f.service}.${f.action_prefix ?? ''}`))];
}

export function matchesFilters(type: string, filters: EventFilter[]): boolean {
  return typePrefixes(filters).some((prefix) => type.startsWith(prefix));
}

/** The `event` part of a delivery body: the log event as integrators see it (metadata kept, minus nothing secret: events hold none). */
export function eventEnvelope(event: RecordedEvent): Record<string, unknown> {
  const dot = event.type.indexOf('.');
  const meta = event.metadata;
  return {
    event_id: meta.event_id,
    reason: meta.reason ?? null,
    service: event.type.slice(0, dot),
    action: event.type.slice(dot + 1),
    type: event.type,
    position: event.position,
    stream: event.stream,
    revision: event.revision,
    org_guid: meta.org_guid ?? event.tenant,
    occurred_at: meta.occurred_at,
    data: event.data,
    metadata: meta,
  };
}

/** The id field of a body: `webhook_id` for IPM webhooks, `subscription_id` for RBS subscriptions. */
export function targetIdField(target: Pick<DeliveryTarget, 'owner'>): string {
  return target.owner === 'rbs.subscription' ? 'subscription_id' : 'webhook_id';
}

export function deliveryBody(target: DeliveryTarget, event: RecordedEvent, reason: DeliveryReason, deliveredAt: Date): string {
  return JSON.stringify({ delivered_at: deliveredAt.toISOString(), [targetIdField(target)]: target.target_id, delivery_reason: reason, event: eventEnvelope(event) });
}

/** Built-in transports plus the caller's (RBS adds SQS); a caller's transport of the same type wins. */
export function transportFor(target: DeliveryTarget, extra: Transport[] = []): Transport {
  const transport = [...extra, new HttpTransport()].find((t) => t.type === target.transport.type);
  if (!transport) throw new Error(`no transport for ${target.transport.type}`);
  return transport;
}

export interface SendArgs {
  target: DeliveryTarget;
  /** `webhook-id`: stable per event (its event_id), the same across retries and replays, so receivers can dedupe. */
  messageId: string;
  body: string;
  reason: DeliveryReason;
  attempt: number;
  event: { event_id: string; event_type: string; position: number };
  transports?: Transport[];
  vault?: SecretVault;
}

/** One signed attempt, written to the delivery log whatever its outcome. Never throws for a receiver's failure. */
export async function sendSigned(runtime: DeliveryRuntime, args: SendArgs): Promise<DeliveryOutcome> {
  const vault = args.vault ?? SecretVault.forRuntime(runtime);
  const now = runtime.clock.now();
  let response: TransportResponse;
  try {
    const secret = await vault.get(args.target.secret_ref);
    const headers = standardWebhookHeaders(secret, args.messageId, Math.floor(now.getTime() / 1000), args.body);
    response = await transportFor(args.target, args.transports).send(args.target.transport, { headers, body: args.body, timeoutMs: DELIVERY_TIMEOUT_MS });
  } catch (error) {
    response = { status: 0, latency_ms: 0, error: (error as Error).message };
  }
  const ok = response.status >= 200 && response.status < 300;
  const attempt: DeliveryAttempt = {
    _id: runtime.ids.next('dla'),
    target_id: args.target.target_id,
    owner: args.target.owner,
    org_guid: args.target.org_guid,
    event_id: args.event.event_id,
    event_type: args.event.event_type,
    position: args.event.position,
    delivery_reason: args.reason,
    attempt: args.attempt,
    status_code: response.status || null,
    latency_ms: response.latency_ms,
    error: ok ? null : response.error ?? `HTTP ${response.status}`,
    at: now.toISOString(),
  };
  await recordAttempt(runtime, attempt);
  return { ok, status_code: attempt.status_code, latency_ms: attempt.latency_ms, error: attempt.error, retry_after_s: response.retry_after_s, attempt_id: attempt._id };
}

let ensured: WeakMap<object, Promise<void>> = new WeakMap();
async function recordAttempt(runtime: DeliveryRuntime, attempt: DeliveryAttempt): Promise<void> {
  let ready = ensured.get(runtime.store);
  if (!ready) {
    ready = runtime.store.ensureCollection({ name: DELIVERY_ATTEMPTS, indexes: [{ fields: ['target_id', '-at'] }, { fields: ['org_guid', '-at'] }] });
    ensured.set(runtime.store, ready);
  }
  await ready;
  await runtime.store.collection<DeliveryAttempt>(DELIVERY_ATTEMPTS).upsert(attempt);
}

/** Test hook: forget which stores already have the attempts collection. */
export function resetDeliveryCaches(): void {
  ensured = new WeakMap();
}

/** A target's most recent attempts, newest first. */
export async function recentAttempts(runtime: DeliveryRuntime, targetId: string, limit = 20): Promise<DeliveryAttempt[]> {
  const page = await runtime.store.collection<DeliveryAttempt>(DELIVERY_ATTEMPTS).find({ target_id: targetId }, { sort: [{ field: 'at', direction: 'desc' }, { field: '_id', direction: 'desc' }], limit });
  return page.items;
}

/**
 * A one-off signed send outside the event flow (RBS verification and test messages). The body is
 * `{ delivered_at, <webhook_id|subscription_id>, delivery_reason, ...payload }`; `webhook-id` is `payload.event.event_id`
 * when there is one, else a fresh id. The attempt is written to the delivery log. No retry: the caller shows the outcome.
 */
export async function deliverDirect(
  runtime: DeliveryRuntime,
  target: DeliveryTarget,
  payload: Record<string, unknown>,
  reason: DeliveryReason,
  options: { transports?: Transport[]; vault?: SecretVault } = {},
): Promise<DeliveryOutcome> {
  const event = (payload.event ?? {}) as { event_id?: string; type?: string; position?: number };
  const messageId = event.event_id ?? runtime.ids.next('msg');
  const body = JSON.stringify({ delivered_at: runtime.clock.now().toISOString(), [targetIdField(target)]: target.target_id, delivery_reason: reason, ...payload });
  return sendSigned(runtime, {
    target, messageId, body, reason, attempt: 1, transports: options.transports, vault: options.vault,
    event: { event_id: messageId, event_type: event.type ?? `delivery.${reason}`, position: event.position ?? 0 },
  });
}

export type ReplaySelection = { from_position: number; to_position?: number } | { event_ids: string[] };

export interface ReplayResult {
  delivered: number;
  failed: number;
  /** Events considered, in log order. */
  event_ids: string[];
  /** True when the selection held more than `maxEvents` matching events and the rest was left for another replay. */
  truncated: boolean;
  last_position: number | null;
}

/**
 * Sends the target's matching events again, once each, in log order, with `delivery_reason: 'replay'`. The live
 * checkpoint does not move (replay is a side channel). `from_position` is inclusive, `to_position` inclusive.
 */
export async function replayTarget(
  runtime: DeliveryRuntime,
  target: DeliveryTarget,
  selection: ReplaySelection,
  options: { transports?: Transport[]; maxEvents?: number; vault?: SecretVault } = {},
): Promise<ReplayResult> {
  const max = options.maxEvents ?? 1000;
  const events = await selectEvents(runtime, target, selection, max + 1);
  const truncated = events.length > max;
  const chosen = events.slice(0, max);
  const vault = options.vault ?? SecretVault.forRuntime(runtime);
  const result: ReplayResult = { delivered: 0, failed: 0, event_ids: [], truncated, last_position: null };
  for (const event of chosen) {
    const outcome = await sendSigned(runtime, {
      target, messageId: event.metadata.event_id, body: deliveryBody(target, event, 'replay', runtime.clock.now()), reason: 'replay', attempt: 1,
      event: { event_id: event.metadata.event_id, event_type: event.type, position: event.position }, transports: options.transports, vault,
    });
    if (outcome.ok) result.delivered++;
    else result.failed++;
    result.event_ids.push(event.metadata.event_id);
    result.last_position = event.position;
  }
  return result;
}

async function selectEvents(runtime: DeliveryRuntime, target: DeliveryTarget, selection: ReplaySelection, max: number): Promise<RecordedEvent[]> {
  const wanted = 'event_ids' in selection ? new Set(selection.event_ids) : null;
  const from = 'event_ids' in selection ? 0 : Math.max(0, selection.from_position - 1);
  const to = 'event_ids' in selection ? Infinity : selection.to_position ?? Infinity;
  const found: RecordedEvent[] = [];
  let after = from;
  for (;;) {
    const page = await runtime.log.readAll({ after, tenant: target.org_guid, typePrefixes: typePrefixes(target.filters), limit: 500 });
    for (const event of page.events) {
      if (event.position > to) return found;
      if (!matchesFilters(event.type, target.filters)) continue;
      if (wanted && !wanted.has(event.metadata.event_id)) continue;
      found.push(event);
      if (found.length >= max || (wanted && found.length >= wanted.size)) return found;
    }
    if (page.atEnd || page.next <= after) return found;
    after = page.next;
  }
}
