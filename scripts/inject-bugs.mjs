#!/usr/bin/env node
// Plants the ten one-line bugs of issue 17, one at a time, in a temporary copy of the working
// tree, runs the unit tests that should notice each, and reports caught or missed (README,
// "Bug injection"). The working tree is never touched: the copy holds the tracked and untracked
// (not ignored) files, with node_modules linked, and each bug's file is restored before the next.
//
//   node scripts/inject-bugs.mjs              all ten, tests on the JavaScript build of the kernel
//   node scripts/inject-bugs.mjs 3 6          only bugs 3 and 6
//   node scripts/inject-bugs.mjs --wasm       rebuild the WebAssembly module (npm run wasm) in the
//                                             copy after planting, and run the tests on it
//
// A kernel bug planted in the source reaches the WebAssembly module only through `npm run wasm`,
// so by default the tests run on the JavaScript build (LOYALTY_ENGINE=typescript), where it acts
// at once. Each bug is a search/replace on today's files; a search that does not match exactly
// once stops the script (the code moved: update the patch, do not skip the bug). The unpatched
// copy runs the same tests first, so a failure is the bug's and not the test's.
// Exit code 0 only if every bug is caught.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const MECHANISMS = ['test/unit/mechanisms'];

/** The bugs: `replace` pairs applied to `file`, and the tests that should catch them. */
export const BUGS = [
  {
    bug: 'The price rule of the attribution order tested before the incentive rule',
    file: 'src/model/drivers/loyalty.ts',
    replace: [
      ['(bit(margin < incentive) << 3) |\n    (bit(margin < price) << 2) |', '(bit(margin < price) << 3) |\n    (bit(margin < incentive) << 2) |'],
      ['(PRICE << 8) | (INCENTIVE << 12)', '(INCENTIVE << 8) | (PRICE << 12)'],
    ],
    tests: MECHANISMS,
  },
  {
    bug: 'Quick and slow complaint resolutions swap their TARP repurchase cells',
    file: 'src/model/drivers/decision.ts',
    replace: [['hap & QUICK ? 3 : 2', 'hap & QUICK ? 2 : 3']],
    tests: MECHANISMS,
  },
  {
    bug: "The firm's lock-in dropped from the switching cost",
    file: 'src/model/kernel/utility.ts',
    replace: [['return habit + tie + lock;', 'return habit + tie;']],
    tests: MECHANISMS,
  },
  {
    bug: 'Programme rewards build trust',
    file: 'src/model/drivers/experience.ts',
    replace: [
      [
        '  const tru = afterComplaint(hap, hap == 0 ? earnedTrust(f32at(trust, i), sat, pk) : trustAfterFailure(f32at(trust, i), sat, pk));\n',
        '  let tru = afterComplaint(hap, hap == 0 ? earnedTrust(f32at(trust, i), sat, pk) : trustAfterFailure(f32at(trust, i), sat, pk));\n  tru += 0.5 * f64at(programme, k) * (1 - tru);\n',
      ],
    ],
    tests: MECHANISMS,
  },
  {
    bug: "The expectation drift's sign flipped",
    file: 'src/model/drivers/experience.ts',
    replace: [['(heard + promiseK - e) + sc(S.expectationDrift)', '(heard + promiseK - e) - sc(S.expectationDrift)']],
    tests: MECHANISMS,
  },
  {
    bug: 'A scheduled change applies one period late',
    file: 'src/model/market.ts',
    replace: [['x.period <= t && t < windowEnd(x)', 'x.period < t && t < windowEnd(x)']],
    tests: MECHANISMS,
  },
  {
    bug: 'The lifetime-value discount uses (1+r)^12 instead of (1+r)^(1/12)',
    file: 'src/model/simulation.ts',
    replace: [['annualDiscountRate, 1 / periodsPerYear(scenario))', 'annualDiscountRate, periodsPerYear(scenario))']],
    tests: MECHANISMS,
  },
  {
    bug: 'A change for firm 3 accepted in a 3-firm market (and silently ignored)',
    file: 'src/scenario/schema.ts',
    replace: [['if (c.firm >= k)', 'if (c.firm > k)']],
    tests: ['test/unit/scenario'],
  },
  {
    bug: 'A price-war error names the wrong index',
    file: 'src/scenario/schema.ts',
    replace: [["path: ['events', i, 'firms', j]", "path: ['events', j, 'firms', i]"]],
    tests: ['test/unit/scenario'],
  },
  {
    bug: 'A chart helper passes (segment, firm) where it means (firm, segment)',
    file: 'src/ui/series/mix.ts',
    replace: [["valueOf(s, firm, k === 'churned' ? 'churned' : `type_${k}`, segment)", "valueOf(s, segment, k === 'churned' ? 'churned' : `type_${k}`, firm)"]],
    tests: ['test/unit/ui'],
  },
];

