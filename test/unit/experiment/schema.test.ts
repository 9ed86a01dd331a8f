// Bad experiments are refused with lines that name the field, as bad scenarios are.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseExperimentText, parseExperimentValue } from '../../../src/experiment/parse.ts';
import { EXPERIMENT_LIMITS } from '../../../src/experiment/schema.ts';
import { errorsOf, experimentValue, plan, tinyScenario } from './helpers.ts';

const ERROR_LINE = /^[^:]+: .+/;

describe('experiment files', () => {
  it('a valid experiment parses with its defaults', () => {
    const r = parseExperimentValue(experimentValue({ replicates: undefined, seed: undefined }));
    expect(r.ok && { replicates: r.experiment.replicates, seed: r.experiment.seed, statistic: r.experiment.outputs[0].statistic }).toEqual({
      replicates: 10,
      seed: 1,
      statistic: 'total',
    });
  });
  it.each([
    [{ schemaVersion: 2 }, /^schemaVersion: must be one of 1/],
    [{ extra: 1 }, /^\(root\): unknown key "extra"/],
    [{ factors: [] }, /^factors: needs at least 1 item/],
    [{ factors: [{ path: 'firms[0].price' }] }, /^factors\[0\]: needs either a range/],
    [{ factors: [{ path: 'firms[0].price', range: { from: 1, to: 1 } }] }, /^factors\[0\]\.range\.to: must be greater than range\.from/],
    [{ factors: [{ path: 'firms[0].price; rm -rf', levels: [1] }] }, /^factors\[0\]\.path: must be a field path/],
    [{ design: { type: 'grid' } }, /^design\.type: does not match any allowed form/],
    [{ design: { type: 'sweep' } }, /^design\.n: a sweep over a range needs n/],
    [{ design: { type: 'lhs', n: 1e9 } }, /^design\.n: must be ≤ 100,000/],
    [{ design: { type: 'morris', r: 4, p: 5 } }, /^design\.p: must be even/],
    [
      {
        factors: [
          { path: 'firms[0].price', levels: [1] },
          { path: 'firms[1].price', levels: [1] },
        ],
      },
      /^design\.type: a sweep varies one factor/,
    ],
    [{ replicates: 1000 }, /^replicates: must be ≤ 200/],
    [{ outputs: [{ measure: 'happiness' }] }, /^outputs\[0\]\.measure: must be one of/],
    [{ outputs: [{ measure: 'retention', discounted: true }] }, /^outputs\[0\]\.discounted: only money can be discounted/],
    [{ outputs: [{ measure: 'profit', window: { from: 5, to: 2 } }] }, /^outputs\[0\]\.window\.to: must be ≥ window\.from/],
    [{ base: '/etc/passwd.json' }, /^base/],
    [{ base: 'C:\\x.json' }, /^base/],
    [{ factors: [{ path: 'firms[0].price', levels: Array(EXPERIMENT_LIMITS.levels + 1).fill(1) }] }, /^factors\[0\]\.levels: must have at most 1000 item/],
  ])('refuses case %#', (parts, message) => {
    const r = parseExperimentValue(experimentValue(parts));
    expect(r.ok).toBe(false);
    const errors = r.ok ? [] : r.errors;
    expect(
      errors.some((e) => message.test(e)),
      errors.join('\n'),
    ).toBe(true);
  });
  it.each([
    ['{"schemaVersion":1,"__proto__":{"x":1}}', /^\["__proto__"\]: the key "__proto__" is not allowed|^__proto__: the key/],
    ['{"schemaVersion":1,"base":{"constructor":1}}', /^base\.constructor: the key "constructor" is not allowed/],
    ['[1]', /^\(root\): an experiment must be a JSON object/],
    ['{"a":', /^\(file\): not valid JSON/],
    ['', /^\(file\): is empty/],
    [`{"a":${'['.repeat(40)}${']'.repeat(40)}}`, /nested deeper than 14 levels/],
    [' '.repeat(2_000_001), /^\(file\): larger than the 2 MB limit/],
  ])('refuses hostile text %#', (text, message) => {
    const r = parseExperimentText(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]).toMatch(message);
  });
  it('never throws, and always answers with a parse or lines that name a place', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), fc.jsonValue(), (junk, json) => {
        for (const v of [junk, json, { ...experimentValue(), factors: junk }, { ...experimentValue(), design: json }]) {
          const r = parseExperimentValue(v);
          if (!r.ok) for (const e of r.errors) expect(e).toMatch(ERROR_LINE);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('experiments against their base scenario', () => {
  it.each([
    [{ factors: [{ path: 'firms[0].colour', levels: [1] }] }, /^factors\[0\]\.path: firms\[0\]\.colour is not a numeric field/],
    [{ factors: [{ path: 'firms[7].price', levels: [1] }] }, /^factors\[0\]\.path: firms\[7\]\.price is not a numeric field/],
    [{ factors: [{ path: 'firms[0].name', levels: [1] }] }, /^factors\[0\]\.path: firms\[0\]\.name is not a numeric field/],
    [{ factors: [{ path: 'seed', levels: [1] }] }, /^factors\[0\]\.path: seed every run uses the experiment's seed/],
    [{ factors: [{ path: 'horizon', levels: [1] }] }, /^factors\[0\]\.path: horizon cannot be a factor/],
    [
      { factors: [{ path: 'firms[0].programme', range: { from: 0, to: 0.5 } }] },
      /^factors\[0\]\.range\.to: firms\[0\]\.programme must be between 0 and 0\.3 \(got 0\.5\)/,
    ],
    [
      { factors: [{ path: 'behaviour.offerRate', range: { from: -1, to: 0.5 } }] },
      /^factors\[0\]\.range\.from: -1 is out of bounds \(behaviour\.offerRate: must be ≥ 0\)/,
    ],
    [{ factors: [{ path: 'behaviour.offerRate', levels: [0.1], fromPeriod: 3 }] }, /^factors\[0\]\.fromPeriod: only a firm's lever/],
    [{ factors: [{ path: 'firms[0].price', levels: [1], fromPeriod: 8 }] }, /^factors\[0\]\.fromPeriod: must be < 8, the base horizon/],
    [{ factors: [{ path: 'population.size', levels: [100.5] }] }, /^factors\[0\]\.levels: population\.size takes whole numbers/],
    [{ factors: [{ path: 'firms[0].price', levels: [1] }], design: { type: 'sweep', n: 4 } }, /^design\.n: the factor lists its levels; leave n out/],
    [
      {
        factors: [
          { path: 'firms[0].price', levels: [1] },
          { path: 'firms[0].price', levels: [1.1] },
        ],
        design: { type: 'factorial' },
      },
      /^factors\[1\]\.path: firms\[0\]\.price is already factor 0/,
    ],
    [{ outputs: [{ measure: 'profit', firm: 5 }] }, /^outputs\[0\]\.firm: must be < 3 \(the base scenario has 3 firms\)/],
    [{ outputs: [{ measure: 'profit', window: { from: 0, to: 8 } }] }, /^outputs\[0\]\.window\.to: must be < 8, the base horizon/],
    [{ outputs: [{ measure: 'profit' }, { measure: 'profit' }] }, /^outputs\[1\]\.name: "mean_profit_firm0" is also the name of outputs\[0\]/],
    [{ outputs: [{ measure: 'profit', name: 'seed' }] }, /^outputs\[0\]\.name: "seed" is already a column/],
    [
      { outputs: [{ measure: 'profit', name: 'firms.price' }], factors: [{ path: 'firms.price', levels: [1] }] },
      /^factors\[0\]\.path: firms\.price is not a numeric field/,
    ],
    [
      { outputs: [{ measure: 'profit', name: 'behaviour.offerRate' }], factors: [{ path: 'behaviour.offerRate', levels: [0.1] }] },
      /^outputs\[0\]\.name: "behaviour\.offerRate" is already a column/,
    ],
    [{ design: { type: 'lhs', n: 60_000 }, replicates: 2 }, /^design: 60,000 points × 2 replicates is more than 100,000 runs/],
    [
      {
        factors: Array.from({ length: 20 }, (_, i) => ({
          path: `behaviour.weights.${['satisfaction', 'trust', 'price', 'incentive', 'kinship'][i % 5]}`,
          levels: [1, 2],
        })),
        design: { type: 'factorial' },
      },
      /is already factor/,
    ],
  ])('refuses case %#', (parts, message) => {
    const errors = errorsOf(parts);
    expect(
      errors.some((e) => message.test(e)),
      errors.join('\n'),
    ).toBe(true);
  });
  it('refuses a factorial past the run limit before listing its points', () => {
    const factors = ['price', 'recoveryRate', 'promise', 'lockIn', 'personalisation', 'programme', 'offerDiscount'].map((lever) => ({
      path: `firms[0].${lever}`,
      range: { from: 0.2, to: 0.25 },
    }));
    const t0 = performance.now();
    const errors = errorsOf({ factors, design: { type: 'factorial', n: 1000 } });
    expect(errors[0]).toMatch(/^design: too many points × 2 replicates is more than 100,000 runs/);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
  it('plans: a lever is a setting from its period, a whole-number field rounds, seed and replicates come from the experiment', () => {
    const p = plan({
      factors: [
        { path: 'firms[0].programme', range: { from: 0, to: 0.1 }, fromPeriod: 4 },
        { path: 'population.size', range: { from: 300, to: 400 } },
      ],
      design: { type: 'lhs', n: 7 },
    });
    expect(p.factors[0].lever).toEqual({ firm: 0, lever: 'programme', fromPeriod: 4 });
    expect(p.factors[1]).toMatchObject({ lever: null, integer: true });
    expect(p.points.every((x) => Number.isInteger(x[1]) && x[1] >= 300 && x[1] <= 400 && x[0] >= 0 && x[0] <= 0.1)).toBe(true);
    expect([p.base.seed, p.replicates, p.runs]).toEqual([3, 2, 14]);
    // a whole-number range: every whole number equally likely, ends included
    const q = plan({ factors: [{ path: 'population.size', range: { from: 300, to: 303 } }], design: { type: 'lhs', n: 8 } });
    expect(q.points.map((x) => x[0]).sort()).toEqual([300, 300, 301, 301, 302, 302, 303, 303]);
    expect(p.outputs[0].name).toBe('total_profit_firm0');
  });
  it('the digest changes with anything that changes the runs, and only then', () => {
    const a = plan();
    expect(plan().digest).toBe(a.digest);
    expect(plan({ seed: 4 }).digest).not.toBe(a.digest);
    expect(plan({}, tinyScenario({ horizon: 9 })).digest).not.toBe(a.digest);
    expect(a.digest).toMatch(/^[0-9a-f]{16}$/);
  });
});
