/** The shared contract on real routes: envelope, ids, error shapes, auth placement, limits and throttling. */
import { ModulesContainer } from '@nestjs/core';
import { AuthGuard, planDirectRoutes } from '@g3n/platform';
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { createVerifiedUser, userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';

describe('the common contract', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await openApiHarness({ G3N_MAX_BODY_BYTES: '4096' });
    await createVerifiedUser(h, 'env@example.com');
  }, 60_000);
  afterAll(() => h?.close());

  it('wraps success in the envelope with build and stats, and honours x-request-id', async () => {
    const response = await h.post('/usm/session/create', { email: 'env@example.com', passcode: 'Correct-Horse-9' }, { 'x-request-id': 'req-from-client-1' });
    expect(response.status).toBe(200);
    expect(response.headers['x-request-id']).toBe('req-from-client-1');
    expect(response.body).toMatchObject({
      success: true,
      data: { session: { session_guid: expect.any(String) } },
      build: { build_major: expect.any(String), build_minor: expect.any(String), build_id: expect.any(String) },
      stats: { call: 'session/create', service: 'usm', request_id: 'req-from-client-1', consistency: 'strong' },
    });
    expect(Date.parse(response.body.stats.timestamp_utc)).not.toBeNaN();
  });

  it('dispatches every @Endpoint route directly, past Nest\'s per-request enhancers', async () => {
    const plan = planDirectRoutes(h.app.get(ModulesContainer));
    expect(plan.skipped).toEqual([]);
    expect(plan.routes.size).toBeGreaterThan(300);
    const check = jest.spyOn(AuthGuard.prototype, 'check');
    try {
      const response = await h.post('/usm/session/create', { email: 'env@example.com', passcode: 'Correct-Horse-9' });
      expect(response.status).toBe(200);
      expect(check).toHaveBeenCalledTimes(1); // once: the contract runs in one place only
    } finally {
      jest.restoreAllMocks();
    }
  });

  it('answers errors with the error envelope, carrying the traceparent trace id', async () => {
    const response = await h.post('/usm/session/create', { email: 'env@example.com', passcode: 'wrong-passcode-1' }, {
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    });
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({
      success: false,
      error: { error_code: 'usm.invalid_passcode', http_status: 401, retryable: false, trace_id: '4bf92f3577b34da6a3ce929d0e0e4736', major: { tag: 'unauthorized', message: { en_US: expect.any(String) } }, minor: { tag: 'invalid-passcode' } },
      stats: { service: 'usm', call: 'session/create' },
    });
  });

  it('maps unknown routes, malformed JSON and oversized bodies to 4xx envelopes', async () => {
    const unknown = await h.post('/ofm/no/such/route', {});
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.major.tag).toBe('not-found');
    const malformed = await h.post('/usm/session/create', '{"email": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toMatchObject({ major: { tag: 'validation-error' }, minor: { tag: 'malformed-json' } });
    const huge = await h.post('/usm/session/create', { email: 'env@example.com', passcode: 'x'.repeat(10_000) });
    expect(huge.status).toBe(413);
    expect(huge.body.success).toBe(false);
  });

  it('rejects unknown fields and names each offending field', async () => {
    const response = await h.post('/usm/session/create', { email: 42, passcode: 'Correct-Horse-9', colour: 'blue' });
    expect(response.status).toBe(400);
    const fields = response.body.error.details.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'colour']));
  });

  it('answers a next_token that the list did not issue with 400 invalid-next-token, on any service\'s list', async () => {
    const owner = await userWithSession(h, 'tokens@example.com');
    const org = await createOrg(h, owner);
    for (const path of ['/ofm/cost-centre/list', '/ppm/price/list', '/scm/order/list', '/pvm/variant/list']) {
      const response = await h.post(path, { next_token: 'bm90LWEtY3Vyc29y' }, org.headers);
      expect({ path, status: response.status, tag: response.body.error?.minor?.tag }).toEqual({ path, status: 400, tag: 'invalid-next-token' });
    }
  });

  it('requires credentials on tenant routes and refuses a header/body credential mismatch', async () => {
    expect((await h.post('/ofm/org/list', {})).status).toBe(401);
    const user = await userWithSession(h, 'env2@example.com');
    const mismatch = await h.post('/usm/session/get', { session_guid: 'ses_someone_else' }, user.headers);
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.error.minor.tag).toBe('auth-mismatch');
  });
});

describe('throttling', () => {
  it('answers 429 throttled with Retry-After past the burst', async () => {
    const h = await openApiHarness({ G3N_THROTTLE_RPS: '1', G3N_THROTTLE_BURST: '3' });
    try {
      const user = await userWithSession(h, 'busy@example.com');
      const statuses: number[] = [];
      let retryAfter: unknown;
      for (let i = 0; i < 6; i++) {
        const response = await h.post('/usm/session/validate', {}, user.headers);
        statuses.push(response.status);
        if (response.status === 429) retryAfter = response.headers['retry-after'];
      }
      expect(statuses).toContain(429);
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    } finally {
      await h.close();
    }
  }, 60_000);
});
