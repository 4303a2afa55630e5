// What every ICS e2e flow starts from: an org with a logical facility and sellable variants (through the real routes).
import { randomUUID } from 'crypto';
import type { Clock } from '@g3n/es';
import { ApiHarness, openApiHarness } from '../../../support/api-harness';
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

/**
 * The set-up every ICS spec shares: a harness and an ICS world, filled in (in place) before the spec's first test and
 * closed after its last. Call it at the top of a describe; a spec's own beforeAll, declared after, runs after it.
 */
export function useIcsWorld(options: { clock?: Clock } = {}): { h: ApiHarness; w: IcsWorld } {
  const h = {} as ApiHarness;
  const w = {} as IcsWorld;
  beforeAll(async () => {
    Object.assign(h, await openApiHarness({}, options));
    Object.assign(w, await icsWorld(h));
  });
  afterAll(() => h.close());
  return { h, w };
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

