// Cohort survival, retention by tenure band and by satisfaction band (src/model/cohorts.ts):
// an exact table from a hand-built market, the invariants over random scenarios, and the
// counts against following every customer by hand in a real run.
import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  cohortCurves,
  cohortRows,
  createCohortCounter,
  createSimulation,
  HAPPENED,
  M,
  MEASURE_COUNT,
  NO_PROVIDER,
  SATISFACTION_BANDS,
  satisfactionBandRows,
  SEGMENTS,
  START_COHORT,
  tenureBandRows,
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
  it('gives each firm its curves (cohortRows.ts): the starting stock, then one per period acquired, each from age 0', () => {
    expect(cohortCurves(periods)).toEqual([
      { firm: 0, period: -1, alive: [2, 1, 1, 1] },
      { firm: 0, period: 0, alive: [1, 0, 0] },
      { firm: 0, period: 1, alive: [1, 0] },
      { firm: 0, period: 2, alive: [1] },
      { firm: 1, period: -1, alive: [1, 1, 1, 1] },
      { firm: 1, period: 0, alive: [1, 1, 0] },
      { firm: 1, period: 1, alive: [1, 1] },
      { firm: 1, period: 2, alive: [1] },
    ]);
    expect(cohortRows(4, periods.slice(0, 1))).toEqual([
      [4, 0, START_COHORT, 0, 2, 2],
      [4, 0, START_COHORT, 1, 2, 1],
      [4, 0, 0, 0, 1, 1],
      [4, 1, START_COHORT, 0, 1, 1],
      [4, 1, START_COHORT, 1, 1, 1],
      [4, 1, 0, 0, 1, 1],
    ]);
  });
});

describe('cohort rows of a run without cohorts (cohortRows.ts)', () => {
  it('gives no curves and no rows for no periods, and no band rows for a period without cohort counts', () => {
    expect(cohortCurves([])).toEqual([]);
    expect(cohortRows(0, [])).toEqual([]);
    const summary: PeriodSummary = { period: 0, firms: 2, values: new Float64Array(2 * SEGMENTS.length * MEASURE_COUNT), moves: new Float64Array(9) };
    expect(satisfactionBandRows(0, summary)).toEqual([]);
    expect(tenureBandRows(0, summary, 12)).toEqual([]);
  });
});

/** A scripted market: who is whose customer before period 0, then each period's moves. */
interface Script {
  size: number;
  firms: number;
  periodsPerYear: number;
  horizon: number;
  /** [customer, firm, tenure] of the starting stock. */
  stock: [number, number, number][];
  /** Moves of period t: [customer, firm it buys from after them, or NO_PROVIDER]. */
  moves: Record<number, [number, number][]>;
  /** Satisfaction of customer i at the end of period t. */
  satisfaction: (i: number, t: number) => number;
  /** Fields a prospect keeps from an earlier relationship: [customer, tenure, last provider]. */
  stale?: [number, number, number][];
}

/** The satisfaction band of a satisfaction, as the tally bins it (quarter points from 1). */
const bandOf = (x: number) => Math.min(SATISFACTION_BANDS - 1, Math.max(0, Math.floor((x - 1) * 4)));

/** Runs the counter over the script, and works out what it should count by following every
 *  customer (no origins, no moves bookkeeping): each period's counts, side by side. */
