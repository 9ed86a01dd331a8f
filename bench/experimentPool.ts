// Part of the browser bench: the Experiments view's pool of Web Workers (src/ui/pool/), on one
// worker and on every core, in runs per second of wall time from Run to the last result, at
// 20,000 customers × 60 periods, and the ratio of the two measured in the same run. The page
// is told it has one core (navigator.hardwareConcurrency) for the first figure.
import type { Browser } from 'playwright-core';
import { parseScenarioValue } from '../src/scenario/parse.ts';
import { encodeShareLink } from '../src/scenario/share.ts';

const CUSTOMERS = 20_000;
const PERIODS = 60;

function link(runs: number): string {
  const r = parseScenarioValue({
    schemaVersion: 1,
    population: { size: CUSTOMERS },
    horizon: PERIODS,
    experiment: {
      schemaVersion: 1,
      factors: [{ path: 'firms[0].price', range: { from: 0.9, to: 1.1 } }],
      design: { type: 'lhs', n: runs },
      replicates: 1,
      outputs: [{ measure: 'profit', statistic: 'total', discounted: true }],
    },
  });
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return encodeShareLink(r.scenario);
}

async function runsPerSecond(browser: Browser, url: string, runs: number, cores: number | null): Promise<number> {
  const page = await browser.newPage();
  if (cores !== null) await page.addInitScript((n) => Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => n }), cores);
  await page.goto(`${url}#${link(runs)}`);
  await page.getByRole('tab', { name: 'Experiments' }).click();
  // after the calibration run, which would otherwise share the CPU with the measurement
  await page.getByTestId('exp-size').filter({ hasText: 'About' }).waitFor({ timeout: 120_000 });
  const t0 = performance.now();
  await page.getByTestId('exp-run').click();
  await page.getByTestId('exp-status').filter({ hasText: 'done' }).waitFor({ timeout: 600_000 });
  const seconds = (performance.now() - t0) / 1000;
  await page.close();
  return runs / seconds;
}

export async function benchExperimentPool(browser: Browser, url: string): Promise<void> {
  const page = await browser.newPage();
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  await page.close();
  const runs = Number(process.env.BENCH_EXPERIMENT_RUNS_PER_CORE ?? 4) * cores;
  const one = await runsPerSecond(browser, url, runs, 1);
  const all = await runsPerSecond(browser, url, runs, null);
  console.log(
    `browser experiment pool, ${CUSTOMERS.toLocaleString('en')} customers × ${PERIODS} periods, ${runs} runs: ` +
      `${one.toFixed(2)} runs/s on 1 worker, ${all.toFixed(2)} runs/s on ${cores} workers (all cores): ${(all / one).toFixed(2)}× the single worker`,
  );
}
