#!/usr/bin/env node
// `npm start`: build when needed, then run the API (with the worker in-process when embedded).
'use strict';
require('./ensure-build').ensureBuild();
require('./register');
require('../dist/apps/api/main.js');
