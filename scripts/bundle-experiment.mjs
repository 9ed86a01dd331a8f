#!/usr/bin/env node
// Builds `npm run experiment` once into dist-cli/experiment.mjs, for batch systems whose tasks
// share a file system: `npm run experiment` bundles at every start into one cache file, and
// hundreds of array tasks starting together would write and read that file at the same time.
// Run this once before submitting; the tasks then run `node dist-cli/experiment.mjs …`.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/experimentMain.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: 'dist-cli/experiment.mjs',
  logLevel: 'warning',
  // Node built-ins and installed packages stay external: node_modules must be beside it
  packages: 'external',
});
console.log('built dist-cli/experiment.mjs');
