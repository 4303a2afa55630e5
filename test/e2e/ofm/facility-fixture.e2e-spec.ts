import { openApiHarness } from '../../support/api-harness';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';
import { createLogicalFacility, createSalesChannel } from '../../support/fixtures/facility';

describe('facility fixtures used by the commerce tests', () => {
  it('create a logical facility and a sales channel in a verified org', async () => {
    const h = await openApiHarness();
    try {
      const org = await createOrg(h, await userWithSession(h, 'fixture@example.com'));
      const logical = await createLogicalFacility(h, org.headers);
      const channel = await createSalesChannel(h, org.headers, 'web', logical.logical_guid);
      expect(logical.logical_guid).toMatch(/\w+/);
      expect(channel.channel_code).toBe('web');
    } finally {
      await h.close();
    }
  }, 30_000);
});
