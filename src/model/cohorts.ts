// Cohort, tenure and satisfaction-band measures (issue 9), counted from the customers' own
// state after every reported period, never re-derived from the period's aggregates:
//  - cohort survival: of each firm's customers acquired in a period (and of its starting stock,
//    a cohort of its own), how many are still its customers at each age;
//  - retention by tenure band: customers at the start of a period by their tenure, and how many
//    of them are still with the firm at its end;
//  - retention over the next year by satisfaction band (Jones and Sasser's satisfaction →
//    loyalty curve): customers by satisfaction band in a period, and how many of them are still
//    with the firm, without a break, one year of periods later.
// Kept fast by following moves rather than recounting everyone: each customer's relationship
// has an origin (the period its tenure was 0: the period it joined, or before period 0 for the
// starting stock, whose tenure was drawn), and per firm the number of current relationships by
// origin is updated only for those who left or joined (a few per cent a period, read from the
// `happened` bits). Cohorts, tenure bands and survival follow from those counts. The
// satisfaction bands need each customer's band at the observation: one byte a customer per
// observation still open, written in one more pass at each observation. Runs only when asked for
// (createSimulation's `cohorts` option): at 1,000,000 customers and monthly periods ~9 ms a
// period (~1.5 ms the scan for moves, most of the rest the observation's pass) against ~64 ms.
import { ENTERED, LEFT, SWITCHED } from './kernel/customer.ts';
import { NO_PROVIDER, type Population } from './population.ts';
import { SATISFACTION_BINS, satisfactionBin } from './drivers/tally.ts';
import { M, MEASURE_COUNT, SEGMENTS } from './measures.ts';

/** A customer who was no firm's at an observation. */
const NONE = 0xff;

/** The satisfaction bands: the histogram's quarter points (1–1.25 … 4.75–5), so the Jones–Sasser
 *  zone limits 3.75 and 4.5 fall on band edges. */
export const SATISFACTION_BANDS = SATISFACTION_BINS;

/** Satisfaction is observed at most 12 times a year (every period of a month; every fifth week;
 *  every 31st day): each observation keeps one byte a customer until a year later. */
const OBSERVATIONS_PER_YEAR = 12;

/** Lower edges, in periods of tenure, of the tenure bands: under half a year, half a year to a
 *  year, one to two years, two years and more (0–5, 6–11, 12–23, 24+ months). */
export function tenureEdges(periodsPerYear: number): number[] {
  const edges = [0, Math.round(periodsPerYear / 2), periodsPerYear, 2 * periodsPerYear];
  return edges.filter((e, i) => i === 0 || e > edges[i - 1]);
}

/** Periods between two satisfaction observations. */
export function observationStride(periodsPerYear: number): number {
  return Math.ceil(periodsPerYear / OBSERVATIONS_PER_YEAR);
}

/** One period's cohort counts, per firm k (index k · width + band or cohort). */
export interface CohortPeriod {
  /** Cohorts so far: 0 is the starting stock, 1 + p those acquired in period p. */
  readonly cohorts: number;
  /** Customers of each cohort still with the firm at the end of the period: alive[k · cohorts + c]. */
  readonly alive: Uint32Array;
  /** The starting stock of each firm (its cohort at age 0, at the start of period 0). */
  readonly stock: Uint32Array;
  /** Customers at the start of the period by tenure band (tenureEdges), and how many of them
   *  are still with the firm at its end: [k · bands + b]. */
  readonly tenureCustomers: Uint32Array;
  readonly tenureRetained: Uint32Array;
  /** The satisfaction observation of one year ago, resolved at the end of this period: its
   *  customers by band and how many of them are still with the firm ([k · SATISFACTION_BANDS + b]);
   *  null when none falls due. */
  readonly year: { readonly period: number; readonly customers: Uint32Array; readonly retained: Uint32Array } | null;
}

export interface CohortCounter {
  /** Counts after period t (t = 0, 1, … in order), from the customers and the period's measures. */
  count(t: number, values: Float64Array): CohortPeriod;
}

interface Observation {
  period: number;
  slot: number;
  customers: Uint32Array;
  /** Of them, those who have left the firm since. */
  lost: Uint32Array;
}