const args = process.argv.slice(2);
const wasm = args.includes('--wasm');
const chosen = args.filter((a) => /^\d+$/.test(a)).map(Number);
for (const n of chosen) if (n < 1 || n > BUGS.length) throw new Error(`no bug ${n}: the bugs are numbered 1–${BUGS.length}`);
const todo = BUGS.map((b, i) => ({ ...b, n: i + 1 })).filter((b) => !chosen.length || chosen.includes(b.n));

const root = process.cwd();
const git = (...a) => spawnSync('git', a, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
const listed = git('ls-files', '-z', '--cached', '--others', '--exclude-standard');
if (listed.status !== 0) throw new Error(`git ls-files failed (run from the repository's root): ${listed.stderr}`);

const copy = mkdtempSync(join(tmpdir(), 'loyalty-inject-'));
const cleanup = () => rmSync(copy, { recursive: true, force: true });
process.on('exit', cleanup);
process.on('SIGINT', () => process.exit(130));
for (const f of listed.stdout.split('\0').filter(Boolean)) {
  mkdirSync(dirname(join(copy, f)), { recursive: true });
  try {
    cpSync(join(root, f), join(copy, f));
  } catch (e) {
    if (e.code !== 'ENOENT') throw e; // deleted in the working tree but not yet in the index
  }
}
symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
console.log(`copy of the working tree: ${copy}${wasm ? ' (the WebAssembly module rebuilt for each bug)' : ''}`);

/** Runs the tests in the copy; returns the names of the failed tests (or why nothing ran). */
function runTests(tests) {
  const report = join(copy, 'inject-report.json');
  rmSync(report, { force: true });
  const env = { ...process.env, LOYALTY_ENGINE: wasm ? 'wasm' : 'typescript' };
  const r = spawnSync('npx', ['vitest', 'run', ...tests, '--reporter=json', `--outputFile.json=${report}`], {
    cwd: copy,
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  let result;
  try {
    result = JSON.parse(readFileSync(report, 'utf8'));
  } catch {
    return { ran: 0, failed: [`vitest wrote no report (exit ${r.status}): ${(r.stderr || r.stdout).slice(-800)}`] };
  }
  const failed = [];
  for (const file of result.testResults) {
    if (file.status === 'failed' && !file.assertionResults.some((a) => a.status === 'failed'))
      failed.push(`${file.name.slice(copy.length + 1)}: ${file.message.split('\n')[0]}`);
    for (const a of file.assertionResults) if (a.status === 'failed') failed.push(`${file.name.slice(copy.length + 1)} › ${a.fullName}`);
  }
  return { ran: result.numTotalTests, failed };
}

function buildWasm() {
  const r = spawnSync('npm', ['run', 'wasm'], { cwd: copy, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run wasm failed in the copy:\n${r.stdout}\n${r.stderr}`);
}

const suites = [...new Set(todo.flatMap((b) => b.tests))];
const baseline = runTests(suites);
if (baseline.failed.length) {
  console.error(`The unpatched copy already fails ${baseline.failed.length} of ${baseline.ran} tests; fix those first:\n  ${baseline.failed.join('\n  ')}`);
  process.exit(2);
}
console.log(`unpatched: ${baseline.ran} tests in ${suites.join(', ')} pass\n`);

const rows = [];
for (const b of todo) {
  const path = join(copy, b.file);
  const original = readFileSync(path, 'utf8');
  let patched = original;
  for (const [from, to] of b.replace) {
    const at = patched.split(from).length - 1;
    if (at !== 1) {
      console.error(`bug ${b.n} (${b.bug}): "${from}" occurs ${at} times in ${b.file}, not once; update the patch in scripts/inject-bugs.mjs`);
      process.exit(2);
    }
    patched = patched.replace(from, () => to);
  }
  writeFileSync(path, patched);
  try {
    if (wasm && b.file.startsWith('src/model/')) buildWasm();
    const t0 = Date.now();
    const r = runTests(b.tests);
    const caught = r.failed.length > 0;
    rows.push({ n: b.n, bug: b.bug, file: b.file, caught, failed: r.failed });
    console.log(
      `${caught ? 'caught' : 'MISSED'}  ${b.n}. ${b.bug} (${b.file}): ${r.failed.length} of ${r.ran} tests fail, ${((Date.now() - t0) / 1000).toFixed(0)} s`,
    );
    for (const f of r.failed.slice(0, 8)) console.log(`          ${f}`);
    if (r.failed.length > 8) console.log(`          … and ${r.failed.length - 8} more`);
  } finally {
    writeFileSync(path, original);
    if (wasm && b.file.startsWith('src/model/')) buildWasm();
  }
}

console.log('\n| #   | bug | file | result | failing tests |');
console.log('| --- | --- | ---- | ------ | ------------- |');
for (const r of rows) console.log(`| ${r.n} | ${r.bug} | \`${r.file}\` | ${r.caught ? 'caught' : '**missed**'} | ${r.failed.length} |`);
const missed = rows.filter((r) => !r.caught).length;
console.log(`\n${rows.length - missed} of ${rows.length} bugs caught`);
process.exit(missed ? 1 : 0);
