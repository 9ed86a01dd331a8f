// Random experiments, sensible and not: planning never throws, refuses with lines that name a
// field, and a plan's points always lie within their factors' ranges or levels.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEASURES } from '../../../src/model/index.ts';
import { parseExperimentValue } from '../../../src/experiment/parse.ts';
import { planExperiment, pointScenario } from '../../../src/experiment/plan.ts';
import { tinyScenario } from './helpers.ts';

const ERROR_LINE = /^[^:]+: .+/;
/** Paths with plausible bounds (so many experiments plan), and paths that must be refused. */
const SENSIBLE: Record<string, [number, number, boolean]> = {
  'firms[0].price': [0.5, 2, false],
  'firms[1].programme': [0, 0.3, false],
  'firms[2].quality': [1, 5, false],
  'behaviour.offerRate': [0, 1, false],
  'market.openness': [0, 1, false],
  'firms[0].initialShare': [0, 1, false],
  'firms[1].initialShare': [0, 1, false],
  'firms[2].initialShare': [0, 1, false],
  'population.size': [100, 600, true],
  burnIn: [0, 20, true],
};
const REFUSED = ['horizon', 'seed', 'firms[9].price', 'nope', 'firms[0].name'];

const wild = fc.oneof(fc.double({ min: -5, max: 5, noNaN: true }), fc.integer({ min: -10, max: 2000 }));
function valuesFor(path: string) {
  const [lo, hi, whole] = SENSIBLE[path] ?? [-5, 5, false];
  const inside = whole ? fc.integer({ min: lo, max: hi }) : fc.double({ min: lo, max: hi, noNaN: true });
  const number = fc.oneof({ weight: 4, arbitrary: inside }, { weight: 1, arbitrary: wild });
  return fc.oneof(
    { weight: 3, arbitrary: fc.tuple(number, number).map(([a, b]) => ({ range: { from: Math.min(a, b), to: Math.max(a, b) } })) },
    { weight: 2, arbitrary: fc.array(number, { minLength: 1, maxLength: 4 }).map((levels) => ({ levels })) },
    { weight: 1, arbitrary: fc.record({ range: fc.record({ from: number, to: number }), levels: fc.array(number, { maxLength: 2 }) }, { requiredKeys: [] }) },
  );
}
const factor = fc
  .constantFrom(...Object.keys(SENSIBLE), ...Object.keys(SENSIBLE), ...REFUSED)
  .chain((path) =>
    fc.tuple(
      fc.constant(path),
      valuesFor(path),
      fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 10 }) }),
    ),
  )
  .map(([path, v, fromPeriod]) => ({ path, ...v, ...(fromPeriod === null ? {} : { fromPeriod }) }));
const design = fc.oneof(
  fc.record({ type: fc.constant('sweep'), n: fc.integer({ min: 1, max: 6 }) }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constant('factorial'), n: fc.integer({ min: 2, max: 4 }) }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constantFrom('lhs', 'sobol'), n: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ type: fc.constant('morris'), r: fc.integer({ min: 1, max: 4 }), p: fc.constantFrom(2, 4, 4, 6, 5) }),
);
const window = fc.option(fc.record({ from: fc.integer({ min: 0, max: 8 }), to: fc.integer({ min: 0, max: 8 }) }), { freq: 3 });
const output = fc
  .oneof(
    {
      weight: 2,
      arbitrary: fc.record({
        measure: fc.constantFrom('profit', 'revenue'),
        statistic: fc.constantFrom('mean', 'final', 'total'),
        discounted: fc.boolean(),
        window,
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        measure: fc.constantFrom(...MEASURES.slice(0, 5), 'retention', 'nps'),
        firm: fc.integer({ min: 0, max: 3 }),
        statistic: fc.constantFrom('mean', 'final', 'total'),
      }),
    },
    { weight: 1, arbitrary: fc.record({ measure: fc.constantFrom('bogus', 'retention'), discounted: fc.boolean(), window }, { requiredKeys: ['measure'] }) },
  )
  .map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null)));
const experiment = fc.record({
  schemaVersion: fc.constant(1),
  base: fc.constant('base.json'),
  factors: fc.array(factor, { minLength: 1, maxLength: 2 }),
  design,
  replicates: fc.integer({ min: 1, max: 3 }),
  outputs: fc.array(output, { minLength: 1, maxLength: 2 }),
});

describe('random experiments', () => {
  it('plan or refuse with field-named lines; never throw; points inside their factors', () => {
    const base = tinyScenario();
    let planned = 0;
    fc.assert(
      fc.property(experiment, (value) => {
        const e = parseExperimentValue(value);
        if (!e.ok) return void expect(e.errors.every((x) => ERROR_LINE.test(x))).toBe(true);
        const p = planExperiment(e.experiment, base);
        if (!p.ok)
          return void expect(
            p.errors.every((x) => ERROR_LINE.test(x)),
            p.errors.join('\n'),
          ).toBe(true);
        planned++;
        const plan = p.plan;
        expect(plan.points.length * plan.replicates).toBe(plan.runs);
        plan.factors.forEach((f, i) => {
          for (const point of plan.points) {
            const x = point[i];
            if (f.levels) expect(f.levels).toContain(x);
            else expect(x >= f.range!.from && x <= f.range!.to).toBe(true);
          }
        });
        // every point's scenario is valid, or refused naming the point
        for (let i = 0; i < plan.points.length; i++) {
          try {
            pointScenario(plan, i);
          } catch (err) {
            expect((err as Error).message).toMatch(new RegExp(`^design point ${i} \\(`));
          }
        }
      }),
      { numRuns: 400 },
    );
    // the generator must reach plans, not only refusals
    expect(planned).toBeGreaterThan(20);
  });
});

describe('a range design that reaches its upper end', () => {
  // from + 1·(to − from) rounds past `to` for some pairs (0.3 + (0.9 − 0.3) = 0.9000000000000001):
  // a Morris grid with p = 2 lands exactly on the upper end, so it found this
  it.each([
    [0.3, 0.9],
    [0.6587, 1.7716],
  ])('keeps every point of a range %s … %s inside it', (from, to) => {
    const e = parseExperimentValue({
      schemaVersion: 1,
      base: 'base.json',
      factors: [{ path: 'firms[0].price', range: { from, to } }],
      design: { type: 'morris', r: 4, p: 2 },
      replicates: 1,
      outputs: [{ measure: 'profit' }],
    });
    if (!e.ok) throw new Error(e.errors.join('\n'));
    const p = planExperiment(e.experiment, tinyScenario());
    if (!p.ok) throw new Error(p.errors.join('\n'));
    const xs = p.plan.points.map((point) => point[0]);
    expect(Math.max(...xs)).toBe(to);
    expect(Math.min(...xs)).toBe(from);
  });
});