/** Starts counting after the burn-in: the customers there are now are the starting stock. */
export function createCohortCounter(pop: Population, periodsPerYear: number, horizon: number): CohortCounter {
  const K = pop.firms;
  const n = pop.size;
  const { provider, lastProvider, happened, tenure, satisfaction } = pop;
  const Y = periodsPerYear;
  const edges = tenureEdges(Y);
  const TB = edges.length;
  const top = edges[TB - 1];
  const bandOf = Uint8Array.from({ length: top }, (_, ten) => edges.filter((e) => e <= ten).length - 1);
  const tenureBand = (ten: number) => (ten >= top ? TB - 1 : bandOf[ten]);
  const stride = observationStride(Y);
  const slots = Math.ceil(Y / stride);
  const bands = new Uint8Array(n * slots);
  const open: Observation[] = [];

  // origins run from −1 − (the longest starting tenure) to the horizon: index origin + shift
  let longest = 0;
  for (let i = 0; i < n; i++) if (provider[i] !== NO_PROVIDER && tenure[i] > longest) longest = tenure[i];
  const shift = longest + 1;
  const width = shift + horizon;
  const byOrigin = new Uint32Array(K * width);
  /** The origin of each customer's current relationship, + shift. */
  const origin = new Int32Array(n);
  const movers = new Int32Array(n);
  const stock = new Uint32Array(K);
  for (let i = 0; i < n; i++) {
    const k = provider[i];
    if (k === NO_PROVIDER) continue;
    origin[i] = shift - 1 - tenure[i];
    byOrigin[k * width + origin[i]]++;
    stock[k]++;
  }

  return {
    count(t, values) {
      // customers at the start of the period by tenure band: tenure then = t − 1 − origin
      const tenureCustomers = new Uint32Array(K * TB);
      for (let k = 0; k < K; k++)
        for (let o = 0; o < shift + t; o++) {
          const x = byOrigin[k * width + o];
          if (x > 0) tenureCustomers[k * TB + tenureBand(t - 1 - (o - shift))] += x;
        }
      const tenureLost = new Uint32Array(K * TB);
      // the customers who moved this period (a few per cent): one read of `happened` a customer
      let moved = 0;
      for (let i = 0; i < n; i++) if (happened[i] & (LEFT | ENTERED)) movers[moved++] = i;
      const openAt = open.map((b) => b.slot * n);
      for (let m = 0; m < moved; m++) {
        const i = movers[m];
        const h = happened[i];
        if (h & LEFT) {
          const k0 = lastProvider[i];
          const o0 = origin[i];
          byOrigin[k0 * width + o0]--;
          tenureLost[k0 * TB + tenureBand(t - 1 - (o0 - shift))]++;
          for (let s = 0; s < openAt.length; s++) {
            const b = bands[openAt[s] + i];
            if (b === NONE) continue;
            open[s].lost[k0 * SATISFACTION_BANDS + b]++;
            bands[openAt[s] + i] = NONE; // counted once, whatever it does next
          }
        }
        const k = provider[i];
        if (h & (SWITCHED | ENTERED) && k !== NO_PROVIDER) {
          origin[i] = shift + t;
          byOrigin[k * width + shift + t]++;
        }
      }
      if (t % stride === 0) {
        const at = ((t / stride) % slots) * n;
        for (let i = 0; i < n; i++) bands[at + i] = provider[i] === NO_PROVIDER ? NONE : satisfactionBin(satisfaction[i]);
      }

      const C = t + 2;
      const alive = new Uint32Array(K * C);
      for (let k = 0; k < K; k++) {
        let start = 0;
        for (let o = 0; o < shift; o++) start += byOrigin[k * width + o];
        alive[k * C] = start;
        for (let p = 0; p <= t; p++) alive[k * C + 1 + p] = byOrigin[k * width + shift + p];
      }
      const tenureRetained = tenureCustomers.map((x, j) => x - tenureLost[j]);

      let year: CohortPeriod['year'] = null;
      if (open.length && open[0].period === t - Y) {
        const due = open.shift()!;
        year = { period: due.period, customers: due.customers, retained: due.customers.map((x, j) => x - due.lost[j]) };
      }
      if (t % stride === 0)
        open.push({ period: t, slot: (t / stride) % slots, customers: bandCounts(values, K), lost: new Uint32Array(K * SATISFACTION_BANDS) });
      return { cohorts: C, alive, stock, tenureCustomers, tenureRetained, year };
    },
  };
}

/** Customers of each firm by satisfaction band at the end of the period: the tally's histogram. */
function bandCounts(values: Float64Array, K: number): Uint32Array {
  const out = new Uint32Array(K * SATISFACTION_BANDS);
  for (let k = 0; k < K; k++)
    for (let b = 0; b < SATISFACTION_BANDS; b++) out[k * SATISFACTION_BANDS + b] = values[k * SEGMENTS.length * MEASURE_COUNT + M.sat0 + b];
  return out;
}
