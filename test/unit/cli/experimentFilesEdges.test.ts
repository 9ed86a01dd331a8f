// The files of `npm run experiment` read and written directly, on hand-written parts and rows:
// merge joins parts by run index and names the part at fault, report reads each run's outputs
// into its slot, and the loader names the file or field at fault (the in-process command tests
// reach these only through whole runs).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadExperiment } from '../../../src/cli/experimentLoad.ts';
import { mergeParts } from '../../../src/cli/experimentMerge.ts';
import { readResults } from '../../../src/cli/experimentReport.ts';
import { MAX_EXPERIMENT_BYTES } from '../../../src/experiment/parse.ts';
import { rowHeader } from '../../../src/experiment/run.ts';
import { serialiseScenario } from '../../../src/scenario/parse.ts';
import { experimentValue, plan, tinyScenario } from '../experiment/helpers.ts';
import { tempDir } from './helpers.ts';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('mergeParts', () => {
  const D = '0123456789abcdef';
  const row = (run: number, digest = D) => `${digest},${run},x${run}`;
  const part = (name: string, runs: number[], header = 'experiment,run,v') => write(name, [header, ...runs.map((r) => row(r))].join('\n') + '\n');
  const merge = (parts: string[]) => mergeParts(parts, join(dir, 'out.csv'));
  const merged = () => readFileSync(join(dir, 'out.csv'), 'utf8');
  const refused = (parts: string[], message: string) => {
    expect(() => merge(parts)).toThrow(message);
    expect(existsSync(join(dir, 'out.csv'))).toBe(false);
  };

  it('joins three parts by run index, whatever their order, and counts the runs', () => {
    const parts = [part('b.csv', [1, 4]), part('a.csv', [0, 3, 6]), part('c.csv', [2, 5])];
    expect(merge(parts)).toBe(7);
    expect(merged()).toBe(['experiment,run,v', ...[0, 1, 2, 3, 4, 5, 6].map((r) => row(r))].join('\n') + '\n');
  });
  it('takes a part with no rows (a shard past the runs) and one part alone', () => {
    expect(merge([part('a.csv', [0, 1]), part('none.csv', [])])).toBe(2);
    expect(merged()).toBe(`experiment,run,v\n${row(0)}\n${row(1)}\n`);
    expect(merge([part('none2.csv', [])])).toBe(0);
    expect(merged()).toBe('experiment,run,v\n');
  });
  it('reads a part in blocks: rows across the 64 kB block edge, a character split across it', () => {
    const long = (run: number) => `${D},${run},${'é'.repeat(20_000)}`; // 40 kB a row in UTF-8
    const rows = [0, 1, 2, 3].map(long);
    // a header of 18 bytes puts the block edge inside a 2-byte character of the second row
    const path = write('big.csv', ['experiment,run,vv', ...rows].join('\n') + '\n');
    expect((65_536 - (18 + 40_020 + 16 + 3)) % 2).toBe(1);
    expect(merge([path])).toBe(4);
    expect(merged()).toBe(['experiment,run,vv', ...rows].join('\n') + '\n');
  });
  it('runs past 9, and rows whose digest starts the line', () => {
    const runs = Array.from({ length: 12 }, (_, i) => i);
    expect(
      merge([
        part(
          'a.csv',
          runs.filter((r) => r % 2),
        ),
        part(
          'b.csv',
          runs.filter((r) => r % 2 === 0),
        ),
      ]),
    ).toBe(12);
    refused([write('prefix.csv', `h\nx${row(0)}\n`)], `${join(dir, 'prefix.csv')}: "x${row(0)}" is not a row of an experiment`);
    refused([write('blank.csv', `h\n${row(0)}\n\n${row(1)}\n`)], `${join(dir, 'blank.csv')}: "" is not a row of an experiment`);
  });
  it('names the part at fault', () => {
    refused([write('empty.csv', '')], `${join(dir, 'empty.csv')}: is empty`);
    refused([part('a.csv', [0]), part('cols.csv', [1], 'x,y')], `${join(dir, 'cols.csv')}: its columns differ from those of ${join(dir, 'a.csv')}`);
    refused([write('junk.csv', `h\n${D},x,1\n`)], `${join(dir, 'junk.csv')}: "${D},x,1" is not a row of an experiment`);
    refused([write('upper.csv', `h\n${D.toUpperCase()},0,1\n`)], 'is not a row of an experiment');
    refused([write('long.csv', `h\n${'z'.repeat(100)}\n`)], `${join(dir, 'long.csv')}: "${'z'.repeat(60)}" is not a row`);
    refused(
      [part('a.csv', [0, 2]), write('other.csv', `experiment,run,v\n${row(1, 'fedcba9876543210')}\n`)],
      `${join(dir, 'other.csv')}: comes from another experiment (fedcba9876543210, not ${D})`,
    );
    refused([part('a.csv', [0, 1]), write('later.csv', `experiment,run,v\n${row(2)}\n${row(3, 'fedcba9876543210')}\n`)], 'comes from another experiment');
    refused([part('a.csv', [0, 1]), part('again.csv', [1, 2])], `${join(dir, 'again.csv')}: run 1 appears twice (is a part given twice?)`);
    refused([part('a.csv', [0, 2]), part('b.csv', [3])], 'run 1 is missing (no part holds it; was a shard left out or stopped?)');
    refused([part('late.csv', [1, 2])], 'run 0 is missing');
    refused([part('a.csv', [0]), part('back.csv', [1, 0])], `${join(dir, 'back.csv')}: runs out of order (0 after 1)`);
    refused([part('same.csv', [0, 0])], `${join(dir, 'same.csv')}: runs out of order (0 after 0)`);
    refused(
      [write('cut.csv', `experiment,run,v\n${row(0)}\n${D},1`)],
      `${join(dir, 'cut.csv')}: the last line is cut short (was the shard stopped while writing?)`,
    );
  });
  it('an error removes an output that was there before', () => {
    writeFileSync(join(dir, 'out.csv'), 'old results\n');
    refused([part('a.csv', [1])], 'run 0 is missing');
  });
});

