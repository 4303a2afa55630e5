// What every ICS e2e flow starts from: an org with a logical facility and sellable variants (through the real routes).
import { randomUUID } from 'crypto';
import type { ApiHarness } from '../../../support/api-harness';
import { createSellableVariant } from '../../../support/fixtures/catalog';
import { createLogicalFacility } from '../../../support/fixtures/facility';
import { userWithSession } from '../../../support/fixtures/identity';
import { createOrg } from '../../../support/fixtures/org';

export interface IcsWorld {
  org_guid: string;
  headers: Record<string, string>;
  logical_guid: string;
  variant_id: string;
}

export async function icsWorld(h: ApiHarness): Promise<IcsWorld> {
  const owner = await userWithSession(h, `ics-${randomUUID().slice(0, 8)}@example.com`);
  const org = await createOrg(h, owner);
  const { logical_guid } = await createLogicalFacility(h, org.headers);
  const { variant_id } = await createSellableVariant(h, org.headers);
  return { org_guid: org.org_guid, headers: org.headers, logical_guid, variant_id };
}

/** Appends an event another service would write (SCM, PCM), as that service's command runner would stamp it. */
export async function appendForeignEvent(h: ApiHarness, stream: string, org_guid: string, type: string, data: Record<string, unknown>): Promise<void> {
  await h.runtime.log.append(stream, [{
    type, data,
    metadata: { event_id: randomUUID(), org_guid, actor: 'test', occurred_at: h.runtime.clock.now().toISOString(), schema_version: 1 },
  }]);
}

export async function eventually(check: () => Promise<void>, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() - start > timeoutMs) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

