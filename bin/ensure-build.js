#!/usr/bin/env node
// Builds dist/ when it is missing or older than any TypeScript source, so `npm start`, `npx g3n` and `npm test` work on a fresh clone.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const root = path.join(__dirname, '..');
const stamp = path.join(root, 'dist', '.tsbuildinfo');

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function isStale() {
  if (!fs.existsSync(stamp)) return true;
  const built = fs.statSync(stamp).mtimeMs;
  const sources = ['apps', 'libs', 'projections', 'test'].map((d) => path.join(root, d)).filter((d) => fs.existsSync(d));
  const configs = ['tsconfig.json', 'tsconfig.build.json'].map((f) => fs.statSync(path.join(root, f)).mtimeMs);
  return Math.max(...configs, ...sources.map(newestSource)) > built;
}

function ensureBuild() {
  if (!isStale()) return;
  process.stderr.write('g3n: building (tsc) ...\n');
  const tsc = require.resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) {
    process.stderr.write('g3n: the build failed; see the TypeScript errors above.\n');
    process.exit(result.status || 1);
  }
  fs.utimesSync(stamp, new Date(), new Date());
}

module.exports = { ensureBuild };
if (require.main === module) ensureBuild();
