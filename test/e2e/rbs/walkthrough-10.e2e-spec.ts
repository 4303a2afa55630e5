// Walkthrough 10 as written: an SQS subscription. No SQS endpoint or AWS credentials exist here, so the
// verification message cannot be sent: register still answers 200 with the subscription pending verification and
// the failed attempt recorded (docs/rbs.md); verify with a token that never arrived is refused.
import { rbsSetup } from './rbs-setup';

const CREDENTIAL_VARS = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE', 'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI', 'AWS_CONTAINER_CREDENTIALS_FULL_URI', 'G3N_SQS_USE_IMDS', 'G3N_SQS_ENDPOINT'];

describe('walkthrough 10: event subscription (RBS) to SQS', () => {
  const saved: Record<string, string | undefined> = {};
  // Never reach real AWS from a test: without credentials the transport fails before any network.
  beforeAll(() => { for (const name of CREDENTIAL_VARS) { saved[name] = process.env[name]; delete process.env[name]; } });
  afterAll(() => { for (const name of CREDENTIAL_VARS) if (saved[name] !== undefined) process.env[name] = saved[name]; });

  it('registers the queue pending verification, records the failed verification attempt, refuses a bogus token', async () => {
    const { h, headers } = await rbsSetup();
    try {
      const data = await h.ok('/rbs/subscription/register', {
        queue_url: 'https://sqs.us-east-1.amazonaws.com/123456789012/g3n-events',
        queue_region: 'us-east-1',
        filters: [{ service: 'scm', action_prefix: 'order-' }],
        reason: 'integration',
      }, headers);
      expect(data.signing_secret).toMatch(/^whsec_/);
      expect(data.subscription).toMatchObject({
        status: 'pending_verification', target_type: 'sqs', target_url: null,
        queue_url: 'https://sqs.us-east-1.amazonaws.com/123456789012/g3n-events', queue_region: 'us-east-1',
        verification: { last_outcome: 'failed', last_error: expect.stringMatching(/^sqs-credentials-missing/) },
      });
      expect(data.verification).toMatchObject({ delivery_reason: 'verification', outcome: 'failed', status_code: null });

      const verify = await h.post('/rbs/subscription/verify', { subscription_id: data.subscription.subscription_id, verification_token: 'TOKEN', reason: 'verify' }, headers);
      expect(verify.status).toBe(400);
      expect(verify.body.error.minor.tag).toBe('verification-token-invalid');
      expect((await h.ok('/rbs/subscription/get', { subscription_id: data.subscription.subscription_id }, headers)).subscription.status).toBe('pending_verification');
    } finally {
      await h.close();
    }
  });
});
