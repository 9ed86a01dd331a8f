// A lever setting from a period on wins over the scenario's schedule for that firm and lever,
// and leaves every period before it as the scenario ran.
import { describe, expect, it } from 'vitest';
import { createMarket, resolveMarket } from '../../../src/model/market.ts';
import { createSimulation, valueOf, type PeriodSummary } from '../../../src/model/index.ts';
import { parseScenarioValue } from '../../../src/scenario/parse.ts';
import { applyLeverSettings } from '../../../src/scenario/leverSettings.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { shippedScenario } from './helpers.ts';
import { scenarioWith } from '../../helpers.ts';

function runAll(s: Scenario): PeriodSummary[] {
  const sim = createSimulation(s, 0);
  return Array.from({ length: s.horizon }, () => sim.step());
}

// the loyalty-programme scenario at 3,000 customers: programme 5% from 24, stopped at 60
const base = (() => {
  const s = shippedScenario('loyalty-programme.json');
  return { ...s, population: { ...s.population, size: 3000 } };
})();
const valid = (s: Scenario) => {
  const r = parseScenarioValue(s);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.scenario;
};

describe('lever settings', () => {
  it('programme = 0 from period 0: no programme cost, ever', () => {
    const baseline = runAll(base);
    expect(baseline.some((p) => valueOf(p, 0, 'programmeCost') > 0)).toBe(true);
    const off = runAll(valid(applyLeverSettings(base, [{ firm: 0, lever: 'programme', value: 0, fromPeriod: 0 }])));
    expect(off.map((p) => valueOf(p, 0, 'programmeCost'))).toEqual(new Array(base.horizon).fill(0));
  });
  it('from period 24 at 2%: the run is unchanged before 24, and the programme keeps going past the scheduled stop at 60', () => {
    const baseline = runAll(base);
    const s = valid(applyLeverSettings(base, [{ firm: 0, lever: 'programme', value: 0.02, fromPeriod: 24 }]));
    const runs = runAll(s);
    for (let t = 0; t < 24; t++) expect(runs[t].values).toEqual(baseline[t].values);
    expect(runs.slice(24).every((p) => valueOf(p, 0, 'programmeCost') > 0)).toBe(true);
    expect(baseline.slice(60).every((p) => valueOf(p, 0, 'programmeCost') === 0)).toBe(true);
  });
  it('keeps changes before the setting and those of other firms and levers; does not touch the input', () => {
    const s: Scenario = {
      ...base,
      changes: [
        { period: 3, firm: 0, lever: 'programme', value: 0.1 },
        { period: 30, firm: 0, lever: 'programme', value: 0.2 },
        { period: 30, firm: 1, lever: 'programme', value: 0.2 },
        { period: 30, firm: 0, lever: 'price', value: 1.1 },
      ],
    };
    const copy = structuredClone(s.changes);
    const out = applyLeverSettings(s, [{ firm: 0, lever: 'programme', value: 0.05, fromPeriod: 10 }]);
    expect(out.changes).toEqual([
      { period: 3, firm: 0, lever: 'programme', value: 0.1 },
      { period: 30, firm: 1, lever: 'programme', value: 0.2 },
      { period: 30, firm: 0, lever: 'price', value: 1.1 },
      { period: 10, firm: 0, lever: 'programme', value: 0.05 },
    ]);
    expect(s.changes).toEqual(copy);
  });
  it("a value out of the lever's bounds is refused when the scenario is validated", () => {
    const r = parseScenarioValue(applyLeverSettings(base, [{ firm: 0, lever: 'programme', value: 0.9, fromPeriod: 5 }]));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.join('\n')).toMatch(/^changes\[\d+\]\.value: programme must be between 0 and 0.3/m);
  });
  it('wins over a windowed change in force when it takes effect, and after the window ends', () => {
    const s = scenarioWith({ changes: [{ period: 2, firm: 0, lever: 'programme', value: 0.05, until: 10 }] });
    const m = createMarket(s);
    const at = (x: typeof s, t: number) => (resolveMarket(m, x, t), m.lever.programme[0]);
    const set = applyLeverSettings(s, [{ firm: 0, lever: 'programme', value: 0.01, fromPeriod: 5 }]);
    expect([1, 3, 6, 12].map((t) => at(s, t))).toEqual([0, 0.05, 0.05, 0]);
    expect([1, 3, 6, 12].map((t) => at(set, t))).toEqual([0, 0.05, 0.01, 0.01]);
  });
});
