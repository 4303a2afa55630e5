#!/usr/bin/env node
// The `g3n` command (`npx g3n …` in a clone): build when needed, then run the CLI.
'use strict';
require('./ensure-build').ensureBuild();
require('./register');
require('../dist/apps/cli/main.js');
