import { existsSync, readFileSync } from 'fs';
import { dirname, join } from 'path';

export interface BuildInfo {
  version: string;
  commit: string;
}

let cached: BuildInfo | undefined;

/** Package version and commit: G3N_COMMIT when the image sets it, else read from .git, else "unknown". */
export function buildInfo(): BuildInfo {
  if (cached) return cached;
  const root = projectRoot(__dirname);
  const version = root ? String(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version) : '0.0.0';
  cached = { version, commit: process.env.G3N_COMMIT ?? (root ? gitCommit(root) : undefined) ?? 'unknown' };
  return cached;
}

/** The nearest folder above `from` holding G3N's package.json (sources and dist/ sit at different depths). */
function projectRoot(from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file) && JSON.parse(readFileSync(file, 'utf8')).name === 'g3n') return dir;
    if (dirname(dir) === dir) return undefined;
  }
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
