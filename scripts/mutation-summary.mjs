#!/usr/bin/env node
// Scores of Stryker reports by folder, and the mutants that were not killed, one a line
// (README, "Mutation testing").
//   node scripts/mutation-summary.mjs [report.json …] [--survivors] [--files]
// (default reports/mutation/mutation.json; several reports, such as one per file, are merged:
// a file run twice holds the mutants of both runs, killed if either run killed it;
// --files adds a row per file to the rows per folder)
//
// Score = (killed + timed out) / all valid mutants, survivors and mutants no test reaches
// included, as Stryker counts it. Two kinds of mutant are then set apart, and the last column
// scores the rest:
//   WebAssembly only: code the JavaScript build never runs, so no mutant of it can reach a test
//     — the two-customer paths (functions named …Pairs or taking a v128), the four-lane draws (…Lanes) and the WebAssembly bodies of
//     kernel/platform.ts (after `if (ASC_TARGET == 0) …`); wasm.test.ts holds that code to the
//     one-customer rules bit for bit instead;
//   equivalent: `ASC_TARGET == 0` made true or `ASC_TARGET != 0` made false (the JavaScript
//     build's constant), and the mutants listed in test/unit/mechanisms/EQUIVALENT.md (the model)
//     and test/unit/scenario/EQUIVALENT.md (the scenario and the command line), matched
//     by file, original code and replacement (so the list survives code moving about).
import { existsSync, readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const paths = args.filter((a) => !a.startsWith('--'));
const listSurvivors = args.includes('--survivors');
const perFile = args.includes('--files');
const report = { files: {} };
const mutantKey = (m) =>
  `${m.location.start.line}:${m.location.start.column}:${m.location.end.line}:${m.location.end.column}:${m.mutatorName}:${m.replacement}`;
const isKilled = (m) => m.status === 'Killed' || m.status === 'Timeout';
for (const p of paths.length ? paths : ['reports/mutation/mutation.json'])
  for (const [path, file] of Object.entries(JSON.parse(readFileSync(p, 'utf8')).files)) {
    const earlier = report.files[path];
    // the same file run twice (other tests in MUTATION_TESTS, or a run of some of its lines):
    // its mutants are the union of both runs', and a mutant is killed if either run killed it;
    // a file whose source changed in between keeps only the later run
    if (earlier && earlier.source === file.source) {
      const union = new Map(earlier.mutants.map((m) => [mutantKey(m), m]));
      for (const m of file.mutants) {
        const before = union.get(mutantKey(m));
        union.set(mutantKey(m), before && isKilled(before) && !isKilled(m) ? { ...m, status: before.status } : m);
      }
      file.mutants = [...union.values()];
    }
    report.files[path] = file;
  }

const FOLDERS = ['src/model/kernel', 'src/model/drivers', 'src/model', 'src/scenario', 'src/cli', 'src/ui/series'];
const folderOf = (path) => FOLDERS.find((f) => path.startsWith(`${f}/`)) ?? path.split('/').slice(0, -1).join('/');

const squash = (s) => s.replace(/\s+/g, ' ').trim();

/** Equivalent mutants listed by hand: `| file | original | replacement | why |` rows. */
function listedEquivalents() {
  const files = ['test/unit/mechanisms/EQUIVALENT.md', 'test/unit/scenario/EQUIVALENT.md'].filter((f) => existsSync(f));
  const rows = [];
  for (const line of files.flatMap((file) => readFileSync(file, 'utf8').split('\n'))) {
    const cells = line.split(/(?<!\\)\|/).map((c) => c.trim());
    if (cells.length < 5 || !cells[1].startsWith('`src/')) continue;
    const code = (c) => squash(c.replace(/^`+\s?|\s?`+$/g, '').replace(/\\\|/g, '|'));
    rows.push({ file: code(cells[1]), original: code(cells[2]), replacement: code(cells[3]) });
  }
  return rows;
}
const equivalents = listedEquivalents();

/** Line numbers (1-based) of code that only the WebAssembly build runs. */
function webAssemblyOnly(source) {
  const lines = source.split('\n');
  const only = new Set();
  const toFunctionEnd = (from) => {
    for (let j = from; j < lines.length && lines[j] !== '}'; j++) only.add(j + 1);
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (/^(export )?function \w+(Pairs|Lanes)\(/.test(l) || /^(export )?function \w+\([^)]*\bv128\b/.test(l)) toFunctionEnd(i);
    else if (/^ {2}if \(ASC_TARGET == 0\) [^{]/.test(l)) toFunctionEnd(i + 1);
    else if (/^ {2}if \(ASC_TARGET == 0\) \{$/.test(l)) {
      let j = i + 1;
      while (j < lines.length && !/^ {2}\}/.test(lines[j])) j++;
      toFunctionEnd(j + 1);
      if (/^ {2}\} else \{$/.test(lines[j])) only.add(j + 1);
    }
  }
  return only;
}

const rows = new Map();
const open = [];
const count = (key, kind) => {
  const r = rows.get(key) ?? { mutants: 0, killed: 0, survived: 0, noCoverage: 0, wasm: 0, equivalent: 0 };
  r.mutants++;
  r[kind]++;
  rows.set(key, r);
};
for (const [path, { source, mutants }] of Object.entries(report.files)) {
  const lines = source.split('\n');
  const wasmOnly = webAssemblyOnly(source);
  for (const m of mutants) {
    if (m.status === 'CompileError' || m.status === 'RuntimeError' || m.status === 'Ignored') continue;
    const { start, end } = m.location;
    const original = squash(
      start.line === end.line
        ? lines[start.line - 1].slice(start.column - 1, end.column - 1)
        : [lines[start.line - 1].slice(start.column - 1), ...lines.slice(start.line, end.line - 1), lines[end.line - 1].slice(0, end.column - 1)].join(' '),
    );
    const replacement = squash(m.replacement ?? '');
    const killed = m.status === 'Killed' || m.status === 'Timeout';
    let kind = killed ? 'killed' : m.status === 'NoCoverage' ? 'noCoverage' : 'survived';
    if (!killed) {
      if (wasmOnly.has(start.line)) kind = 'wasm';
      else if ((original === 'ASC_TARGET == 0' && replacement === 'true') || (original === 'ASC_TARGET != 0' && replacement === 'false')) kind = 'equivalent';
      else if (equivalents.some((e) => e.file === path && e.original === original && e.replacement === replacement)) kind = 'equivalent';
    }
    for (const key of new Set([folderOf(path), path.startsWith('src/model/') ? 'src/model (all)' : null, perFile ? path : null].filter(Boolean)))
      count(key, kind);
    if (kind === 'survived' || kind === 'noCoverage')
      open.push(
        `${path}:${start.line}:${start.column} ${kind === 'noCoverage' ? 'no test reaches' : 'survived'} ${m.mutatorName}: \`${original.slice(0, 90)}\` → \`${replacement.slice(0, 90)}\``,
      );
  }
}

const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');
console.log(
  '| folder | mutants | killed | survived | no test reaches | WebAssembly only | equivalent | score | score without WebAssembly-only and equivalent |',
);
console.log(
  '| ------ | ------- | ------ | -------- | --------------- | ---------------- | ---------- | ----- | --------------------------------------------- |',
);
for (const [k, r] of [...rows].sort(([a], [b]) => a.localeCompare(b)))
  console.log(
    `| \`${k}\` | ${r.mutants} | ${r.killed} | ${r.survived} | ${r.noCoverage} | ${r.wasm} | ${r.equivalent} | ${pct(r.killed, r.mutants)} | ${pct(r.killed, r.mutants - r.wasm - r.equivalent)} |`,
  );
if (listSurvivors) console.log(`\n${open.length} not killed and not explained:\n${open.join('\n')}`);
