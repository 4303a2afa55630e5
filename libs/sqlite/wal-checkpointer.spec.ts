import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { WalCheckpointer } from './wal-checkpointer';

describe('WalCheckpointer', () => {
  let dir: string;
  let file: string;
  let db: Database.Database;
  let checkpointer: WalCheckpointer | undefined;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'g3n-wal-checkpointer-'));
    file = join(dir, 'x.sqlite');
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0'); // only the checkpointer copies pages back
    db.exec('CREATE TABLE t (v TEXT)');
  });
  afterEach(async () => {
    await checkpointer?.stop();
    checkpointer = undefined;
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const until = async (check: () => boolean): Promise<void> => {
    for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(check()).toBe(true);
  };

  it('given commits left in the WAL, when the checkpointer runs, then their pages reach the database file from the other thread', async () => {
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    for (let i = 0; i < 200; i++) insert.run('x'.repeat(4000));
    expect(statSync(file).size).toBeLessThan(100_000); // everything is still in the WAL
    const errors: string[] = [];
    checkpointer = WalCheckpointer.start([file], { intervalMs: 20, onError: (message) => errors.push(message) });
    await until(() => statSync(file).size > 800_000);
    expect(errors).toEqual([]);
  });

  it('given a checkpointer, when the writer commits again after a full checkpoint, then the WAL is reused rather than grown', async () => {
    checkpointer = WalCheckpointer.start([file], { intervalMs: 20 });
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 100; i++) insert.run('y'.repeat(4000));
      await new Promise((resolve) => setTimeout(resolve, 150)); // a few checkpoints pass
    }
    // Five rounds of ~100 pages each: a WAL restarted after each full checkpoint holds about one round, not five.
    expect(statSync(`${file}-wal`).size).toBeLessThan(3 * 100 * 4096 + 100_000);
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 500 });
  });

  it('given a file it cannot open, when started, then it says so and goes on', async () => {
    const errors: string[] = [];
    checkpointer = WalCheckpointer.start([join(dir, 'missing-dir', 'nope.sqlite')], { onError: (message) => errors.push(message) });
    await until(() => errors.length > 0);
    expect(errors[0]).toMatch(/cannot open/);
  });
});
