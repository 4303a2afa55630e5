/**
 * Summarises a `node --cpu-prof` profile (e.g. the API child's, from `npm run bench -- --quick --profile <dir>`):
 * `node -r ./bin/register.js dist/test/bench/cpu-profile-summary.js <file.cpuprofile> [top]` prints the share of
 * samples by self time per function, per module (node_modules package or repo file), and the inclusive time of the
 * repo's own functions. `--last SECONDS` keeps only the samples of the profile's final SECONDS (the load phase, without
 * start-up and module loading).
 */
import { readFileSync } from 'fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

function moduleOf(url: string): string {
  if (!url) return '(native/vm)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return url;
  const dist = url.indexOf('/dist/');
  return dist >= 0 ? url.slice(dist + 1) : url;
}

function main(): void {
  const args = process.argv.slice(2);
  const lastAt = args.indexOf('--last');
  const lastSeconds = lastAt >= 0 ? Number(args.splice(lastAt, 2)[1]) : undefined;
  const [file, topArg] = args;
  const top = Number(topArg ?? 25);
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  if (lastSeconds !== undefined) profile.samples = samplesOfLast(profile, lastSeconds * 1e6);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const counts = new Map<number, number>();
  for (const s of profile.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
  const total = profile.samples.length;
  const self = new Map<string, number>();
  const modules = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let idle = 0;
  for (const [id, count] of counts) {
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') idle += count;
    const key = `${functionName || '(anonymous)'} ${moduleOf(url)}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + count);
    modules.set(moduleOf(url), (modules.get(moduleOf(url)) ?? 0) + count);
    // Inclusive time for the repo's own frames (each counted once per sample).
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const frame = byId.get(cur)!.callFrame;
      if (!frame.url.includes('/dist/') || frame.url.includes('node_modules')) continue;
      const k = `${frame.functionName || '(anonymous)'} ${moduleOf(frame.url)}:${frame.lineNumber + 1}`;
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + count);
    }
  }
  const pct = (n: number) => `${((100 * n) / total).toFixed(1).padStart(5)}%`;
  const print = (title: string, m: Map<string, number>) => {
    process.stdout.write(`\n${title}\n`);
    for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`  ${pct(v)}  ${k}\n`);
  };
  process.stdout.write(`${total} samples, idle ${pct(idle)}\n`);
  print('self time by function', self);
  print('self time by module', modules);
  print('inclusive time, repo functions', inclusive);
}

/** The samples taken in the profile's final `windowUs` microseconds. */
function samplesOfLast(profile: { samples: number[]; timeDeltas: number[] }, windowUs: number): number[] {
  let elapsed = 0;
  let from = profile.samples.length;
  while (from > 0 && elapsed < windowUs) elapsed += profile.timeDeltas[--from];
  return profile.samples.slice(from);
}

main();
