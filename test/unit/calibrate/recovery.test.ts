// Recovery: data made by the model itself at known values (one realisation of the market, plus
// measurement noise) are fitted from another starting point, and the known values lie within
// the reported uncertainty, for several seeds. A field with no effect on the targets is
// flagged as not identified.
import { describe, expect, it } from 'vitest';
import { setupCalibration, calibrate } from '../../../src/experiment/calibrate/setup.ts';
import { smallMarket, synthetic, withValues } from './helpers.ts';
import { covers, KNOWN, RECOVERY_FITS, RECOVERY_OPTIONS, recoveryFit } from './recoveryCase.ts';

const options = RECOVERY_OPTIONS;
const fits = RECOVERY_FITS;
const known = KNOWN;

// a seed takes about 5 s on an idle machine; the timeout is for a machine shared with other work
describe('recovery of known parameter values', { timeout: 240_000 }, () => {
  // The intervals are ~95% ones (nominal): over seeds 1–30 (scripts/calibration-coverage.ts,
  // figures in the README) offerRate's holds the true value for 27 and matchSpread's for 29.
  // Six seeds here (offerRate's misses on seed 1), each interval informative, and each true
  // value within at least 5 of the 6.
  const SEEDS = [1, 2, 3, 4, 5, 6];
  const held = new Map<string, number>();
  for (const seed of SEEDS) {
    it(`seed ${seed}: fitted from the defaults, an informative interval for each parameter`, () => {
      const r = recoveryFit(seed);
      // the fit's first start is the base scenario's defaults, away from the truth (0.15, 2.0)
      expect(r.restarts[0].start).toEqual([0.06, 1.2]);
      const c = covers(r);
      for (const p of r.parameters) {
        if (c[p.path]) held.set(p.path, (held.get(p.path) ?? 0) + 1);
        // the interval says something: narrower than the range
        expect(p.interval[1] - p.interval[0]).toBeLessThan(p.to - p.from);
        expect(p.flags).not.toContain('flat');
      }
      // the data's own measurement noise (0.3 scales) is found, roughly, and used
      expect(r.loss.dataNoise).toBeLessThan(1);
    });
  }
  it('each known value lies within the reported intervals of at least 5 of the 6 seeds', () => {
    for (const f of fits) expect(held.get(f.path) ?? 0, f.path).toBeGreaterThanOrEqual(SEEDS.length - 1);
  });
});

describe('identifiability', { timeout: 240_000 }, () => {
  it('a field with no effect on the targets is flagged as not identified, in plain words', () => {
    const base = smallMarket(1500, 13);
    const targets = synthetic(withValues(base, known), ['retention', 'share'], 10, 0.3, 7);
    // doWithout acts only when no rival is open to a would-be defector: never in this market
    const s = setupCalibration(base, targets, [fits[1], { text: 'behaviour.doWithout=0:1', path: 'behaviour.doWithout', from: 0, to: 1 }], {
      ...options,
      bootstrap: 3,
      evaluations: 16,
    });
    if (!s.ok) throw new Error(s.errors.join('\n'));
    const r = calibrate(s.ctx);
    const [spread, doWithout] = r.parameters;
    expect(doWithout.flags).toContain('flat');
    expect(spread.flags).not.toContain('flat');
    expect(r.warnings.some((w) => w.startsWith('behaviour.doWithout is not identified by these data'))).toBe(true);
  });
});
