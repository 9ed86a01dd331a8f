// The default market run in days, weeks, months, quarters and years: annual retention, market
// share and NPS of "Us" over the same two years, mean and 90% range across replicates. Rates
// are per month in the file; the model converts them to each period length (src/model/params.ts).
//   node scripts/run-ts.mjs scripts/time-units.ts [--size 5000] [--reps 10] [--years 2] [--units week,month]
import { readFileSync } from 'node:fs';
import { parseScenarioText } from '../src/scenario/parse.ts';
import { changePeriodUnit } from '../src/scenario/periodUnit.ts';
import { PERIOD_UNITS } from '../src/scenario/spec/time.ts';
import { yearMeasures, type YearMeasures } from '../src/model/annual.ts';

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
