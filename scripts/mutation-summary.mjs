#!/usr/bin/env node
// Scores of a Stryker report by folder, and the mutants that were not killed, one a line
// (README, "Mutation testing").
//   node scripts/mutation-summary.mjs [reports/mutation/mutation.json] [--survivors]
// Score = (killed + timed out) / all valid mutants, survivors and mutants no test reaches
// included, as Stryker counts it; "covered" leaves out the mutants no test reaches.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? 'reports/mutation/mutation.json';
const listSurvivors = args.includes('--survivors');
const report = JSON.parse(readFileSync(file, 'utf8'));

const FOLDERS = ['src/model/kernel', 'src/model/drivers', 'src/model', 'src/scenario', 'src/cli', 'src/ui/series'];
const folderOf = (path) => FOLDERS.find((f) => path.startsWith(`${f}/`)) ?? path.split('/').slice(0, -1).join('/');

const rows = new Map();
const open = [];
for (const [path, { source, mutants }] of Object.entries(report.files)) {
  const lines = source.split('\n');
  for (const m of mutants) {
    if (m.status === 'CompileError' || m.status === 'RuntimeError' || m.status === 'Ignored') continue;
    for (const key of new Set([folderOf(path), path.startsWith('src/model/') ? 'src/model (all)' : null].filter(Boolean))) {
      const r = rows.get(key) ?? { mutants: 0, killed: 0, survived: 0, noCoverage: 0 };
      r.mutants++;
      if (m.status === 'Killed' || m.status === 'Timeout') r.killed++;
      else if (m.status === 'NoCoverage') r.noCoverage++;
      else r.survived++;
      rows.set(key, r);
    }
    if (m.status === 'Survived' || m.status === 'NoCoverage') {
      const { line, column } = m.location.start;
      const original = lines[line - 1].slice(column - 1, m.location.end.line === line ? m.location.end.column - 1 : undefined);
      open.push(
        `${path}:${line}:${column} ${m.status === 'NoCoverage' ? 'no test reaches' : 'survived'} ${m.mutatorName}: ${original.trim().slice(0, 70)} → ${(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 70)}`,
      );
    }
  }
}

const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');
console.log('| folder | mutants | killed | survived | no test reaches | score | score of covered |');
console.log('| ------ | ------- | ------ | -------- | --------------- | ----- | ---------------- |');
for (const [k, r] of [...rows].sort(([a], [b]) => a.localeCompare(b)))
  console.log(
    `| \`${k}\` | ${r.mutants} | ${r.killed} | ${r.survived} | ${r.noCoverage} | ${pct(r.killed, r.mutants)} | ${pct(r.killed, r.mutants - r.noCoverage)} |`,
  );
if (listSurvivors) console.log(`\n${open.join('\n')}`);
