// Shards as a batch system runs them: separate processes of the bundled command (what
// `npm run experiment` runs), each writing its part; merged, they are byte-identical to the
// unsharded run. 2,000 customers × 12 periods, 6 design points × 2 replicates.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../cli/helpers.ts';
import { scenarioWith } from '../../helpers.ts';

const root = new URL('../../../', import.meta.url).pathname;
const experiment = (...args: string[]) =>
  spawnSync('node', ['scripts/run-ts.mjs', 'src/cli/experimentMain.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });

describe('sharded = unsharded, across processes', () => {
  it('3 shards (one of them on 2 workers), merged, equal the whole run byte for byte', () => {
    const dir = tempDir();
    const base = scenarioWith({ population: { size: 2000 }, horizon: 12 });
    const file = join(dir, 'exp.json');
    writeFileSync(
      file,
      JSON.stringify({
        schemaVersion: 1,
        base,
        factors: [
          { path: 'firms[0].programme', levels: [0, 0.02, 0.05], fromPeriod: 4 },
          { path: 'firms[1].price', range: { from: 0.9, to: 1.1 } },
        ],
        design: { type: 'factorial', n: 2 },
        replicates: 2,
        seed: 9,
        outputs: [
          { measure: 'profit', statistic: 'total', discounted: true },
          { measure: 'marketShare', firm: 1, statistic: 'final' },
        ],
      }),
    );
    const whole = experiment(file, '--out', join(dir, 'whole.csv'), '--quiet');
    expect(whole.stderr).toBe('');
    expect(whole.status).toBe(0);
    const parts = [0, 1, 2].map((i) => join(dir, `part-${i}.csv`));
    for (const [i, out] of parts.entries()) {
      const r = experiment(file, '--shard', `${i}/3`, '--out', out, ...(i === 1 ? ['--workers', '2'] : []));
      expect(r.status).toBe(0);
      expect(r.stderr).toMatch(new RegExp(`^Ran 4 of 12 runs \\(shard ${i}/3\\): 6 points × 2 replicates × 12 periods of 2,000 customers in`));
      expect(r.stdout).toBe('');
    }
    const merged = experiment('merge', ...parts.reverse(), '--out', join(dir, 'merged.csv'));
    expect(merged.status).toBe(0);
    const wholeCsv = readFileSync(join(dir, 'whole.csv'), 'utf8');
    expect(wholeCsv.trim().split('\n')).toHaveLength(13);
    expect(readFileSync(join(dir, 'merged.csv'), 'utf8')).toBe(wholeCsv);
  });
});
