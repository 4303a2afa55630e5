import { createHmac } from 'crypto';
import { generateSigningSecret } from './secret-vault';
import { signStandardWebhook, standardWebhookHeaders, verifyStandardWebhook } from './signing';
import { delayBeforeAttempt, deliveryScheduleFromEnv, DEFAULT_DELIVERY_SCHEDULE_MS } from './schedule';
import { parseRetryAfter } from './http-transport';
import { isPrivateAddress, assertDeliverableUrl } from './target-url';

describe('Standard Webhooks signing', () => {
  // The specification's published test vector (standard-webhooks/standard-webhooks, spec and reference libraries).
  const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
  const id = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
  const timestamp = 1614265330;
  const body = '{"test": 2432232314}';

  it('signs like the reference implementation (HMAC-SHA256 of id.timestamp.body with the base64-decoded key)', () => {
    expect(signStandardWebhook(secret, id, timestamp, body)).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
    const manual = createHmac('sha256', Buffer.from('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'base64')).update(`${id}.${timestamp}.${body}`).digest('base64');
    expect(signStandardWebhook(secret, id, timestamp, body)).toBe(`v1,${manual}`);
  });

  it('verifies its own headers, rejects a changed body, a wrong secret and a stale timestamp', () => {
    const fresh = generateSigningSecret();
    expect(fresh).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const now = Math.floor(Date.now() / 1000);
    const headers = standardWebhookHeaders(fresh, id, now, body);
    expect(verifyStandardWebhook(headers, body, fresh)).toBe(true);
    expect(verifyStandardWebhook(headers, `${body} `, fresh)).toBe(false);
    expect(verifyStandardWebhook(headers, body, generateSigningSecret())).toBe(false);
    expect(verifyStandardWebhook(standardWebhookHeaders(fresh, id, now - 3600, body), body, fresh)).toBe(false);
    expect(verifyStandardWebhook({ ...headers, 'webhook-signature': `v1,bogus ${headers['webhook-signature']}` }, body, fresh)).toBe(true);
  });
});

describe('retry schedule', () => {
  it('defaults to the documented schedule and reads G3N_DELIVERY_SCHEDULE_MS', () => {
    expect(deliveryScheduleFromEnv({})).toEqual(DEFAULT_DELIVERY_SCHEDULE_MS);
    expect(deliveryScheduleFromEnv({ G3N_DELIVERY_SCHEDULE_MS: '0, 10,20' })).toEqual([0, 10, 20]);
    expect(() => deliveryScheduleFromEnv({ G3N_DELIVERY_SCHEDULE_MS: '0,-1' })).toThrow(/G3N_DELIVERY_SCHEDULE_MS/);
  });

  it('jitters ±20 %, lets Retry-After win, and is exhausted after the last entry', () => {
    const schedule = [0, 1000, 5000];
    expect(delayBeforeAttempt(schedule, 1)).toBe(0);
    expect(delayBeforeAttempt(schedule, 2, undefined, () => 0)).toBe(800);
    expect(delayBeforeAttempt(schedule, 2, undefined, () => 1)).toBe(1200);
    expect(delayBeforeAttempt(schedule, 3, undefined, () => 0.5)).toBe(5000);
    expect(delayBeforeAttempt(schedule, 2, 7)).toBe(7000);
    expect(delayBeforeAttempt(schedule, 4)).toBeNull();
  });

  it('parses Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('12')).toBe(12);
    expect(parseRetryAfter(new Date(Date.now() + 30_000).toUTCString())).toBeGreaterThanOrEqual(29);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});

describe('target URLs', () => {
  it('knows private, loopback and link-local addresses', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '::1', 'fd00::1', '::ffff:127.0.0.1']) expect(isPrivateAddress(a)).toBe(true);
    for (const a of ['8.8.8.8', '172.32.0.1', '2606:4700::1111']) expect(isPrivateAddress(a)).toBe(false);
  });

  it('refuses private targets unless allowed, and non-http schemes always', async () => {
    await expect(assertDeliverableUrl('http://127.0.0.1:9/x', false)).rejects.toMatchObject({ tag: 'validation-error', minor: 'private-target' });
    await expect(assertDeliverableUrl('http://localhost/x', false)).rejects.toMatchObject({ minor: 'private-target' });
    await expect(assertDeliverableUrl('http://127.0.0.1:9/x', true)).resolves.toBeInstanceOf(URL);
    await expect(assertDeliverableUrl('ftp://example.com/x', true)).rejects.toMatchObject({ minor: 'invalid-target-url' });
  });
});