function play(sc: Script): { got: CohortPeriod[]; want: CohortPeriod[] } {
  const { size: n, firms: K, periodsPerYear: Y, horizon } = sc;
  const pop = allocatePopulation(n, K);
  for (const [i, k, tenure] of sc.stock) {
    pop.provider[i] = k;
    pop.tenure[i] = tenure;
  }
  for (const [i, tenure, last] of sc.stale ?? []) {
    pop.tenure[i] = tenure;
    pop.lastProvider[i] = last;
  }
  for (let i = 0; i < n; i++) pop.satisfaction[i] = sc.satisfaction(i, -1);
  const counter = createCohortCounter(pop, Y, horizon);
  const values = new Float64Array(K * SEGMENTS.length * MEASURE_COUNT);
  const { left, switched, entered } = HAPPENED;
  // by hand: each customer's firm, the period its relationship began (-1: the starting stock),
  // its tenure at the start of period 0 when of the stock, and the periods it left a firm in
  const firm = Array.from(pop.provider);
  const began = firm.map(() => -1);
  const tenure0 = Array.from(pop.tenure);
  const leftIn: number[][] = firm.map(() => []);
  const observed: { period: number; firm: number[]; band: number[] }[] = [];
  const stride = Math.ceil(Y / 12);
  const edges = tenureEdges(Y);
  const band = (ten: number) => edges.filter((e) => e <= ten).length - 1;
  const stock = Uint32Array.from({ length: K }, (_, k) => firm.filter((f) => f === k).length);
  const got: CohortPeriod[] = [];
  const want: CohortPeriod[] = [];
  for (let t = 0; t < horizon; t++) {
    const TB = edges.length;
    const tenureCustomers = new Uint32Array(K * TB);
    const tenureRetained = new Uint32Array(K * TB);
    const startBand = firm.map((k, i) => (k === NO_PROVIDER ? -1 : band(began[i] < 0 ? tenure0[i] + t : t - 1 - began[i])));
    const startFirm = firm.slice();
    pop.happened.fill(0);
    for (const [i, to] of sc.moves[t] ?? []) {
      const from = firm[i];
      let h = 0;
      if (from !== NO_PROVIDER) {
        h |= left;
        pop.lastProvider[i] = from;
        leftIn[i].push(t);
      }
      if (to !== NO_PROVIDER) {
        h |= from === NO_PROVIDER ? entered : switched;
        began[i] = t;
      }
      pop.happened[i] = h;
      pop.provider[i] = to;
      firm[i] = to;
    }
    for (let i = 0; i < n; i++) {
      if (startFirm[i] === NO_PROVIDER) continue;
      tenureCustomers[startFirm[i] * TB + startBand[i]]++;
      if (!leftIn[i].includes(t)) tenureRetained[startFirm[i] * TB + startBand[i]]++;
    }
    // the tally's histogram of the period's end, which the counter takes its customers from
    values.fill(0);
    for (let i = 0; i < n; i++) {
      pop.satisfaction[i] = sc.satisfaction(i, t);
      if (firm[i] !== NO_PROVIDER) values[firm[i] * SEGMENTS.length * MEASURE_COUNT + M.sat0 + bandOf(pop.satisfaction[i])]++;
    }
    got.push(counter.count(t, values));
    const C = t + 2;
    const alive = new Uint32Array(K * C);
    for (let i = 0; i < n; i++) if (firm[i] !== NO_PROVIDER) alive[firm[i] * C + 1 + began[i]]++;
    let year: CohortPeriod['year'] = null;
    const due = observed.find((o) => o.period === t - Y);
    if (due) {
      const customers = new Uint32Array(K * SATISFACTION_BANDS);
      const retained = new Uint32Array(K * SATISFACTION_BANDS);
      for (let i = 0; i < n; i++) {
        if (due.firm[i] === NO_PROVIDER) continue;
        const j = due.firm[i] * SATISFACTION_BANDS + due.band[i];
        customers[j]++;
        if (!leftIn[i].some((p) => p > due.period && p <= t)) retained[j]++;
      }
      year = { period: due.period, customers, retained };
    }
    if (t % stride === 0) observed.push({ period: t, firm: firm.slice(), band: Array.from(pop.satisfaction, bandOf) });
    want.push({ cohorts: C, alive, stock, tenureCustomers, tenureRetained, year });
  }
  return { got, want };
}

/** The counts as plain arrays, so a mismatch shows which period and field. */
const plain = (x: CohortPeriod) => ({
  cohorts: x.cohorts,
  alive: [...x.alive],
  stock: [...x.stock],
  tenureCustomers: [...x.tenureCustomers],
  tenureRetained: [...x.tenureRetained],
  year: x.year && { period: x.year.period, customers: [...x.year.customers], retained: [...x.year.retained] },
});

