// The cohort target kinds: survival by age and retention a year later by satisfaction band,
// read from the cohort counts through the cohort chart's own functions. Recovery: a survival
// curve made by the model at a known offer rate (one realisation, plus measurement noise) is
// fitted from the default rate, and the fit's interval holds the truth or is informative.
import { describe, expect, it } from 'vitest';
import { calibrate, setupCalibration, type CalibrationOptions } from '../../../src/experiment/calibrate/setup.ts';
import { simulateTargets } from '../../../src/experiment/calibrate/simulate.ts';
import { designRandom } from '../../../src/experiment/designs/random.ts';
import type { Target } from '../../../src/experiment/calibrate/targets.ts';
import { createSimulation, cohortCurves, type CohortPeriod } from '../../../src/model/index.ts';
import { survival } from '../../../src/ui/series/cohorts.ts';
import { smallMarket, withValues } from './helpers.ts';

const options: CalibrationOptions = { replicates: 4, seed: 5, holdout: 0, restarts: 2, evaluations: 20, bootstrap: 5, engine: 'wasm' };
const fit = { text: 'behaviour.offerRate=0.01:0.4', path: 'behaviour.offerRate', from: 0.01, to: 0.4 };
const TRUTH = 0.15;
const AGES = 12;

const rows = (kind: 'survival' | 'retentionbyband', periods: number[]): Target[] =>
  periods.map((period, i) => ({ kind, firm: 0, period, value: 0.5, weight: 1, scale: 0.01, line: i + 2 }));

/** The model's own values for these rows, at the known offer rate, on one far replicate. */
function observed(targets: Target[], seed: number, noise: number): Target[] {
  const truth = withValues(smallMarket(2000, 13), { [fit.path]: TRUTH });
  const s = setupCalibration(truth, targets, [{ ...fit, from: TRUTH, to: TRUTH + 0.01 }], options);
  if (!s.ok) throw new Error(s.errors.join('\n'));
  const [values] = simulateTargets(s.ctx, [TRUTH], [1000 + seed]);
  const random = designRandom(seed, 'cohort-noise');
  const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return targets.map((t, i) => ({ ...t, value: Math.min(1, Math.max(0, values[i] + noise * t.scale * gauss())) }));
}

describe('cohort targets read off a run', () => {
  it('survival is the cohort chart’s pooled curve of the cohorts acquired in the run, falling with age', () => {
    const base = smallMarket(1500, 13);
    const targets = rows('survival', [1, 6, 12]);
    const s = setupCalibration(base, targets, [fit], options);
    if (!s.ok) throw new Error(s.errors.join('\n'));
    const [got] = simulateTargets(s.ctx, [0.06], [3]);
    const sim = withValues(s.ctx.plan.base, { [fit.path]: 0.06 });
    const run = createSimulation(sim, 3, 'wasm', { cohorts: true });
    const counts: CohortPeriod[] = [];
    for (let t = 0; t < sim.horizon; t++) counts.push(run.step().cohorts!);
    const curve = survival(cohortCurves(counts).filter((c) => c.firm === 0 && c.period >= 0));
    expect(Array.from(got)).toEqual([curve[0], curve[5], curve[11]]);
    expect(got[0]).toBeGreaterThan(got[2]);
    expect(got[2]).toBeGreaterThan(0);
  });
  it('retention by band is a share, higher in the top bands than the bottom ones, NaN where a band is empty', () => {
    const targets = rows('retentionbyband', [0, 4, 8, 12, 15]);
    const s = setupCalibration(smallMarket(1500, 13), targets, [fit], options);
    if (!s.ok) throw new Error(s.errors.join('\n'));
    const [got] = simulateTargets(s.ctx, [0.15], [3]);
    for (const x of got) expect(Number.isNaN(x) || (x >= 0 && x <= 1)).toBe(true);
    const seen = Array.from(got).filter(Number.isFinite);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen[seen.length - 1]).toBeGreaterThanOrEqual(seen[0]);
  });
  it('a horizon of a year or less is refused for retention by band, an age past the horizon for survival', () => {
    const band = setupCalibration(smallMarket(1500, 12), rows('retentionbyband', [3]), [fit], options);
    expect(band.ok ? [] : band.errors).toEqual([
      "targets line 2, column kind: retention by satisfaction band follows customers for a year, and the scenario's horizon (12 periods) is not longer than a year (12 periods)",
    ]);
    const age = setupCalibration(smallMarket(1500, 12), rows('survival', [12]), [fit], options);
    expect(age.ok ? [] : age.errors).toEqual(['targets line 2, column period: age 12 is past what a run of 12 periods can show (ages 1 … 11)']);
  });
});

describe('recovery of a known offer rate from a cohort survival curve', { timeout: 240_000 }, () => {
  for (const seed of [1, 2]) {
    it(`seed ${seed}: the fitted offer rate's interval holds the truth or is informative`, () => {
      const targets = observed(
        rows(
          'survival',
          Array.from({ length: AGES }, (_, a) => a + 1),
        ),
        seed,
        0.3,
      );
      const base = smallMarket(2000, 13); // offerRate at its default, 0.06: away from the truth
      const s = setupCalibration(base, targets, [fit], options);
      if (!s.ok) throw new Error(s.errors.join('\n'));
      const r = calibrate(s.ctx);
      const [p] = r.parameters;
      expect(p.interval[1] - p.interval[0]).toBeLessThan((fit.to - fit.from) / 2);
      expect(p.flags).not.toContain('flat');
      // the fit lands near the truth, far from where it started
      expect(Math.abs(p.value - TRUTH)).toBeLessThan(Math.abs(0.06 - TRUTH));
    });
  }
});
