#!/usr/bin/env node
// Runs a TypeScript entry (the CLI, the benchmark) as one esbuild bundle. tsx's per-module
// loader hooks keep V8 from inlining across modules and make the model ~3× slower; a bundle
// runs at the speed the browser build gets.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <entry.ts> [args…]');
  process.exit(2);
}
const outdir = resolve('node_modules/.cache/loyalty-lab');
mkdirSync(outdir, { recursive: true });
const outfile = resolve(outdir, basename(entry).replace(/\.ts$/, '.mjs'));
await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  logLevel: 'warning',
  sourcemap: 'inline',
  // keep Node built-ins and installed packages external: only our code is bundled
  packages: 'external',
  // the model's kernel selects its JavaScript paths (src/model/kernel/platform.ts)
  define: { ASC_TARGET: '0' },
});
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
