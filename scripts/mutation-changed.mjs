#!/usr/bin/env node
// Mutation testing of the files a change touches (README, "Mutation testing"): the source files
// under the mutated folders (stryker.config.json) that differ from a base (default `main`,
// committed or not), each folder with the tests that judge it, in Stryker's incremental mode so
// that a mutant whose code and tests did not change is not run again.
//
//   node scripts/mutation-changed.mjs                 files changed against main
//   node scripts/mutation-changed.mjs --base origin/main
//   node scripts/mutation-changed.mjs --list          only print the files and the commands
//   node scripts/mutation-changed.mjs --break 80      exit 1 when a folder scores below 80%
//   node scripts/mutation-changed.mjs --base HEAD~1 --budget 240
//                                                     the last commit's files, the runs stopped
//                                                     after 240 s in all (what `npm test` runs)
//
// `npm test` runs it on the last commit with a time budget: one changed driver of the kernel is
// ~200 mutants, 5–15 minutes on this machine, more than CI can give. A run stopped by the budget
// is reported as not finished (the command to finish it is printed) and does not fail the check;
// a finished run below --break does.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, copyFileSync } from 'node:fs';

/** The mutated folders, the files left out of each, and the tests run against its mutants. */
export const FOLDERS = [
  {
    folder: 'src/model',
    // lane rules and the compiled module run only in WebAssembly, which Stryker does not rebuild
    skip: [/^src\/model\/kernel\/lanes/, /^src\/model\/wasm\//, /\.d\.ts$/],
    tests: ['test/unit/mechanisms', 'test/unit/model/rng.test.ts', 'test/unit/model/params.test.ts', 'test/unit/model/utility.test.ts'],
  },
  { folder: 'src/scenario', skip: [], tests: ['test/unit/scenario'] },
  { folder: 'src/cli', skip: [], tests: ['test/unit/cli'] },
  { folder: 'src/ui/series', skip: [], tests: ['test/unit/ui'] },
];

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const base = option('--base', 'main');
const listOnly = args.includes('--list');
const breakAt = option('--break', null);
const budget = option('--budget', null);

const git = (...a) => {
  const r = spawnSync('git', a, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${a.join(' ')}: ${r.stderr.trim()}`);
  return r.stdout.split('\n').filter(Boolean);
};
let mergeBase;
try {
  mergeBase = git('merge-base', base, 'HEAD')[0];
} catch (e) {
  // a shallow clone, or the first commit: nothing to compare with
  console.log(`No base to compare with (${e.message.split('\n')[0]}); no mutation run.`);
  process.exit(0);
}
// changed since the branch left `base`, committed or not, and new files not yet added
const changed = new Set([...git('diff', '--name-only', '--diff-filter=AMR', mergeBase), ...git('ls-files', '--others', '--exclude-standard')]);

const deadline = budget === null ? Infinity : Date.now() + Number(budget) * 1000;
let worst = 100;
let found = 0;
for (const { folder, skip, tests } of FOLDERS) {
  const files = [...changed].filter((f) => f.startsWith(`${folder}/`) && f.endsWith('.ts') && !skip.some((r) => r.test(f)) && existsSync(f)).sort();
  // a file of src/model also lives in src/model/kernel…: each file belongs to its first folder only
  if (!files.length) continue;
  found++;
  const name = folder.replace(/\//g, '-');
  const cmd = [
    'stryker',
    'run',
    '--mutate',
    files.join(','),
    '--ignoreStatic',
    '--incremental',
    '--incrementalFile',
    `reports/mutation/changed/${name}.incremental.json`,
    '--concurrency',
    '2',
  ];
  console.log(`\n${folder}: ${files.length} changed file(s): ${files.join(', ')}\n  MUTATION_TESTS=${tests.join(',')} npx ${cmd.join(' ')}`);
  if (listOnly) continue;
  mkdirSync('reports/mutation/changed', { recursive: true });
  const t0 = Date.now();
  // coreutils `timeout` stops the whole process group: Stryker and its test runners
  const left = Math.floor((deadline - Date.now()) / 1000);
  const [run, runArgs] = budget === null ? ['npx', cmd] : ['timeout', ['--kill-after=20', String(Math.max(left, 1)), 'npx', ...cmd]];
  const r = left > 0 ? spawnSync(run, runArgs, { stdio: 'inherit', env: { ...process.env, MUTATION_TESTS: tests.join(',') } }) : { status: 124 };
  if (budget !== null && r.status === 124) {
    console.log(`${folder}: not finished within --budget ${budget} s (all folders); the whole run: MUTATION_TESTS=${tests.join(',')} npx ${cmd.join(' ')}`);
    continue;
  }
  if (r.status !== 0) process.exit(r.status ?? 1);
  copyFileSync('reports/mutation/mutation.json', `reports/mutation/changed/${name}.json`);
  const report = JSON.parse(readFileSync(`reports/mutation/changed/${name}.json`, 'utf8'));
  let killed = 0;
  let valid = 0;
  for (const { mutants } of Object.values(report.files))
    for (const m of mutants) {
      if (['CompileError', 'RuntimeError', 'Ignored'].includes(m.status)) continue;
      valid++;
      if (m.status === 'Killed' || m.status === 'Timeout') killed++;
    }
  const score = valid ? (100 * killed) / valid : 100;
  worst = Math.min(worst, score);
  console.log(
    `${folder}: ${killed} of ${valid} mutants killed (${score.toFixed(1)}%) in ${((Date.now() - t0) / 60000).toFixed(1)} min; survivors: node scripts/mutation-summary.mjs reports/mutation/changed/${name}.json --survivors`,
  );
}
if (!found) console.log(`No file under ${FOLDERS.map((f) => f.folder).join(', ')} changed against ${base}.`);
if (breakAt !== null && worst < Number(breakAt)) {
  console.error(`A folder scored ${worst.toFixed(1)}%, below --break ${breakAt}.`);
  process.exit(1);
}
