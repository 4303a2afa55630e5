import { existsSync, readFileSync } from 'fs';
import { join } from 'path';

export interface BuildInfo {
  version: string;
  commit: string;
}

let cached: BuildInfo | undefined;

/** Package version and commit: G3N_COMMIT when the image sets it, else read from .git, else "unknown". */
export function buildInfo(root = join(__dirname, '..', '..', '..', '..')): BuildInfo {
  if (cached) return cached;
  const pkgFile = [join(root, 'package.json'), join(root, '..', 'package.json')].find(existsSync);
  const version = pkgFile ? String(JSON.parse(readFileSync(pkgFile, 'utf8')).version) : '0.0.0';
  cached = { version, commit: process.env.G3N_COMMIT ?? gitCommit(root) ?? gitCommit(join(root, '..')) ?? 'unknown' };
  return cached;
}

function gitCommit(root: string): string | undefined {
  try {
    const head = readFileSync(join(root, '.git', 'HEAD'), 'utf8').trim();
    if (!head.startsWith('ref: ')) return head.slice(0, 40);
    const ref = head.slice(5);
    const loose = join(root, '.git', ref);
    if (existsSync(loose)) return readFileSync(loose, 'utf8').trim();
    const packed = readFileSync(join(root, '.git', 'packed-refs'), 'utf8');
    return packed.split('\n').find((l) => l.endsWith(` ${ref}`))?.split(' ')[0];
  } catch {
    return undefined;
  }
}
