import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { spawnSync } from 'child_process';
import { repoRoot, startServer } from '../support/processes';

describe('npm start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'g3n-start-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('runs the whole system embedded and says what is running on GET /', async () => {
    const server = await startServer({ G3N_DATA_DIR: dataDir });
    try {
      const response = await fetch(`${server.url}/`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { projections: Array<{ name: string }> };
      expect(body).toMatchObject({
        name: 'g3n',
        mode: 'embedded',
        eventlog: 'sqlite',
        docstore: 'sqlite',
        blobstore: 'files',
        worker: 'in-process',
        log: { head_position: 0 },
      });
      expect(body.projections.map((p) => p.name)).toContain('platform.log-stats');
      expect((await fetch(`${server.url}/no/such/route`)).status).toBe(404);
    } finally {
      await server.stop();
    }
  });

  it('fails fast with a clear message on a bad setting', () => {
    const result = spawnSync(process.execPath, [join(repoRoot, 'bin', 'start.js')], {
      env: { ...process.env, G3N_DATA_DIR: dataDir, PORT: 'eighty', G3N_EVENTSTORE_URL: 'http://nope' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('PORT="eighty"');
    expect(result.stderr).toContain('G3N_EVENTSTORE_URL');
  });
});
