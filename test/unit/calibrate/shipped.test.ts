// The shipped examples of the README's walk-throughs load as documented.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadExperiment } from '../../../src/cli/experimentLoad.ts';
import { readScenarioFile } from '../../../src/cli/load.ts';
import { parseTargetsText } from '../../../src/experiment/calibrate/targets.ts';
import { setupCalibration, parseFit, type FreeParameter } from '../../../src/experiment/calibrate/setup.ts';
import { resolveObjective } from '../../../src/experiment/objective.ts';

const at = (name: string) => new URL(`../../../scenarios/${name}`, import.meta.url).pathname;

describe('shipped examples', () => {
  it('the optimisation example plans, and its objective and constraint resolve', () => {
    const loaded = loadExperiment(at('experiments/price-personalisation-optimise.json'));
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const o = resolveObjective(loaded.plan, loaded.plan.experiment.optimise!);
    expect(Array.isArray(o)).toBe(false);
    expect(loaded.plan.factors.map((f) => f.path)).toEqual(['firms[0].price', 'firms[0].personalisation']);
  });
  it.each([
    ['calibration/observed.csv', 28],
    ['calibration/rising-churn.csv', 12],
  ])('%s reads and sets up against the small market', (file, rows) => {
    const scenario = readScenarioFile(at('calibration/small-market.json'));
    if (!scenario.ok) throw new Error(scenario.errors.join('\n'));
    const targets = parseTargetsText(readFileSync(at(file), 'utf8'));
    if (!targets.ok) throw new Error(targets.errors.join('\n'));
    expect(targets.targets).toHaveLength(rows);
    const fits = ['behaviour.offerRate=0.01:0.3', 'behaviour.matchSpread=0:3'].map((t) => parseFit(t) as FreeParameter);
    const s = setupCalibration(scenario.scenario, targets.targets, fits, {
      replicates: 8,
      seed: 1,
      holdout: 0.25,
      restarts: 3,
      evaluations: 40,
      bootstrap: 8,
      engine: 'wasm',
    });
    expect(s.ok).toBe(true);
  });
});
