/**
 * SQS transport: one delivery = one SendMessage. The message body is the delivery body byte for byte; the Standard
 * Webhooks headers ride as String message attributes, so a consumer verifies the signature exactly as an HTTP
 * receiver does (id.timestamp.body). Works with any SQS-compatible endpoint (ElasticMQ, LocalStack, AWS).
 *
 * Environment (read here, see docs/rbs.md):
 * - G3N_SQS_ENDPOINT: endpoint used when a target names none (a local SQS-compatible server); else the region's.
 * - AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN, AWS_PROFILE, AWS_WEB_IDENTITY_TOKEN_FILE,
 *   AWS_CONTAINER_CREDENTIALS_RELATIVE_URI / _FULL_URI: the SDK's credential sources.
 * - G3N_SQS_USE_IMDS=1: also allow the EC2 instance role (the SDK's metadata lookup).
 * Without any credential source the transport fails fast with `sqs-credentials-missing` instead of letting the
 * SDK probe the instance metadata address from a laptop or CI runner.
 */
import { SendMessageCommand, SQSClient, type MessageAttributeValue } from '@aws-sdk/client-sqs';
import type { Transport, TransportRequest, TransportResponse, TransportSpec } from './delivery.port';

type Env = Record<string, string | undefined>;

export interface SqsTransportOptions {
  /** Static credentials (tests, a local SQS-compatible server); otherwise the SDK's default chain. */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** Defaults to process.env. */
  env?: Env;
  /** Called once per created client (tests add middleware to observe the request the SDK builds). */
  configureClient?: (client: SQSClient) => void;
}

const CREDENTIAL_SOURCES = [
  'AWS_ACCESS_KEY_ID', 'AWS_PROFILE', 'AWS_WEB_IDENTITY_TOKEN_FILE', 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI', 'AWS_CONTAINER_CREDENTIALS_FULL_URI',
];

/** `https://sqs.eu-west-1.amazonaws.com/123/q` → `eu-west-1` (also the legacy `<region>.queue.amazonaws.com`). */
export function regionFromQueueUrl(queueUrl: string): string | undefined {
  try {
    const host = new URL(queueUrl).hostname;
    return /^sqs\.([a-z0-9-]+)\.amazonaws\.com/.exec(host)?.[1] ?? /^([a-z0-9-]+)\.queue\.amazonaws\.com/.exec(host)?.[1];
  } catch {
    return undefined;
  }
}

/** The Standard Webhooks headers as SQS message attributes (names allowed by SQS: letters, digits, `-`, `_`, `.`). */
export function toMessageAttributes(headers: Record<string, string>): Record<string, MessageAttributeValue> {
  const attributes: Record<string, MessageAttributeValue> = {};
  // SQS allows 10 attributes per message; the signing headers come first so they are never the ones dropped.
  const ordered = Object.keys(headers).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).slice(0, 10);
  for (const name of ordered) attributes[name.toLowerCase()] = { DataType: 'String', StringValue: headers[name] };
  return attributes;
}

const rank = (name: string) => (name.toLowerCase().startsWith('webhook-') ? 0 : 1);

export class SqsTransport implements Transport {
  readonly type = 'sqs' as const;
  private readonly clients = new Map<string, SQSClient>();
  private readonly env: Env;

  constructor(private readonly options: SqsTransportOptions = {}) {
    this.env = options.env ?? process.env;
  }

  /** The SendMessage input for a delivery (exported for tests and the delivery log). */
  static input(spec: Extract<TransportSpec, { type: 'sqs' }>, request: TransportRequest) {
    return { QueueUrl: spec.queue_url, MessageBody: request.body, MessageAttributes: toMessageAttributes(request.headers) };
  }

  async send(spec: TransportSpec, request: TransportRequest): Promise<TransportResponse> {
    const started = Date.now();
    if (spec.type !== 'sqs') return { status: 0, latency_ms: 0, error: `sqs transport cannot send to a ${spec.type} target` };
    if (!this.hasCredentials()) {
      return { status: 0, latency_ms: 0, error: 'sqs-credentials-missing: no AWS credential source is configured (see docs/rbs.md)' };
    }
    const region = spec.region ?? regionFromQueueUrl(spec.queue_url) ?? this.env.AWS_REGION ?? 'us-east-1';
    const endpoint = spec.endpoint ?? this.env.G3N_SQS_ENDPOINT;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), request.timeoutMs);
    try {
      await this.clientFor(region, endpoint).send(new SendMessageCommand(SqsTransport.input(spec, request)), { abortSignal: abort.signal });
      return { status: 200, latency_ms: Date.now() - started };
    } catch (error) {
      const e = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
      const status = e.$metadata?.httpStatusCode ?? 0;
      const message = abort.signal.aborted ? `timeout after ${request.timeoutMs} ms` : `${e.name ?? 'Error'}: ${e.message ?? String(error)}`;
      return { status, latency_ms: Date.now() - started, error: message.slice(0, 500) };
    } finally {
      clearTimeout(timer);
    }
  }

  private hasCredentials(): boolean {
    if (this.options.credentials) return true;
    if (this.env.G3N_SQS_USE_IMDS === '1') return true;
    return CREDENTIAL_SOURCES.some((name) => (this.env[name] ?? '').trim() !== '');
  }

  private clientFor(region: string, endpoint: string | undefined): SQSClient {
    const key = `${region}|${endpoint ?? ''}`;
    let client = this.clients.get(key);
    if (!client) {
      // One attempt per send: the delivery engine owns retries, backoff and the delivery log.
      client = new SQSClient({ region, endpoint, maxAttempts: 1, ...(this.options.credentials ? { credentials: this.options.credentials } : {}) });
      this.options.configureClient?.(client);
      this.clients.set(key, client);
    }
    return client;
  }

  /** Releases the SDK's sockets (the engine calls it on stop). */
  close(): void {
    for (const client of this.clients.values()) client.destroy();
    this.clients.clear();
  }
}
