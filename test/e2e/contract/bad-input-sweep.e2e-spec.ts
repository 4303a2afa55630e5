/**
 * Generated from the OpenAPI documents: every route gets malformed JSON, wrong types, missing required fields and an
 * unknown field, with valid credentials and org. Every answer must be a 4xx error envelope (never a 5xx), and the
 * log must not grow: bad input never half-applies a write.
 */
import { ApiHarness, openApiHarness } from '../../support/api-harness';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';
import { contractRoutes, Route, wrongTypeFor } from './openapi-routes';

describe('bad-input sweep over every route', () => {
  let h: ApiHarness;
  let headers: Record<string, string>;
  const failures: string[] = [];

  beforeAll(async () => {
    h = await openApiHarness();
    const owner = await userWithSession(h, 'sweep-owner@example.com');
    const org = await createOrg(h, owner, 'SWEEP');
    headers = org.headers;
  }, 60_000);
  afterAll(() => h?.close());

  function headersFor(route: Route): Record<string, string> {
    if (route.access.auth === 'none') return {};
    if (route.access.tenant === 'none') return { 'x-session-guid': headers['x-session-guid'] };
    return headers;
  }

  async function expectRejected(route: Route, label: string, body: unknown): Promise<void> {
    const response = await h.post(route.path, body, headersFor(route));
    const ok4xx = response.status >= 400 && response.status < 500 && response.body?.success === false && typeof response.body?.error?.major?.tag === 'string';
    if (!ok4xx) failures.push(`${route.path} [${label}] → ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`);
  }

  it('answers every malformed, mistyped, incomplete or over-specified request with a 4xx envelope and writes nothing', async () => {
    const routes = contractRoutes();
    expect(routes.length).toBeGreaterThan(50);
    const head = await h.runtime.log.headPosition();
    for (const route of routes) {
      await expectRejected(route, 'malformed json', '{"not json');
      await expectRejected(route, 'array body', '[1,2,3]');
      await expectRejected(route, 'unknown field', { __unknown_field__: true });
      const properties = Object.entries(route.schema.properties ?? {});
      if (properties.length) {
        await expectRejected(route, 'wrong types', Object.fromEntries(properties.map(([name, schema]) => [name, wrongTypeFor(schema)])));
      }
      if ((route.schema.required ?? []).length) await expectRejected(route, 'missing required', {});
    }
    expect(failures).toEqual([]);
    expect(await h.runtime.log.headPosition()).toBe(head);
  }, 120_000);
});
