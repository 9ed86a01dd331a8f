// The parts of a fit's uncertainty: the data's noise beyond the model's own, measured from the
// misses at the fit, and the bootstrap's data and replicates, drawn as the real data and the
// fit's replicates were.
import { describe, expect, it } from 'vitest';
import { bootstrapData, fitRuns, observationNoise, refitReplicates } from '../../../src/experiment/calibrate/fit.ts';
import { setupCalibration } from '../../../src/experiment/calibrate/setup.ts';
import { reportFit, t975 } from '../../../src/experiment/calibrate/report.ts';
import { RECOVERY_FITS, RECOVERY_OPTIONS, KNOWN } from './recoveryCase.ts';
import { smallMarket, synthetic, withValues } from './helpers.ts';

const base = smallMarket(1500, 13);
const truth = withValues(base, KNOWN);
const values = RECOVERY_FITS.map((f) => KNOWN[f.path]);
const contextFor = (noise: number, seed: number) => {
  const s = setupCalibration(base, synthetic(truth, ['retention', 'share', 'satisfaction'], 12, noise, seed), RECOVERY_FITS, {
    ...RECOVERY_OPTIONS,
    replicates: 8,
  });
  if (!s.ok) throw new Error(s.errors.join('\n'));
  return s.ctx;
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe("the data's noise beyond the model's", () => {
  it('is about the measurement noise added to one realisation of the model, and near 0 without it', () => {
    const at = (noise: number, seed: number) => {
      const ctx = contextFor(noise, seed);
      return observationNoise(ctx, fitRuns(ctx, values));
    };
    // seeds 1–6 measured: 0.86, then 0 five times; 1.44, 0.97, 0.84, 0.38, 0.71, 1.20; 2.44, 2.26, 1.80, 1.54, 1.81, 2.26
    const seeds = [1, 2, 3, 4, 5, 6];
    const [none, one, two] = [0, 1, 2].map((noise) => seeds.map((seed) => at(noise, seed)));
    expect(median(none)).toBeLessThan(0.3);
    expect(median(one)).toBeGreaterThan(0.6);
    expect(median(one)).toBeLessThan(1.4);
    expect(median(two)).toBeGreaterThan(1.5);
    expect(median(two)).toBeLessThan(2.5);
    // on each realisation, more noise added is more noise found
    seeds.forEach((_, i) => {
      expect(one[i]).toBeGreaterThan(none[i]);
      expect(two[i]).toBeGreaterThan(one[i]);
    });
  });
});

describe("the bootstrap's data and replicates", () => {
  const ctx = contextFor(0.3, 1);
  it("adds measurement noise of the given size, in each target's scale, to a fresh realisation at the fit", () => {
    const clean = bootstrapData(ctx, values, 0, 0);
    const noisy = bootstrapData(ctx, values, 0, 2);
    const z = Array.from(noisy, (x, i) => (x - clean[i]) / ctx.targets[i].scale);
    const sd = Math.sqrt(z.reduce((a, x) => a + x * x, 0) / z.length);
    expect(sd).toBeGreaterThan(1.4);
    expect(sd).toBeLessThan(2.6);
    // a fresh realisation: not the data, not the mean of the fit's replicates
    expect(Array.from(clean)).not.toEqual(ctx.targets.map((t) => t.value));
    // another refit, another realisation and other noise
    expect(Array.from(bootstrapData(ctx, values, 1, 2))).not.toEqual(Array.from(noisy));
  });
  it("refits on fresh replicates, shared with neither the fit, the bootstrap's data nor another refit", () => {
    const used = new Set(Array.from({ length: ctx.replicates + ctx.bootstrap }, (_, r) => r));
    for (let b = 0; b < ctx.bootstrap; b++) {
      const reps = refitReplicates(ctx, b);
      expect(reps).toHaveLength(ctx.replicates);
      for (const r of reps) {
        expect(used.has(r), `refit ${b}, replicate ${r}`).toBe(false);
        used.add(r);
      }
    }
  });
});

describe('the interval', () => {
  it("counts the refits' distance from the fitted value, so refits that all land to one side widen it", () => {
    const ctx = contextFor(0.3, 2);
    const run = (v: number[], loss = 1) => ({ start: [0.06, 1.2], values: v, loss, evaluations: 10 });
    const restarts = [run(values, 0.8), run([0.3, 2.9], 3)];
    // six refits, all 0.05 above the fitted offer rate and 0.2 below its fit spread: no spread among themselves
    const bootstrap = Array.from({ length: 6 }, () => run([values[0] + 0.05, values[1] - 0.2]));
    const profiles = values.map(() => [
      { value: 0, loss: 2 },
      { value: 1, loss: 1 },
    ]);
    const r = reportFit(ctx, restarts, fitRuns(ctx, values), bootstrap, profiles);
    const [offer, spread] = r.parameters;
    expect(offer.sdBootstrap).toBeCloseTo(0.05, 12);
    expect(spread.sdBootstrap).toBeCloseTo(0.2, 12);
    // the restart far worse than the best does not count
    expect(offer.sdRestarts).toBe(0);
    // ± t·sd, t for six refits
    expect(offer.interval[0]).toBeCloseTo(values[0] - t975(6) * 0.05, 12);
    expect(spread.interval[1]).toBeCloseTo(values[1] + t975(6) * 0.2, 12);
    expect(r.loss.dataNoise).toBeGreaterThanOrEqual(0);
  });
});