describe('cohort counts of a scripted market, against following every customer', () => {
  // the scripts are played again before each test (see above: Stryker credits no test with what
  // runs in the describe body)
  /** Monthly, 14 periods: tenures on every band edge, leavers of firm 1 from bands above the
   *  first, returns after leaving, a prospect with a former customer's tenure, and a customer
   *  of the observation of period 1 who leaves in period 13, the period it resolves. */
  const monthly = (): Script => {
    const longest = 30;
    const horizon = 14;
    return {
      size: 10,
      firms: 2,
      periodsPerYear: 12,
      horizon,
      stock: [
        [0, 0, 3],
        [1, 0, 23], // 24 at the start of period 1: the top band from then
        [2, 1, longest],
        [3, 1, 8],
        [4, 1, 5], // leaves in period 0 from the first band, a period before the second
        [7, 0, 0],
        [9, 1, 11],
      ],
      moves: {
        0: [
          [4, NO_PROVIDER],
          [6, 0],
        ],
        1: [
          [3, NO_PROVIDER], // firm 1, second band
          [8, 1],
        ],
        2: [[6, NO_PROVIDER]],
        3: [[4, 1]], // back, to the firm it left
        4: [[6, 1]], // back, to the other firm
        5: [[9, 0]],
        6: [[1, 1]], // from the top band of firm 0
        9: [[2, NO_PROVIDER]],
        13: [[0, NO_PROVIDER]],
      },
      // a band of its own for each customer, and not band 0 for customer 0 (what a band written
      // from one past the last customer comes out as)
      satisfaction: (i) => 4.9 - 0.45 * i,
      // a prospect's tenure is what its last relationship left (a move does not reset it): here
      // one that, were the prospect counted as firm 255's customer, would land in firm 0's first
      // origin (255 rows of `shift + horizon` origins in, shift = longest + 1)
      stale: [[5, 255 * (longest + 1 + horizon) + longest, 0]],
    };
  };
  /** Weekly, 58 periods: an observation every 5th period, the first two resolved a year (52
   *  periods) later, bands that change every period, and ten customers, a multiple of the stride. */
  const weekly = (): Script => ({
    size: 10,
    firms: 2,
    periodsPerYear: 52,
    horizon: 58,
    stock: [
      [0, 0, 40],
      [1, 0, 3],
      [2, 1, 70],
      [3, 1, 12],
      [4, 0, 26],
      [5, 1, 104],
      [6, 0, 51],
      [7, 1, 0],
    ],
    moves: {
      1: [[2, NO_PROVIDER]],
      3: [[8, 0]],
      7: [[5, 0]],
      12: [[3, NO_PROVIDER]],
      21: [[9, 1]],
      30: [[0, NO_PROVIDER]],
      44: [[4, 1]],
      53: [[1, NO_PROVIDER]],
      55: [[6, 1]],
      56: [[7, NO_PROVIDER]],
    },
    satisfaction: (i, t) => 1.1 + ((3 * i + t + 1) % 16) / 4,
  });
  let runs: Record<'monthly' | 'weekly', { got: CohortPeriod[]; want: CohortPeriod[] }>;
  beforeEach(() => {
    runs = { monthly: play(monthly()), weekly: play(weekly()) };
  });

  it('counts monthly cohorts, tenure bands and a year later by satisfaction band as followed by hand', () => {
    const { got, want } = runs.monthly;
    expect(got.map(plain)).toEqual(want.map(plain));
    expect(got.filter((x) => x.year).map((x) => x.year!.period)).toEqual([0, 1]);
  });
  it('pins the monthly counts that turn on a band edge or a return', () => {
    const { got } = runs.monthly;
    // period 0 starts: firm 0 has tenures 3, 23, 0; firm 1 has 30, 8, 5, 11
    expect([...got[0].tenureCustomers]).toEqual([2, 0, 1, 0, 1, 2, 0, 1]);
    expect([...got[0].tenureRetained]).toEqual([2, 0, 1, 0, 0, 2, 0, 1]); // 4 left from 0–5
    // period 1: customer 1 reaches 24 (top band), 9 reaches 12; 3 leaves firm 1 from 6–11
    expect([...got[1].tenureCustomers]).toEqual([3, 0, 0, 1, 0, 1, 1, 1]);
    expect([...got[1].tenureRetained]).toEqual([3, 0, 0, 1, 0, 0, 1, 1]);
    // after 4 comes back to firm 1 in period 3: firm 1's starting stock is 2 and 9 only
    expect(alive(got[3], 1, 0)).toBe(2);
    expect(alive(got[3], 1, 1 + 3)).toBe(1);
    // the prospect with a former customer's tenure is no firm's
    expect([...got[0].stock]).toEqual([3, 4]);
    expect(alive(got[0], 0, 0)).toBe(3);
    // the observation of period 1, resolved in period 13, firm 0: customer 0 (band 15, of 4.9)
    // left in 13, 1 (band 13, of 4.45) in 6, 6 (band 4, of 2.2) in 2; 7 (band 3, of 1.75) stayed
    const year = got[13].year!;
    expect(year.period).toBe(1);
    expect([15, 13, 4, 3].map((b) => [year.customers[b], year.retained[b]])).toEqual([
      [1, 0],
      [1, 0],
      [1, 0],
      [1, 1],
    ]);
  });
  it('counts weekly: an observation every 5th period, each resolved 52 periods later, as followed by hand', () => {
    const { got, want } = runs.weekly;
    expect(got.map(plain)).toEqual(want.map(plain));
    expect(got.map((x, t) => [t, x.year?.period]).filter(([, p]) => p !== undefined)).toEqual([
      [52, 0],
      [57, 5],
    ]);
  });
});

describe('tenure bands and observations by period length', () => {
  it('merges band edges that fall together: a year of one period has bands 0, 1 and 2+', () => {
    expect(tenureEdges(1)).toEqual([0, 1, 2]);
    expect(tenureEdges(4)).toEqual([0, 2, 4, 8]);
    expect(tenureEdges(52)).toEqual([0, 26, 52, 104]);
  });
  it('keeps at most 12 satisfaction bands a customer open: daily periods for a million customers fit', () => {
    // only the arrays the counter reads, a million long: one observation every 31 days, each
    // kept a year, is 12 bytes a customer (the counter refuses nothing here)
    const n = 1_000_000;
    const pop = {
      size: n,
      firms: 2,
      provider: new Uint8Array(n).fill(NO_PROVIDER),
      lastProvider: new Uint8Array(n).fill(NO_PROVIDER),
      happened: new Uint16Array(n),
      tenure: new Uint16Array(n),
      satisfaction: new Float32Array(n).fill(3),
    } as unknown as Parameters<typeof createCohortCounter>[0];
    const counter = createCohortCounter(pop, 365, 2);
    expect(counter.count(0, new Float64Array(2 * SEGMENTS.length * MEASURE_COUNT)).cohorts).toBe(2);
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
