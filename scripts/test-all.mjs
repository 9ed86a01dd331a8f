#!/usr/bin/env node
// Runs every check the project has, in order, and ends with one line `N passed, N failed`
// summed over all suites (what .ci/run and the README promise).
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync, existsSync } from 'node:fs';

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
mkdirSync('test-artifacts', { recursive: true });

function run(name, cmd, args) {
  if (only.length && !only.includes(name)) return true;
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  console.log(`=== ${name}: exit ${r.status} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return r.status === 0;
}

// A check that is not a test suite (type check, build) counts as one test.
function check(name, cmd, args) {
  if (only.length && !only.includes(name)) return;
  if (run(name, cmd, args)) passed += 1;
  else failed += 1;
}

function suite(name, config) {
  if (only.length && !only.includes(name)) return;
  const report = `test-artifacts/${name}-report.json`;
  const ok = run(name, 'npx', ['vitest', 'run', '--config', config, '--reporter=default', `--reporter=json`, `--outputFile.json=${report}`]);
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    passed += r.numPassedTests;
    // a suite that failed to load counts once; failed tests inside suites count themselves
    failed += r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
    if (!ok && r.numFailedTests === 0 && !r.numRuntimeErrorTestSuites) failed += 1;
  } else if (!ok) failed += 1;
}

check('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json']);
// the model's boundaries (no UI, workers, CLI, i18n, Svelte, D3, Comlink; no Math.random) and
// the recommended rules: eslint.config.js
check('lint', 'npx', ['eslint', '.']);
// one formatter for the tree (.prettierrc.json); `npm run format` fixes what this reports
check('format', 'npx', ['prettier', '--check', '.']);
check('svelte-check', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--threshold', 'error']);
suite('unit', 'vite.config.ts');
// mutation testing of the source files the last commit changed (README, "Mutation testing"),
// within a time budget; the whole run is `npm run test:mutation`
check('mutation', 'node', ['scripts/mutation-changed.mjs', '--base', 'HEAD~1', '--budget', '240', '--break', '80']);
check('build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
suite('e2e', 'test/e2e/vitest.e2e.config.ts');

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
