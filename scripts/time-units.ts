// The default market run in days, weeks, months, quarters and years: annual retention, market
// share and NPS of "Us" over the same two years, mean and 90% range across replicates. Rates
// are per month in the file; the model converts them to each period length (src/model/params.ts).
//   node scripts/run-ts.mjs scripts/time-units.ts [--size 5000] [--reps 10] [--years 2] [--units week,month]
// --diagnose prints instead what the annual figures come from, for "Us" over the same years:
// the spread of satisfaction across its customers, the share in each Jones–Sasser zone, mean
// trust, and failures, offers heard, searches, switches out (after an offer, after a search;
// the rest after a failure) and exits per customer and year.
import { readFileSync } from 'node:fs';
import { parseScenarioText } from '../src/scenario/parse.ts';
import { changePeriodUnit } from '../src/scenario/periodUnit.ts';
import { PERIOD_UNITS, PERIODS_PER_YEAR } from '../src/scenario/spec/time.ts';
import { yearMeasures, type YearMeasures } from '../src/model/annual.ts';
import { createSimulation } from '../src/model/simulation.ts';
import { HAPPENED, NO_PROVIDER } from '../src/model/population.ts';
import { AFFECTION_ZONE, DEFECTION_ZONE } from '../src/model/kernel/scales.ts';
import type { Scenario } from '../src/scenario/schema.ts';

const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const size = arg('size', 5000);
const reps = arg('reps', 10);
const years = arg('years', 2);

const r = parseScenarioText(readFileSync('scenarios/default.json', 'utf8'));
if (!r.ok) throw new Error(r.errors.join('\n'));
const monthly = { ...r.scenario, population: { ...r.scenario.population, size }, horizon: 12 * years };
const unitsArg = process.argv.indexOf('--units');
const units = unitsArg > 0 ? PERIOD_UNITS.filter((u) => process.argv[unitsArg + 1].split(',').includes(u)) : PERIOD_UNITS;

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  return s[Math.floor(at)] + (s[Math.ceil(at)] - s[Math.floor(at)]) * (at - Math.floor(at));
};
const show = (xs: number[], digits: number) =>
  `${(xs.reduce((a, x) => a + x, 0) / xs.length).toFixed(digits)} [${quantile(xs, 0.05).toFixed(digits)}, ${quantile(xs, 0.95).toFixed(digits)}]`;

/** Replicate `rep` of `s`, firm 0 ("Us"), over the run's periods: satisfaction's spread across
 *  its customers and the shares in each zone (means of the periods), and events per customer
 *  and year (counted among its customers at the start of each period). */
function diagnose(s: Scenario, rep: number) {
  const sim = createSimulation(s, rep, 'wasm');
  const perYear = PERIODS_PER_YEAR[s.periodUnit];
  const events = ['failure', 'offer', 'searched'] as const;
  const counts = { failure: 0, offer: 0, searched: 0, switchedOut: 0, byOffer: 0, bySearch: 0, exited: 0 };
  const out = { sd: 0, defection: 0, indifference: 0, affection: 0, trust: 0 };
  let exposure = 0; // customer-periods at the start of a period
  for (let t = 0; t < s.horizon; t++) {
    const before = Uint8Array.from(sim.pop.provider);
    sim.step();
    const { provider, satisfaction, happened, trust } = sim.pop;
    let n = 0;
    let sum = 0;
    let sq = 0;
    let low = 0;
    let high = 0;
    let tr = 0;
    for (let i = 0; i < provider.length; i++) {
      if (before[i] === 0) {
        exposure++;
        for (const e of events) if (happened[i] & HAPPENED[e]) counts[e]++;
        if (provider[i] === NO_PROVIDER) counts.exited++;
        else if (provider[i] !== 0) {
          counts.switchedOut++;
          if (happened[i] & HAPPENED.offer) counts.byOffer++;
          else if (happened[i] & HAPPENED.searched) counts.bySearch++;
        }
      }
      if (provider[i] !== 0) continue;
      const x = satisfaction[i];
      n++;
      sum += x;
      sq += x * x;
      tr += trust[i];
      if (x <= DEFECTION_ZONE) low++;
      else if (x > AFFECTION_ZONE) high++;
    }
    const mean = sum / n;
    out.sd += Math.sqrt(sq / n - mean * mean) / s.horizon;
    out.trust += tr / n / s.horizon;
    out.defection += low / n / s.horizon;
    out.affection += high / n / s.horizon;
    out.indifference += (n - low - high) / n / s.horizon;
  }
  const perCustomerYear = Object.fromEntries(Object.entries(counts).map(([k, c]) => [k, (c / exposure) * perYear]));
  return { ...out, ...perCustomerYear } as Record<string, number>;
}

if (process.argv.includes('--diagnose')) {
  const cols = ['sd', 'defection', 'indifference', 'affection', 'trust', 'failure', 'offer', 'searched', 'switchedOut', 'byOffer', 'bySearch', 'exited'];
  console.log(`default market, ${size} customers, ${years} years after a year's burn-in, ${reps} replicates; "Us", means`);
  console.log(`unit     satisfaction sd, zones; mean trust: ${cols.slice(0, 5).join(' ')} | per customer-year: ${cols.slice(5).join(' ')}`);
  for (const unit of units) {
    const s = changePeriodUnit(monthly, unit);
    const runs = Array.from({ length: reps }, (_, rep) => diagnose(s, rep));
    console.log(`${unit.padEnd(8)} ${cols.map((c) => (runs.reduce((a, r) => a + r[c], 0) / reps).toFixed(3).padStart(7)).join(' ')}`);
  }
  process.exit(0);
}

console.log(`default market, ${size} customers, ${years} years after a year's burn-in, ${reps} replicates; "Us": mean [90% range]`);
console.log('unit     periods  annual retention          market share              NPS');
for (const unit of units) {
  const s = changePeriodUnit(monthly, unit);
  const t0 = performance.now();
  const runs: YearMeasures[] = Array.from({ length: reps }, (_, rep) => yearMeasures(s, rep));
  const col = (k: keyof YearMeasures, d: number) =>
    show(
      runs.map((x) => x[k]),
      d,
    ).padEnd(26);
  console.log(
    `${unit.padEnd(8)} ${String(s.horizon).padStart(7)}  ${col('annualRetention', 3)}${col('marketShare', 3)}${col('nps', 1)} ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}
