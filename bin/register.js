// Resolves the monorepo's `@g3n/<lib>` aliases to the compiled files under dist/, as tsconfig "paths" does for the sources.
'use strict';
const Module = require('module');
const path = require('path');
const dist = path.join(__dirname, '..', 'dist');
const original = Module._resolveFilename;
Module._resolveFilename = function resolveG3nAlias(request, ...rest) {
  if (request.startsWith('@g3n/')) {
    const name = request.slice('@g3n/'.length);
    const target = name === 'projections'
      ? path.join(dist, 'projections', 'index.js')
      : path.join(dist, 'libs', name, 'index.js');
    return original.call(this, target, ...rest);
  }
  return original.call(this, request, ...rest);
};
