// npm run sim … --cohorts, --by-satisfaction, --by-tenure: the cohort measures as CSV files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COHORT_HEADER, MEASURES, SATISFACTION_BAND_HEADER, SATISFACTION_BANDS, TENURE_BAND_HEADER } from '../../../src/model/index.ts';
import { parseCliArgs } from '../../../src/cli/args.ts';
import { cli, tempDir, writeTinyScenario } from './helpers.ts';

let dir: string;
let file: string;
let yearly: string;
beforeAll(() => {
  dir = tempDir();
  file = writeTinyScenario(dir); // 2 replicates × 6 periods × 3 firms
  yearly = writeTinyScenario(dir, { horizon: 15 }, 'yearly.json');
});
const out = (name: string) => join(dir, name);
const table = (name: string) =>
  readFileSync(out(name), 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => l.split(','));

describe('npm run sim --cohorts', () => {
  it('writes one row per replicate × firm × cohort × age, the starting stock first', async () => {
    const r = await cli([file, '--cohorts', out('c.csv'), '--out', out('all.csv'), '-q']);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    const [header, ...rows] = table('c.csv');
    expect(header).toEqual([...COHORT_HEADER]);
    // per firm: the starting stock at ages 0–6, cohorts of periods 0–5 at ages 0 … 5 − p
    const perFirm = 7 + (6 + 5 + 4 + 3 + 2 + 1);
    expect(rows).toHaveLength(2 * 3 * perFirm);
    expect(rows[0].slice(0, 4)).toEqual(['0', '0', 'start', '0']);
    expect(rows[7].slice(0, 4)).toEqual(['0', '0', '0', '0']);
    expect(rows.at(-1)!.slice(0, 4)).toEqual(['1', '2', '5', '0']);
    // a cohort's age 0 is what the firm acquired that period; the alive of all cohorts at a
    // period are the firm's customers (checked against the main CSV)
    const main = table('all.csv');
    const col = (m: string) => 5 + MEASURES.indexOf(m as never);
    const measure = (rep: number, period: number, firm: number, m: string) =>
      Number(main.find((x) => x[0] === String(rep) && x[1] === String(period) && x[2] === String(firm) && x[4] === 'all')![col(m)]);
    for (const rep of [0, 1])
      for (const firm of [0, 1, 2])
        for (let t = 0; t < 6; t++) {
          const mine = rows.filter((x) => x[0] === String(rep) && x[1] === String(firm));
          const atT = mine.filter((x) => (x[2] === 'start' ? Number(x[3]) === t + 1 : Number(x[2]) + Number(x[3]) === t));
          expect(atT.reduce((a, x) => a + Number(x[5]), 0)).toBe(measure(rep, t, firm, 'customers'));
          expect(Number(mine.find((x) => x[2] === String(t) && x[3] === '0')![4])).toBe(measure(rep, t, firm, 'acquired'));
        }
    for (const x of rows) expect(Number(x[5])).toBeLessThanOrEqual(Number(x[4]));
  });
  it('gives the same files on 2 worker threads as on one, and with the TypeScript engine', async () => {
    const args = (tag: string) => [
      file,
      '--reps',
      '3',
      '--cohorts',
      out(`c-${tag}.csv`),
      '--by-satisfaction',
      out(`b-${tag}.csv`),
      '--by-tenure',
      out(`t-${tag}.csv`),
      '-q',
    ];
    await cli(args('seq'));
    await cli([...args('par'), '--workers', '2']);
    await cli([...args('ts'), '--engine', 'typescript']);
    for (const f of ['c', 'b', 't']) {
      expect(readFileSync(out(`${f}-par.csv`), 'utf8')).toBe(readFileSync(out(`${f}-seq.csv`), 'utf8'));
      expect(readFileSync(out(`${f}-ts.csv`), 'utf8')).toBe(readFileSync(out(`${f}-seq.csv`), 'utf8'));
    }
  });
});

describe('npm run sim --by-satisfaction and --by-tenure', () => {
  it('writes a row per firm and band for each period a year before the end, bands split at 3.75 and 4.5', async () => {
    const r = await cli([yearly, '--by-satisfaction', out('b.csv'), '--reps', '1', '-q']);
    expect(r.code).toBe(0);
    const [header, ...rows] = table('b.csv');
    expect(header).toEqual([...SATISFACTION_BAND_HEADER]);
    // 15 monthly periods: periods 0, 1 and 2 are followed for a year
    expect(rows).toHaveLength(3 * 3 * SATISFACTION_BANDS);
    expect([...new Set(rows.map((x) => x[2]))]).toEqual(['0', '1', '2']);
    const bands = [...new Set(rows.map((x) => x[3]))];
    expect(bands[0]).toBe('1-1.25');
    expect(bands).toContain('3.5-3.75');
    expect(bands).toContain('3.75-4');
    expect(bands).toContain('4.25-4.5');
    expect(bands).toContain('4.5-4.75');
    for (const x of rows) expect(Number(x[5])).toBeLessThanOrEqual(Number(x[4]));
  });
  it('writes the customers at the start of every period by tenure band and how many stayed', async () => {
    const r = await cli([file, '--by-tenure', out('t.csv'), '--out', out('m.csv'), '--reps', '1', '-q']);
    expect(r.code).toBe(0);
    const [header, ...rows] = table('t.csv');
    expect(header).toEqual([...TENURE_BAND_HEADER]);
    expect(rows).toHaveLength(6 * 3 * 4);
    expect(rows.slice(0, 4).map((x) => x[3])).toEqual(['0-5', '6-11', '12-23', '24+']);
    const main = table('m.csv');
    const retained = 5 + MEASURES.indexOf('retained');
    for (let t = 0; t < 6; t++)
      for (const firm of ['0', '1', '2']) {
        const kept = rows.filter((x) => x[1] === firm && x[2] === String(t)).reduce((a, x) => a + Number(x[5]), 0);
        expect(kept).toBe(Number(main.find((x) => x[1] === String(t) && x[2] === firm && x[4] === 'all')![retained]));
      }
  });
  it('refuses an output that is the scenario file or another output', async () => {
    const r = await cli([file, '--cohorts', file, '-q']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--cohorts .*would overwrite the scenario file/);
    const same = await cli([file, '--cohorts', out('x.csv'), '--by-tenure', out('x.csv'), '-q']);
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/--cohorts .* and --by-tenure .* are the same file/);
  });
  it('parses the options', () => {
    const r = parseCliArgs(['s.json', '--cohorts', 'c.csv', '--by-satisfaction', 'b.csv', '--by-tenure', 't.csv']);
    expect('options' in r && r.options).toMatchObject({ cohorts: 'c.csv', bySatisfaction: 'b.csv', byTenure: 't.csv' });
  });
});
