import { createHmac, timingSafeEqual } from 'crypto';

/**
 * Standard Webhooks (https://www.standardwebhooks.com): the signed content is `<webhook-id>.<webhook-timestamp>.<body>`,
 * HMAC-SHA256 keyed with the base64-decoded part of the `whsec_…` secret, sent as `v1,<base64 signature>`.
 */
export function secretKeyBytes(secret: string): Buffer {
  return Buffer.from(secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret, 'base64');
}

export function signStandardWebhook(secret: string, id: string, timestampS: number, body: string): string {
  const mac = createHmac('sha256', secretKeyBytes(secret)).update(`${id}.${timestampS}.${body}`).digest('base64');
  return `v1,${mac}`;
}

/** The headers of one signed message. */
export function standardWebhookHeaders(secret: string, id: string, timestampS: number, body: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    'webhook-id': id,
    'webhook-timestamp': String(timestampS),
    'webhook-signature': signStandardWebhook(secret, id, timestampS, body),
  };
}

/**
 * Verifies a received message as a receiver would: any `v1,` signature in the (space-separated) header matches, and
 * the timestamp is within `toleranceS` of now (default 5 minutes; pass Infinity to skip, e.g. for stored messages).
 */
export function verifyStandardWebhook(
  headers: Record<string, string | string[] | undefined>,
  body: string,
  secret: string,
  options: { toleranceS?: number; nowS?: number } = {},
): boolean {
  const header = (name: string) => {
    const value = headers[name] ?? headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
  };
  const id = header('webhook-id');
  const timestamp = header('webhook-timestamp');
  const signatures = header('webhook-signature');
  if (!id || !timestamp || !signatures || !/^\d+$/.test(timestamp)) return false;
  const nowS = options.nowS ?? Math.floor(Date.now() / 1000);
  if (Math.abs(nowS - Number(timestamp)) > (options.toleranceS ?? 300)) return false;
  const expected = Buffer.from(signStandardWebhook(secret, id, Number(timestamp), body).slice(3), 'base64');
  return signatures.split(' ').some((candidate) => {
    const [version, value] = candidate.split(',', 2);
    if (version !== 'v1' || !value) return false;
    const given = Buffer.from(value, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
