// Issue 13, the command line: terminal escapes, sweeps that change the run's size, output
// paths that lead to an input or to each other, atomic outputs, and the memory budget.
import { chmodSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createProgress } from '../../../src/cli/progress.ts';
import { printable } from '../../../src/cli/terminal.ts';
import {
  MAIN_BYTES,
  periodBytes,
  planWorkers,
  workerBytes,
  WORKER_BYTES,
  BYTES_PER_CUSTOMER,
  COHORT_BYTES_PER_CUSTOMER,
  cohortTableBytes,
} from '../../../src/cli/memory.ts';
import { defaultScenario } from '../../../src/scenario/parse.ts';
import { cli, tempDir, writeTinyScenario } from './helpers.ts';
import { scenarioWith } from '../../helpers.ts';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const HOSTILE_NAME = 'Evil\u001b]0;pwned\u0007\u001b[2J\u001b[1;1H\u009b31m\u202eCorp';

let dir: string;
let file: string;
beforeAll(() => {
  dir = tempDir();
  file = writeTinyScenario(dir);
});

describe('terminal escapes from a file never reach the terminal (item 9)', () => {
  let evil: string;
  beforeAll(() => {
    evil = writeTinyScenario(
      dir,
      {
        firms: [
          { name: HOSTILE_NAME, initialShare: 0.6 },
          { name: 'Rival\nB', initialShare: 0.4 },
        ],
      },
      'evil.json',
    );
  });
  it('the summary table', async () => {
    const r = await cli([evil, '--reps', '1']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(CONTROL);
    expect(r.stdout).toContain('Evil?]0;pwned??[2J?[1;1H?31m?Corp');
  });
  it('the --sweep table title', async () => {
    const r = await cli([evil, '--reps', '1', '--sweep', 'firms[0].price=0.9,1']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(CONTROL);
    expect(r.stdout.split('\n')[0]).toMatch(/^Evil\?\]0;pwned/);
  });
  it('messages that quote what was typed or read', async () => {
    const r = await cli([evil, '--set', 'firms[0].name=\u001b[2J'.repeat(30), '--sweep', 'seed=1\u001b[2J']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(CONTROL);
    const bad = join(dir, 'bad-escape.json');
    writeFileSync(bad, JSON.stringify({ schemaVersion: 1, firms: [{ name: 'x', price: 9 }], periodUnit: '\u001b]0;t\u0007' }));
    const b = await cli([bad]);
    expect(b.code).toBe(2);
    expect(b.stderr).not.toMatch(CONTROL);
  });
  it('printable keeps line breaks and replaces every other control character', () => {
    expect(printable('a\u001b[2Jb\nc\u009bd\u0007\u2066')).toBe('a?[2Jb\nc?d??');
  });
});

describe('sweeps that change the size of the run (item 11)', () => {
  it.each([
    ['horizon=3,30', /^Us, final period of each value \(3–30\)/],
    ['replicates=1,5', /^Us, period 6 .*same seeds \(1–5 replicates\)/],
  ])('--sweep %s runs on a terminal with a bar and an honest title', async (sweep, title) => {
    const r = await cli([file, '--sweep', sweep, '--out', join(dir, 'size-sweep.csv')], true);
    expect(r.stderr).not.toContain('RangeError');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(title);
    expect(r.stderr).toContain('\r[');
    expect(r.stderr).toMatch(/Ran 2 sweep values × (1–5|2) replicates × (3–30|6) periods/);
  });
  it("the horizon sweep's rows run each value to its own horizon", async () => {
    await cli([file, '--sweep', 'horizon=3,8', '--out', join(dir, 'h.csv'), '-q']);
    const periods = readFileSync(join(dir, 'h.csv'), 'utf8')
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    const last = (v: string) => Math.max(...periods.filter((c) => c[1] === v).map((c) => Number(c[3])));
    expect([last('3'), last('8')]).toEqual([2, 7]);
  });
  it('the bar never draws past its end, even if told more periods than planned', () => {
    let out = '';
    let t = 0;
    const p = createProgress(
      2,
      'Ran it',
      (s) => (out += s),
      true,
      () => (t += 200),
    );
    for (let i = 0; i < 5; i++) p.tick();
    p.finish();
    expect(out).toContain('100%');
  });
});

describe('output paths (item 12)', () => {
  // each test its own scenario file, so one that fails cannot spoil the next
  let n = 0;
  const own = () => writeTinyScenario(dir, {}, `paths-${n++}.json`);
  it('refuses --out and --json that are one file by another spelling', async () => {
    mkdirSync(join(dir, 'x'), { recursive: true });
    const file = own();
    const r = await cli([file, '--out', join(dir, 'same.csv'), '--json', join(dir, 'x', '..', 'same.csv'), '-q']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('are the same file');
    expect(existsSync(join(dir, 'same.csv'))).toBe(false);
  });
  it('refuses an output that is a symlink to the scenario file, and leaves the file as it was', async () => {
    const file = own();
    const before = readFileSync(file, 'utf8');
    symlinkSync(file, join(dir, 'link.csv'));
    const r = await cli([file, '--out', join(dir, 'link.csv'), '-q']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('would overwrite the scenario file');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
  it('refuses an output that is a hard link to the scenario file, or the file by a relative path', async () => {
    const file = own();
    linkSync(file, join(dir, 'hard.json'));
    expect((await cli([file, '--json', join(dir, 'hard.json'), '-q'])).code).toBe(2);
    const other = own();
    mkdirSync(join(dir, 'y'), { recursive: true });
    expect((await cli([other, '--json', join(dir, 'y', '..', basename(other)), '-q'])).code).toBe(2);
  });
  it('refuses an output that is a symlink to the other output', async () => {
    const file = own();
    symlinkSync(join(dir, 'target.json'), join(dir, 'alias.json'));
    const r = await cli([file, '--json', join(dir, 'target.json'), '--out', join(dir, 'alias.json'), '-q']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('are the same file');
  });
  it('writes atomically: a failed run leaves an existing output untouched and no temporary file', async () => {
    const file = own();
    const sub = join(dir, 'atomic');
    mkdirSync(sub);
    writeFileSync(join(sub, 'old.csv'), 'previous results\n');
    chmodSync(join(sub, 'old.csv'), 0o640);
    // the first run succeeds: the file is replaced whole, its permissions kept
    expect((await cli([file, '--out', join(sub, 'old.csv'), '-q'])).code).toBe(0);
    const good = readFileSync(join(sub, 'old.csv'), 'utf8');
    expect(good.startsWith('replicate,')).toBe(true);
    expect(statSync(join(sub, 'old.csv')).mode & 0o777).toBe(0o640);
    // the second fails part-way (the JSON cannot be made): the CSV stays as it was
    const r = await cli([file, '--out', join(sub, 'old.csv'), '--json', join(sub, 'no-such-dir', 'x.json'), '-q', '--seed', '99']);
    expect(r.code).toBe(1);
    expect(readFileSync(join(sub, 'old.csv'), 'utf8')).toBe(good);
    expect(readdirSync(sub).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
  it('writes through a symlink to another file, keeping the link', async () => {
    const file = own();
    const sub = join(dir, 'through');
    mkdirSync(sub);
    writeFileSync(join(sub, 'real.csv'), 'old\n');
    symlinkSync(join(sub, 'real.csv'), join(sub, 'via.csv'));
    expect((await cli([file, '--out', join(sub, 'via.csv'), '-q'])).code).toBe(0);
    expect(readFileSync(join(sub, 'real.csv'), 'utf8').startsWith('replicate,')).toBe(true);
    expect(readdirSync(sub).sort()).toEqual(['real.csv', 'via.csv']);
  });
});

describe('the memory budget of --workers (item 13)', () => {
  const MB = 1024 * 1024;
  const big = scenarioWith({ population: { size: 1_000_000 }, horizon: 120, replicates: 64 });
  it('estimates a worker from its population and the periods it may keep waiting', () => {
    expect(workerBytes(big)).toBe(WORKER_BYTES + 1_000_000 * BYTES_PER_CUSTOMER + 2 * 120 * periodBytes(3));
    // the measured 4.3 GB of 64 workers at 1,000,000 customers is within the estimate
    expect(MAIN_BYTES + 64 * workerBytes(big)).toBeGreaterThan(4.3e9);
    expect(periodBytes(8)).toBeGreaterThan(periodBytes(3));
    const longer = scenarioWith({ population: { size: 1_000_000 }, horizon: 1040, replicates: 40 });
    expect(workerBytes(longer)).toBeGreaterThan(workerBytes(big));
  });
  it('keeps every asked worker that fits', () => {
    expect(planWorkers(big, 8, 16_000 * MB)).toEqual({ workers: 8, bytes: MAIN_BYTES + 8 * workerBytes(big) });
    expect(planWorkers(big, 64, 16_000 * MB).workers).toBe(64);
  });
  it('caps the workers to the budget, and says so naming --workers', () => {
    const budget = 2_000 * MB;
    const p = planWorkers(big, 64, budget);
    expect(p.workers).toBe(Math.floor((budget - MAIN_BYTES) / workerBytes(big)));
    expect(p.bytes).toBeLessThanOrEqual(budget);
    expect(p.notice).toMatch(/^--workers 64 would need about [\d,]+ MB .*more than the memory budget of 2,000 MB; running on \d+ workers/);
  });
  it('counts the cohort counts when --cohorts, --by-satisfaction or --by-tenure asks for them', () => {
    // 20 bytes a customer, and the counts of the replicates waiting (two a worker) and of the one being written
    const table = Math.ceil((3 * 120 * 123) / 2) * 4;
    expect(cohortTableBytes(big)).toBe(table);
    expect(workerBytes(big, true)).toBe(workerBytes(big) + 1_000_000 * COHORT_BYTES_PER_CUSTOMER + 2 * table);
    expect(planWorkers(big, 8, 16_000 * MB, true)).toEqual({ workers: 8, bytes: MAIN_BYTES + table + 8 * workerBytes(big, true) });
    // a budget that fits 4 plain workers fits fewer that count cohorts
    const budget = MAIN_BYTES + 4 * workerBytes(big);
    expect(planWorkers(big, 4, budget).workers).toBe(4);
    expect(planWorkers(big, 4, budget, true).workers).toBeLessThan(4);
  });
  it('falls back to the main thread, then refuses with a message naming --memory', () => {
    expect(planWorkers(big, 4, MAIN_BYTES + workerBytes(big) + 1)).toMatchObject({ workers: 1 });
    const p = planWorkers(big, 4, 100 * MB);
    expect(p.workers).toBe(0);
    expect(p.error).toMatch(/1,000,000 customers needs about \d+ MB, more than the memory budget of 100 MB \(--memory\)/);
  });
  it('never asks for more workers than replicates', () => {
    expect(planWorkers(defaultScenario({ replicates: 3 }), 64, 64_000 * MB).workers).toBe(3);
  });
  it('the CLI caps --workers to --memory, with the same CSV', async () => {
    await cli([file, '--out', join(dir, 'm1.csv'), '-q', '--reps', '4']);
    const budget = Math.ceil((MAIN_BYTES + 2 * workerBytes(scenarioWith({ population: { size: 500 }, horizon: 6 }))) / MB) + 1;
    const r = await cli([file, '--out', join(dir, 'm2.csv'), '--reps', '4', '--workers', '8', '--memory', String(budget)]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('--workers 8 would need about');
    expect(r.stderr).toContain('running on 2 workers');
    expect(readFileSync(join(dir, 'm2.csv'), 'utf8')).toBe(readFileSync(join(dir, 'm1.csv'), 'utf8'));
  });
  it('the CLI refuses a run that does not fit at all, exit 2', async () => {
    const r = await cli([file, '--memory', '10']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('more than the memory budget of 10 MB (--memory)');
  });
});