describe('readResults', () => {
  // a sweep of 3 points × 2 replicates = 6 runs, one output
  const p = () => plan();
  const header = () => rowHeader(p()).join(',');
  const line = (run: number, output: string, digest = p().digest) => `${digest},${run},${run >> 1},${run & 1},3,1,${output}`;
  const results = (rows: string[], head = header()) => readResults(p(), write('r.csv', [head, ...rows].join('\n') + '\n'));
  const at = (path: string) => `${join(dir, 'r.csv')}${path}`;

  it('puts each run in its slot, in any order; an empty cell is NaN', () => {
    expect(p().runs).toBe(6);
    const r = results([5, 3, 1, 0, 2, 4].map((run) => line(run, run === 2 ? '' : String(10 * run + 0.5))));
    expect(Array.from(r)).toEqual([0.5, 10.5, NaN, 30.5, 40.5, 50.5]);
  });
  it('reads rows across the 64 kB block edge', () => {
    const big = plan({ design: { type: 'sweep', n: 100 }, replicates: 40 });
    expect(big.runs).toBe(4000);
    const rows = Array.from({ length: big.runs }, (_, run) => `${big.digest},${run},0,0,3,1,${run * 1.25}`);
    const text = [rowHeader(big).join(','), ...rows].join('\n') + '\n';
    expect(text.length).toBeGreaterThan(2 * 64 * 1024);
    const r = readResults(big, write('big.csv', text));
    expect(r[0]).toBe(0);
    expect(r[1234]).toBe(1234 * 1.25);
    expect(r[3999]).toBe(3999 * 1.25);
  });
  it('names the line at fault', () => {
    const rows = (bad: string) => [line(0, '1'), bad, ...[2, 3, 4, 5].map((run) => line(run, '1'))];
    expect(() => results(rows(line(1, '1')), 'experiment,run')).toThrow(
      `${join(dir, 'r.csv')}: its columns are not this experiment's (expected ${header().slice(0, 80)}…)`,
    );
    expect(() => results(rows(`${line(1, '1')},9`))).toThrow(at(', line 3: not a row of this experiment'));
    expect(() => results(rows(line(1, '1').split(',').slice(0, -1).join(',')))).toThrow(at(', line 3: not a row of this experiment'));
    expect(() => results(rows(line(1, '1', 'fedcba9876543210')))).toThrow(at(', line 3: not a row of this experiment'));
    for (const run of ['-1', '6', '1.5', 'x'])
      expect(() => results(rows(line(1, '1').replace(/^(\w+),1,/, `$1,${run},`)))).toThrow(at(`, line 3: run ${run} is not a run of this experiment`));
    expect(() => results(rows(line(0, '2')))).toThrow(at(', line 3: run 0 appears twice'));
  });
  it('two outputs: each in its slot, run by run; a long header quoted to 80 characters', () => {
    const two = plan({
      outputs: [
        { measure: 'profit', statistic: 'total' },
        { measure: 'customers', statistic: 'final' },
      ],
    });
    const head = rowHeader(two).join(',');
    expect(head.length).toBeGreaterThan(80);
    const rows = [0, 1, 2, 3, 4, 5].map((run) => `${two.digest},${run},${run >> 1},${run & 1},3,1,${run + 0.25},${100 + run}`);
    const r = readResults(two, write('two.csv', [head, ...rows.reverse()].join('\n') + '\n'));
    expect(Array.from(r)).toEqual([0.25, 100, 1.25, 101, 2.25, 102, 3.25, 103, 4.25, 104, 5.25, 105]);
    expect(() => readResults(two, write('two.csv', ['x', ...rows].join('\n') + '\n'))).toThrow(
      `${join(dir, 'two.csv')}: its columns are not this experiment's (expected ${head.slice(0, 80)}…)`,
    );
  });
  it('run 0 missing alone is missing', () => {
    expect(() => results([1, 2, 3, 4, 5].map((run) => line(run, '1')))).toThrow(at(': run 0 is missing (1 runs in all)'));
  });
  it('takes run 5, the last, and refuses what is missing or cut short', () => {
    expect(() => results([0, 1, 2, 3, 4].map((run) => line(run, '1')))).toThrow(at(': run 5 is missing (1 runs in all)'));
    expect(() => results([0, 1, 4, 5].map((run) => line(run, '1')))).toThrow(at(': run 2 is missing (2 runs in all)'));
    const cut = [header(), ...[0, 1, 2, 3, 4].map((run) => line(run, '1')), line(5, '1')].join('\n');
    expect(() => readResults(p(), write('r.csv', cut))).toThrow(at(': the last line is cut short'));
  });
});

