import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ForeignCommits } from './foreign-commits';

describe('ForeignCommits', () => {
  let dir: string;
  let mine: Database.Database;
  let other: Database.Database;
  const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'g3n-foreign-commits-'));
    mine = new Database(join(dir, 'x.sqlite'));
    mine.pragma('journal_mode = WAL');
    mine.exec('CREATE TABLE t (v INTEGER)');
    other = new Database(join(dir, 'x.sqlite'));
  });
  afterEach(() => {
    mine.close();
    other.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('given nothing known yet, when first asked, then it answers changed', () => {
    expect(new ForeignCommits(mine).changed()).toBe(true);
  });

  it('given another connection commits, when asked on the next turn, then changed once', async () => {
    const watch = new ForeignCommits(mine);
    watch.changed();
    other.prepare('INSERT INTO t VALUES (1)').run();
    await nextTurn();
    expect(watch.changed()).toBe(true);
    expect(watch.changed()).toBe(false);
  });

  it('given this connection commits, when asked on the next turn, then not changed', async () => {
    const watch = new ForeignCommits(mine);
    watch.changed();
    mine.prepare('INSERT INTO t VALUES (1)').run();
    await nextTurn();
    expect(watch.changed()).toBe(false);
  });

  it('given another connection commits within the turn, when revalidated, then changed at once', () => {
    const watch = new ForeignCommits(mine);
    watch.changed();
    other.prepare('INSERT INTO t VALUES (1)').run();
    watch.revalidate();
    expect(watch.changed()).toBe(true);
  });
});
