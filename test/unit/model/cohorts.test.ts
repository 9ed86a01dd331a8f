// Cohort survival, retention by tenure band and by satisfaction band (src/model/cohorts.ts):
// an exact table from a hand-built market, the invariants over random scenarios, and the
// counts against following every customer by hand in a real run.
import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  createCohortCounter,
  createSimulation,
  HAPPENED,
  M,
  MEASURE_COUNT,
  NO_PROVIDER,
  SATISFACTION_BANDS,
  SEGMENTS,
  tenureEdges,
  type CohortPeriod,
  type PeriodSummary,
} from '../../../src/model/index.ts';
import { allocatePopulation } from '../../../src/model/population.ts';
import { scenario } from './helpers.ts';

const v = (s: PeriodSummary, firm: number, m: keyof typeof M) => s.values[firm * SEGMENTS.length * MEASURE_COUNT + M[m]];
/** Cohort c of firm k at the end of a period (c = 0 the starting stock, 1 + p acquired in p). */
const alive = (x: CohortPeriod, k: number, c: number) => x.alive[k * x.cohorts + c];

describe('cohort counts of a hand-built market', () => {
  // 2 firms, 6 people. Before period 0: customers 0 and 1 with firm 0 (tenure 3 and 10), 2 with firm 1.
  // Period 0: 3 enters with firm 0; 0 switches from firm 0 to firm 1.
  // Period 1: 3 leaves the category; 4 enters with firm 1; 5 enters with firm 0.
  // Period 2: 5 switches to firm 1 and 0 back to firm 0.
  // built again before each test, not in the describe body: Stryker switches a mutant on only once
  // the tests run, and credits what runs in the describe body or in beforeAll to no test
  let periods: CohortPeriod[] = [];
  beforeEach(() => {
    periods = countThreePeriods();
  });
  function countThreePeriods(): CohortPeriod[] {
    const pop = allocatePopulation(6, 2);
    const at = (i: number, k: number, tenure = 0) => {
      pop.provider[i] = k;
      pop.tenure[i] = tenure;
    };
    at(0, 0, 3);
    at(1, 0, 10);
    at(2, 1, 0);
    pop.satisfaction.fill(4.6);
    const counter = createCohortCounter(pop, 12, 3);
    const values = new Float64Array(2 * SEGMENTS.length * MEASURE_COUNT);
    const { left, switched, entered } = HAPPENED;
    const move = (i: number, h: number, to: number) => {
      pop.happened[i] = h;
      if (h & left) pop.lastProvider[i] = pop.provider[i];
      pop.provider[i] = to;
    };
    const periods: CohortPeriod[] = [];
    // period 0
    pop.happened.fill(0);
    move(3, entered, 0);
    move(0, left | switched, 1);
    periods.push(counter.count(0, values));
    // period 1
    pop.happened.fill(0);
    move(3, left, NO_PROVIDER);
    move(4, entered, 1);
    move(5, entered, 0);
    periods.push(counter.count(1, values));
    // period 2
    pop.happened.fill(0);
    move(5, left | switched, 1);
    move(0, left | switched, 0);
    periods.push(counter.count(2, values));
    return periods;
  }

  it('counts each cohort of each firm at every age', () => {
    expect([...periods[0].stock]).toEqual([2, 1]);
    // rows: firm 0 then firm 1; columns: start, acquired in period 0, 1, 2
    expect(periods.map((x) => [0, 1].map((k) => Array.from({ length: x.cohorts }, (_, c) => alive(x, k, c))))).toEqual([
      [
        [1, 1],
        [1, 1],
      ],
      [
        [1, 0, 1],
        [1, 1, 1],
      ],
      [
        [1, 0, 0, 1],
        [1, 0, 1, 1],
      ],
    ]);
  });
  it('splits the start of each period by tenure band and counts who stayed', () => {
    expect(tenureEdges(12)).toEqual([0, 6, 12, 24]);
    // period 0 starts with tenures 3, 10 (firm 0) and 0 (firm 1); customer 0 (tenure 3) leaves
    expect([...periods[0].tenureCustomers]).toEqual([1, 1, 0, 0, 1, 0, 0, 0]);
    expect([...periods[0].tenureRetained]).toEqual([0, 1, 0, 0, 1, 0, 0, 0]);
    // period 2 starts: firm 0 has 1 (tenure 12), 5 (0); firm 1 has 2 (2), 0 (1), 4 (0); 5 and 0 leave
    expect([...periods[2].tenureCustomers]).toEqual([1, 0, 1, 0, 3, 0, 0, 0]);
    expect([...periods[2].tenureRetained]).toEqual([0, 0, 1, 0, 2, 0, 0, 0]);
  });
  it('resolves a satisfaction observation only a year later', () => {
    expect(periods.every((x) => x.year === null)).toBe(true);
  });
});

