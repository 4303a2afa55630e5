/**
 * The delivery engine's contract, shared by IPM webhooks and RBS subscriptions: one engine reads the log and
 * delivers matching events, signed per Standard Webhooks, to each target, at least once, in log order per target,
 * with retries, a delivery log, automatic pause and manual replay. Owners (IPM, RBS) provide their targets and
 * react to pause/disable; transports (HTTP, SQS) carry the bytes.
 */

export interface EventFilter {
  /** Service code, e.g. `scm`. */
  service: string;
  /** Action prefix, e.g. `order-` (matches `scm.order-placed`); empty or absent matches every action. */
  action_prefix?: string;
}

export type TransportSpec =
  | { type: 'http'; url: string }
  | { type: 'sqs'; queue_url: string; region?: string; endpoint?: string };

export interface DeliveryTarget {
  /** webhook_id or subscription_id. */
  target_id: string;
  /** Which owner it belongs to: `ipm.webhook` or `rbs.subscription`. */
  owner: string;
  org_guid: string;
  /** Only `active` targets receive live deliveries; `paused` keeps its place and resumes from it when re-activated. */
  status: string;
  filters: EventFilter[];
  transport: TransportSpec;
  /** Vault reference of the `whsec_…` signing secret (the secret itself never leaves the vault but to sign). */
  secret_ref: string;
  /** Log position the target starts after (its creation), so a new target does not receive history. */
  start_after: number;
}

/** Why a delivery was sent (`delivery_reason` in the body). */
export type DeliveryReason = 'live' | 'retry' | 'replay' | 'test' | 'verification';

export interface DeliveryTargetSource {
  /** `ipm.webhook` or `rbs.subscription`. */
  readonly owner: string;
  /** Current targets (any status); the engine refreshes them every second. */
  targets(): Promise<DeliveryTarget[]>;
  /** The engine paused the target after repeated failure (owner records it as an event; status → paused). */
  pause(target: DeliveryTarget, reason: string): Promise<void>;
  /** The receiver answered 410 Gone (owner records it; status → disabled). */
  disable(target: DeliveryTarget, reason: string): Promise<void>;
}

export interface TransportRequest {
  /** Standard Webhooks headers: webhook-id, webhook-timestamp, webhook-signature, content-type. */
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
}

export interface TransportResponse {
  /** HTTP status, or 200 for an accepted SQS message. */
  status: number;
  /** Seconds from a Retry-After header (429 / 503), if any. */
  retry_after_s?: number;
  latency_ms: number;
  error?: string;
}

export interface Transport {
  readonly type: TransportSpec['type'];
  send(spec: TransportSpec, request: TransportRequest): Promise<TransportResponse>;
}

/** One attempt in a target's delivery log (`_delivery_attempts`). */
export interface DeliveryAttempt {
  _id: string;
  target_id: string;
  owner: string;
  org_guid: string;
  event_id: string;
  event_type: string;
  position: number;
  delivery_reason: DeliveryReason;
  attempt: number;
  status_code: number | null;
  latency_ms: number;
  error: string | null;
  at: string;
  [field: string]: unknown;
}