describe('loadExperiment', () => {
  const base = () => serialiseScenario(tinyScenario());
  it('reads the base scenario named relative to the experiment file, and says which file it was', () => {
    mkdirSync(join(dir, 'sub'));
    write('sub/base.json', base());
    const r = loadExperiment(write('sub/e.json', JSON.stringify(experimentValue())));
    expect(r.ok).toBe(true);
    expect(r.basePath).toBe(join(dir, 'sub', 'base.json'));
    expect(r.ok && r.plan.runs).toBe(6);
  });
  it('an embedded base has no base file', () => {
    const r = loadExperiment(write('e.json', JSON.stringify(experimentValue({ base: JSON.parse(base()) }))));
    expect(r.ok).toBe(true);
    expect(r.basePath).toBeUndefined();
  });
  it('a scenario file with an experiment section, with or without a byte-order mark, runs as that experiment', () => {
    const { base: _, ...section } = experimentValue();
    const text = JSON.stringify({ ...JSON.parse(base()), experiment: section });
    for (const t of [text, `\ufeff${text}`]) {
      const r = loadExperiment(write('s.json', t));
      expect(r.ok).toBe(true);
      expect(r.ok && r.plan.runs).toBe(6);
      expect(r.basePath).toBeUndefined();
    }
  });
  it('a scenario file with an experiment section names the scenario field at fault', () => {
    const { base: _, ...section } = experimentValue();
    const r = loadExperiment(write('s.json', JSON.stringify({ ...JSON.parse(base()), horizon: 0, experiment: section })));
    expect(r).toEqual({ ok: false, errors: ['horizon: must be ≥ 1'] });
  });
  it('names the file at fault', () => {
    expect(loadExperiment(join(dir, 'none.json'))).toEqual({ ok: false, errors: ['(file): no such file'] });
    expect(loadExperiment(dir)).toEqual({ ok: false, errors: ['(file): is not a file'] });
    const big = write('big.json', ' '.repeat(MAX_EXPERIMENT_BYTES + 1));
    expect(loadExperiment(big)).toEqual({ ok: false, errors: ['(file): larger than the 2 MB limit for an experiment'] });
    expect(loadExperiment(write('edge.json', ' '.repeat(MAX_EXPERIMENT_BYTES)))).not.toEqual({
      ok: false,
      errors: ['(file): larger than the 2 MB limit for an experiment'],
    });
  });
  it('prefixes the base scenario’s errors with where it came from', () => {
    const errors = (value: unknown) => {
      const r = loadExperiment(write('e.json', JSON.stringify(value)));
      return r.ok ? [] : r.errors;
    };
    expect(errors(experimentValue({ base: 'missing.json' }))).toEqual(['base (missing.json) (file): no such file']);
    write('bad.json', JSON.stringify({ schemaVersion: 1, horizon: 0 }));
    expect(errors(experimentValue({ base: 'bad.json' }))).toEqual(['base (bad.json) horizon: must be ≥ 1']);
    expect(errors(experimentValue({ base: { schemaVersion: 1, horizon: 0 } }))).toEqual(['base.horizon: must be ≥ 1']);
  });
  it('a scenario section that is not an object, an array or a file with a base is read as an experiment file', () => {
    for (const v of [null, [1], { base: 'b.json', experiment: {} }]) {
      const r = loadExperiment(write('v.json', JSON.stringify(v)));
      expect(r.ok).toBe(false);
    }
    const r = loadExperiment(write('v.json', JSON.stringify({ base: 'nope.json', experiment: {} })));
    expect(r.ok ? [] : r.errors.join('\n')).not.toContain('base (nope.json)');
  });
});
