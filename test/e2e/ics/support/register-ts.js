// Lets a child process run the TypeScript sources directly (swc, as Jest does) with the @g3n/* aliases, so the
// two-process concurrency test needs no build of dist/.
'use strict';
const Module = require('module');
const path = require('path');
const fs = require('fs');
const { transformSync } = require('@swc/core');

const repo = path.join(__dirname, '..', '..', '..', '..');
const original = Module._resolveFilename;
Module._resolveFilename = function resolveG3nAlias(request, ...rest) {
  if (request.startsWith('@g3n/')) {
    const name = request.slice('@g3n/'.length);
    const target = name === 'projections' ? path.join(repo, 'projections', 'index.ts') : path.join(repo, 'libs', name, 'index.ts');
    return original.call(this, target, ...rest);
  }
  return original.call(this, request, ...rest);
};
require.extensions['.ts'] = function compileTs(module, filename) {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};
