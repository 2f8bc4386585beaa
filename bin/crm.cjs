#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx so `npx crm` works right after
// `npm install`, with no build step to forget.
require('tsx/cjs');
require('../src/cli.ts').main(process.argv.slice(2));
