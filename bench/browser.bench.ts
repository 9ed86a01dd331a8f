// The browser half of `npm run bench`: the production build in headless Chromium, a live run of
// 100,000 customers, measured inside the page: chart redraws per second (target ≥ 10) and the
// longest gap between animation frames (how long the page could not answer input). Then the
// period step itself in Chromium's engine (bench/engine.page.ts in a blank page). The
// Experiments view's worker pool, on one worker and on all cores (bench/experimentPool.ts).
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { build as bundle } from 'esbuild';
import { watchRedraws } from './liveCharts.ts';
import { benchExperimentPool } from './experimentPool.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4185);
const DIST = process.env.BENCH_DIST ?? 'dist-bench';
const URL_ = `http://localhost:${PORT}/`;
const SECONDS = 4;

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`no answer from ${url}`);
}

/** 1,000,000 customers × 520 weekly periods (ten years) in one Web Worker, as the app runs a
 *  simulation. The full run takes ~30 s here, so by default it runs 52 periods and multiplies by
 *  ten (the step's time does not depend on the period); BENCH_TEN_YEARS=1 runs all 520. */
async function tenYears(page: import('playwright-core').Page): Promise<void> {
  const full = process.env.BENCH_TEN_YEARS === '1';
  const periods = full ? 520 : 52;
  const worker = await bundle({
    entryPoints: ['bench/year.worker.ts'],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    target: 'es2022',
    logLevel: 'warning',
    define: { ASC_TARGET: '0' },
  });
  const { setupMs, stepMs } = await page.evaluate(
    ({ code, periods }) =>
      new Promise<{ setupMs: number; stepMs: number }>((resolve, reject) => {
        const w = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
        w.onmessage = (e) => resolve(e.data);
        w.onerror = (e) => reject(new Error(e.message));
        w.postMessage({ size: 1_000_000, periods });
      }),
    { code: worker.outputFiles[0].text, periods },
  );
  const total = (stepMs * 520) / periods / 1000;
  console.log(
    `browser worker, 1,000,000 customers × 520 periods: ${total.toFixed(1)} s (goal < 15 s)` +
      (full ? ', measured' : `, extrapolated from ${periods} periods in ${(stepMs / 1000).toFixed(1)} s (BENCH_TEN_YEARS=1 runs all 520)`) +
      `; plus ${(setupMs / 1000).toFixed(1)} s to create the population and its burn-in`,
  );
}

const build = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', DIST, '--logLevel', 'warn'], { stdio: 'inherit' });
if ((await new Promise((r) => build.once('exit', r))) !== 0) throw new Error('vite build failed');
const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--port', String(PORT), '--strictPort', '--outDir', DIST], {
  stdio: 'ignore',
});
try {
  await waitFor(URL_);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.goto(URL_);
  for (const [label, value] of [
    ['Customers', 100_000],
    ['Periods', 1000],
  ] as const) {
    const input = page.getByRole('spinbutton', { name: label, exact: true });
    await input.fill(String(value));
    await input.press('Tab');
  }
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.waitForFunction(() => Number(document.querySelector('[data-testid="run-status"]')!.getAttribute('data-period')) >= 2);
  const { updates, maxFrameGap } = await watchRedraws(page, SECONDS * 1000);
  console.log(
    `browser, 100,000 customers live: ${(updates / SECONDS).toFixed(1)} chart redraws/s (target ≥ 10), ` +
      `longest gap between frames ${maxFrameGap.toFixed(0)} ms`,
  );
  await page.close(); // its live run would share the CPU with the measurements below
  await benchExperimentPool(browser, URL_);
  const engine = await bundle({
    entryPoints: ['bench/engine.page.ts'],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    target: 'es2022',
    logLevel: 'warning',
    define: { ASC_TARGET: '0' },
  });
  const blank = await browser.newPage();
  await blank.setContent('<html><body></body></html>');
  await blank.addScriptTag({ content: engine.outputFiles[0].text });
  for (const size of [100_000, 1_000_000]) {
    const rate = await blank.evaluate((n) => (globalThis as unknown as { periodStepRate(n: number): number }).periodStepRate(n), size);
    console.log(`browser, period step of ${size.toLocaleString('en')} customers (WebAssembly engine): ${rate.toFixed(1)} M agent-steps/s of wall time`);
  }
  await tenYears(blank);
  await browser.close();
} finally {
  server.kill('SIGTERM');
}
