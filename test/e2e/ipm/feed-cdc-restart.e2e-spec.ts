/** A CDC cursor is a log position: the same cursor gives the same page after a restart and after every projection is rebuilt. */
import { rebuildProjections } from '@g3n/es';
import { userWithSession } from '../../support/fixtures/identity';
import { createOrg } from '../../support/fixtures/org';
import { CdcPageView, openHarnessOn, writeCustomer } from './feed-support';

describe('IPM CDC cursor across restarts and rebuilds', () => {
  it('answers the same page for the same cursor', async () => {
    let h = await openHarnessOn();
    const dataDir = h.dataDir;
    try {
      const org = await createOrg(h, await userWithSession(h, 'cdc-restart@example.com'));
      for (let i = 0; i < 6; i++) await writeCustomer(h, org.headers, `r${i}`);
      const start = await h.ok<CdcPageView>('/ipm/cdc/list', { limit: 3 }, org.headers);
      const before = await h.ok<CdcPageView>('/ipm/cdc/list', { cursor: start.next_cursor, limit: 5 }, org.headers);
      expect(before.items).toHaveLength(5);

      await h.close();
      h = await openHarnessOn(dataDir);
      const afterRestart = await h.ok<CdcPageView>('/ipm/cdc/list', { cursor: start.next_cursor, limit: 5 }, org.headers);
      expect(afterRestart).toEqual(before);

      const { log, store, catalog, clock } = h.runtime;
      await rebuildProjections(h.runtime.projections, { log, store, catalog, clock });
      const afterRebuild = await h.ok<CdcPageView>('/ipm/cdc/list', { cursor: start.next_cursor, limit: 5 }, org.headers);
      expect(afterRebuild).toEqual(before);
    } finally {
      await h.close(true);
    }
  });
});