describe('cohort counts resolve a year later', () => {
  it('counts who of each band is still there after 12 periods, against following them by hand', () => {
    const s = scenario({ seed: 5, horizon: 20, population: { size: 3000 } });
    const sim = createSimulation(s, 0, 'wasm', { cohorts: true });
    const summaries: PeriodSummary[] = [];
    let followed: { band: Uint8Array; firm: Uint8Array; joined: Uint16Array } | null = null;
    let byHand: Uint32Array | null = null;
    for (let t = 0; t < 20; t++) {
      summaries.push(sim.step());
      const pop = sim.pop;
      if (t === 3) {
        followed = {
          band: Uint8Array.from(pop.satisfaction, (x) => Math.min(SATISFACTION_BANDS - 1, Math.max(0, Math.floor((x - 1) * 4)))),
          firm: pop.provider.slice(),
          joined: pop.joined.slice(),
        };
      }
      if (t === 15 && followed) {
        byHand = new Uint32Array(s.firms.length * SATISFACTION_BANDS);
        for (let i = 0; i < pop.size; i++) {
          const k = followed.firm[i];
          // the same relationship: same firm, not rejoined since (joined unchanged, or still the same period)
          if (k !== NO_PROVIDER && pop.provider[i] === k && pop.joined[i] === followed.joined[i] && pop.tenure[i] >= 12)
            byHand[k * SATISFACTION_BANDS + followed.band[i]]++;
        }
      }
    }
    const year = summaries[15].cohorts!.year!;
    expect(year.period).toBe(3);
    expect([...year.retained]).toEqual([...byHand!]);
    for (let k = 0; k < s.firms.length; k++) {
      const seen = Array.from({ length: SATISFACTION_BANDS }, (_, b) => year.customers[k * SATISFACTION_BANDS + b]);
      expect(seen.reduce((a, x) => a + x, 0)).toBe(v(summaries[3], k, 'customers'));
    }
    expect(summaries.filter((x) => x.cohorts!.year).map((x) => x.cohorts!.year!.period)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
  it('is absent unless asked for', () => {
    expect(createSimulation(scenario({ population: { size: 100 } }), 0).step().cohorts).toBeUndefined();
  });
});

describe('cohort invariants over random scenarios', () => {
  it('alive never exceeds acquired, never rises with age, and adds up to the customers', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.nat(),
          size: fc.integer({ min: 20, max: 400 }),
          horizon: fc.integer({ min: 1, max: 30 }),
          firms: fc.integer({ min: 1, max: 4 }),
          openness: fc.double({ min: 0, max: 1, noNaN: true }),
          offerRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
          periodUnit: fc.constantFrom('month', 'week'),
        }),
        (r) => {
          const s = scenario({
            seed: r.seed,
            horizon: r.horizon,
            periodUnit: r.periodUnit as 'month',
            population: { size: r.size },
            market: { openness: r.openness },
            behaviour: { offerRate: r.offerRate },
            firms: Array.from({ length: r.firms }, (_, k) => ({ name: `F${k}`, initialShare: 1 })),
          });
          const sim = createSimulation(s, 0, 'wasm', { cohorts: true });
          const runs: PeriodSummary[] = [];
          for (let t = 0; t < s.horizon; t++) runs.push(sim.step());
          for (const [t, x] of runs.entries()) {
            const c = x.cohorts!;
            expect(c.cohorts).toBe(t + 2);
            for (let k = 0; k < r.firms; k++) {
              let sum = 0;
              for (let j = 0; j < c.cohorts; j++) sum += alive(c, k, j);
              expect(sum).toBe(v(x, k, 'customers'));
              expect(alive(c, k, t + 1)).toBe(v(x, k, 'acquired'));
              const bands = c.tenureCustomers.length / r.firms;
              const slice = (a: Uint32Array) => a.subarray(k * bands, (k + 1) * bands).reduce((p, q) => p + q, 0);
              expect(slice(c.tenureRetained)).toBe(v(x, k, 'retained'));
              expect(slice(c.tenureCustomers)).toBe(v(x, k, 'retained') + v(x, k, 'churned'));
              // each cohort: at most its size at age 0, and never more at an older age
              const start = (j: number) => (j === 0 ? c.stock[k] : alive(runs[j - 1].cohorts!, k, j));
              for (let j = 0; j < c.cohorts; j++) {
                expect(alive(c, k, j)).toBeLessThanOrEqual(start(j));
                if (t > 0 && j < c.cohorts - 1) expect(alive(c, k, j)).toBeLessThanOrEqual(alive(runs[t - 1].cohorts!, k, j));
              }
            }
            if (c.year) for (let j = 0; j < c.year.retained.length; j++) expect(c.year.retained[j]).toBeLessThanOrEqual(c.year.customers[j]);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
