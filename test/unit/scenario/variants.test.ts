// What a variant of a comparison means (src/scenario/variants.ts): lever settings that win over
// the schedule from their period on, burnt in under the baseline so every variant starts from
// the same market. Checked on the loyalty-programme library scenario, where the old rule
// (replace the base value, keep the schedule) made "programme = 0" identical to the baseline.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseScenarioText } from '../../../src/scenario/parse.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { applyVariant, comparisonSection, definitionRows, overriddenChanges, type Variant } from '../../../src/scenario/variants.ts';
import { createSimulation, runReplicate } from '../../../src/model/index.ts';
import { M, MEASURE_COUNT, SEGMENTS, type PeriodSummary } from '../../../src/model/measures.ts';
import { LEVERS } from '../../../src/scenario/levers.ts';
import { scenarioWith } from '../../helpers.ts';

function programmeScenario(size = 4000): Scenario {
  const r = parseScenarioText(readFileSync(new URL('../../../scenarios/loyalty-programme.json', import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return { ...r.scenario, population: { ...r.scenario.population, size } };
}

function variantOf(base: Scenario, v: Variant): Scenario {
  const r = applyVariant(base, v);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.scenario;
}

const firmValue = (s: PeriodSummary, firm: number, m: number) => s.values[firm * SEGMENTS.length * MEASURE_COUNT + m];

const noProgramme: Variant = { name: 'No programme', settings: [{ firm: 0, lever: 'programme', value: 0, fromPeriod: 0 }] };

describe('a variant against the schedule', () => {
  it('wins over the scheduled changes of its firm and lever from its period on', () => {
    const base = programmeScenario();
    const s = variantOf(base, noProgramme);
    // the programme from period 24 and its end at 60 are gone; the setting holds from 0
    expect(s.changes).toEqual([{ period: 0, firm: 0, lever: 'programme', value: 0 }]);
    const later = variantOf(base, { name: 'Stop early', settings: [{ firm: 0, lever: 'programme', value: 0, fromPeriod: 36 }] });
    expect(later.changes).toEqual([base.changes[0], { period: 36, firm: 0, lever: 'programme', value: 0 }]);
  });

  it('lists the scheduled changes it overrides', () => {
    const base = programmeScenario();
    expect(overriddenChanges(base, noProgramme)).toEqual([
      { index: 0, change: base.changes[0], setting: 0, replaced: true, from: 0 },
      { index: 1, change: base.changes[1], setting: 0, replaced: true, from: 0 },
    ]);
    // from period 36 the programme started at 24 is cut short and its scheduled end is replaced
    expect(overriddenChanges(base, { name: 'x', settings: [{ firm: 0, lever: 'programme', value: 0, fromPeriod: 36 }] })).toEqual([
      { index: 0, change: base.changes[0], setting: 0, replaced: false, from: 36 },
      { index: 1, change: base.changes[1], setting: 0, replaced: true, from: 36 },
    ]);
    // another firm or lever overrides nothing
    expect(overriddenChanges(base, { name: 'x', settings: [{ firm: 1, lever: 'programme', value: 0, fromPeriod: 0 }] })).toEqual([]);
    expect(overriddenChanges(base, { name: 'x', settings: [{ firm: 0, lever: 'price', value: 1.1, fromPeriod: 0 }] })).toEqual([]);
  });

  it('"programme = 0" differs from the baseline once the programme would have started, not before', () => {
    const base = programmeScenario();
    const variant = variantOf(base, noProgramme);
    const a = runReplicate(base, 0);
    const b = runReplicate(variant, 0, { burnInUnder: base });
    for (let t = 0; t < 24; t++) expect(b[t].values, `period ${t}`).toEqual(a[t].values);
    // the baseline pays for its programme from period 24; the variant does not
    expect(firmValue(a[30], 0, M.strategyCost)).toBeGreaterThan(0);
    expect(firmValue(b[30], 0, M.strategyCost)).toBeLessThan(firmValue(a[30], 0, M.strategyCost));
    expect(b[30].values).not.toEqual(a[30].values);
  });

  it('refuses a setting out of bounds or beyond the scenario, naming the variant and the setting', () => {
    const base = programmeScenario();
    const r = applyVariant(base, {
      name: 'Bad',
      settings: [
        { firm: 3, lever: 'price', value: 0.1, fromPeriod: 0 },
        { firm: 0, lever: 'quality', value: 4, fromPeriod: 84 },
      ],
    });
    expect(r.ok ? [] : r.errors).toEqual([
      'Bad: settings[0].firm: must be < 3 (there are 3 firms)',
      'Bad: settings[0].value: price must be between 0.2 and 3',
      'Bad: settings[1].fromPeriod: must be < 84',
    ]);
  });

  it('leaves the saved comparison out of the scenario a variant runs', () => {
    const base = { ...programmeScenario(), comparison: comparisonSection([{ name: 'B', settings: [] }, noProgramme], 3, 'ci') };
    const s = variantOf(base, noProgramme);
    expect(s.comparison).toBeUndefined();
  });

  it('states each variant in rows for the CSV', () => {
    expect(definitionRows([{ name: 'Base', settings: [] }, noProgramme], ['Us', 'Rival A', 'Rival B'])).toEqual([
      ['Base', '', '', '', '', ''],
      ['No programme', 0, 'Us', 'programme', 0, 0],
    ]);
  });
});

describe('the same starting market', () => {
  it('burns every variant in under the baseline: the population at period 0 is the same', () => {
    const base = scenarioWith({ population: { size: 3000 } });
    const better = variantOf(base, { name: 'Quality +0.3', settings: [{ firm: 0, lever: 'quality', value: base.firms[0].quality + 0.3, fromPeriod: 0 }] });
    const a = createSimulation(base, 1);
    const b = createSimulation(better, 1, 'wasm', { burnInUnder: base });
    const own = createSimulation(better, 1);
    for (const key of ['provider', 'satisfaction', 'trust', 'tenure', 'walletShare'] as const) {
      expect(Array.from(b.pop[key]), key).toEqual(Array.from(a.pop[key]));
    }
    // without the hook the variant's own burn-in already moves the market (what misled before)
    expect(Array.from(own.pop.satisfaction)).not.toEqual(Array.from(a.pop.satisfaction));
  });

  it('gives identical period-0 rows for variants whose settings start later', () => {
    const base = scenarioWith({ population: { size: 3000 }, horizon: 6 });
    const variants = [
      variantOf(base, { name: 'Q', settings: [{ firm: 0, lever: 'quality', value: 4.4, fromPeriod: 1 }] }),
      variantOf(base, { name: 'P', settings: [{ firm: 1, lever: 'price', value: 0.8, fromPeriod: 3 }] }),
    ];
    const a = runReplicate(base, 0);
    for (const v of variants) {
      const b = runReplicate(v, 0, { burnInUnder: base });
      expect(b[0].values).toEqual(a[0].values);
      expect(b[0].moves).toEqual(a[0].moves);
    }
  });

  it('refuses a burn-in under a scenario with another population', () => {
    const base = scenarioWith({ population: { size: 1000 } });
    expect(() => createSimulation({ ...base, population: { ...base.population, size: 2000 } }, 0, 'wasm', { burnInUnder: base })).toThrow(/population\.size/);
  });

  it('property: before fromPeriod a variant runs exactly as the baseline', () => {
    const base = scenarioWith({ population: { size: 800 }, horizon: 8, burnIn: 4 });
    const setting = fc.record({
      firm: fc.integer({ min: 0, max: base.firms.length - 1 }),
      lever: fc.constantFrom(...LEVERS),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      fromPeriod: fc.integer({ min: 0, max: base.horizon - 1 }),
    });
    const baseline = runReplicate(base, 2);
    fc.assert(
      fc.property(fc.array(setting, { minLength: 1, maxLength: 3 }), (xs) => {
        const settings = xs.map((x) => ({
          firm: x.firm,
          lever: x.lever.key,
          value: x.lever.min + x.at * (x.lever.max - x.lever.min),
          fromPeriod: x.fromPeriod,
        }));
        const v = variantOf(base, { name: 'v', settings });
        const first = Math.min(...settings.map((x) => x.fromPeriod));
        const run = runReplicate(v, 2, { burnInUnder: base });
        for (let t = 0; t < first; t++) expect(run[t].values).toEqual(baseline[t].values);
      }),
      { numRuns: 25 },
    );
  });
});
