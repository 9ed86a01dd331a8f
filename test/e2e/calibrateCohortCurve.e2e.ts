// A cohort survival curve typed by hand, fitted in Chromium end to end: pasted into the data's
// box (twelve ages, retention rising with tenure as a real cohort's does), two of the
// parameters the view suggests for survival picked, a small fit run on the workers; the fitted
// values read with their intervals, and the residual table; the calibrated scenario opened,
// saved as a file and shared by link; the link opened in a fresh page carries the fitted
// values and the fit report, and the scenario runs in the Live view.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appForFile, openShareLink, setField, violations, waitForState } from './browser.ts';

let browser: Browser;
let page: Page;
let errors: string[];

appForFile((app) => ({ browser, page, errors } = app));

// month-to-month retention of a cohort, rising with tenure (new customers leave most)...
const RETENTION = [0.9, 0.915, 0.93, 0.94, 0.95, 0.957, 0.963, 0.968, 0.972, 0.975, 0.977, 0.979];
// ...typed as the share still customers at ages 1 … 12, to three places
const SURVIVAL = RETENTION.map((_, a) =>
  Number(
    RETENTION.slice(0, a + 1)
      .reduce((s, r) => s * r, 1)
      .toFixed(3),
  ),
);
const CSV = `# our January cohort: share still with us after 1 … 12 months\nkind,firm,period,value\n${SURVIVAL.map((v, a) => `survival,0,${a + 1},${v}`).join('\n')}\n`;

const OFFER = 'behaviour.offerRate';
const SPREAD = 'behaviour.matchSpread';
const spin = (p: Page, label: string) => p.getByRole('spinbutton', { name: label, exact: true }).first();
/** A parameter's row of the fit table: fitted value (in brackets when not written), sd, interval. */
async function fitted(p: Page, path: string): Promise<{ value: number; sd: number; lo: number; hi: number; from: number; to: number }> {
  const row = p.getByTestId('cal-params').locator('tr', { has: p.locator(`td[data-path="${path}"]`) });
  const cells = await row.locator('td').allInnerTexts();
  const [lo, hi] = cells[3].split('–').map((x) => Number(x.trim()));
  const [from, to] = cells[4].split('–').map((x) => Number(x.trim()));
  return { value: Number(cells[1].replace(/[()]/g, '')), sd: Number(cells[2]), lo, hi, from, to };
}

describe('a hand-typed cohort survival curve, fitted in the app', () => {
  it('fits, shows values with intervals and residuals, saves, and reopens from the share link in every view', async () => {
    expect(SURVIVAL[0]).toBe(0.9);
    expect(SURVIVAL[11]).toBeLessThan(0.6);
    // ages up to 12 need cohorts that have lived 12 months: a two-year run
    await setField(page, 'Customers', 1000);
    await setField(page, 'Periods', 24);
    await page.getByRole('tab', { name: 'Calibrate' }).click();

    await page.getByTestId('cal-csv').fill(CSV);
    await expect.poll(() => page.getByTestId('cal-read').textContent()).toBe('12 observations in 1 series');
    expect(await page.getByTestId('cal-series').locator('tbody tr').allInnerTexts()).toEqual(['Cohort survival (by age)\tUs\t12\t2–13']);

    // the suggestions for survival, fit spread first; two of them picked
    const suggested = page.locator('fieldset.suggestions input[type="checkbox"]');
    expect(await suggested.count()).toBe(5);
    await page.getByRole('checkbox', { name: /Customer–firm fit spread/ }).check();
    await page.getByRole('checkbox', { name: /Competitor offer rate/ }).check();
    expect(await page.getByTestId('cal-param').count()).toBe(2);
    for (const [label, v] of [
      ['Hold out the last share of each series', 0.25],
      ['Replicates per candidate', 2],
      ['Restarts', 2],
      ['Evaluations per restart', 8],
      ['Bootstrap refits', 3],
    ] as const)
      await spin(page, label).fill(String(v));
    await expect.poll(() => page.getByTestId('cal-budget').textContent()).toContain('runs of 1,000 customers');
    expect(await violations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Calibrate', exact: true }).click();
    await page.getByTestId('cal-fit').waitFor({ timeout: 90_000 });
    expect((await page.getByTestId('cal-status').textContent())!.replace(/\s+/g, ' ')).toMatch(/100% · done · \d+ worker/);

    // the fit: each parameter's value inside its bounds, with an sd and an interval around it
    const fit: Record<string, Awaited<ReturnType<typeof fitted>>> = { [OFFER]: await fitted(page, OFFER), [SPREAD]: await fitted(page, SPREAD) };
    for (const [path, f] of Object.entries(fit)) {
      expect(f.value, path).toBeGreaterThanOrEqual(f.from);
      expect(f.value, path).toBeLessThanOrEqual(f.to);
      expect(f.sd, path).toBeGreaterThanOrEqual(0);
      expect(f.lo, path).toBeLessThanOrEqual(f.value);
      expect(f.hi, path).toBeGreaterThanOrEqual(f.value);
      expect(f.lo, path).toBeGreaterThanOrEqual(f.from);
      expect(f.hi, path).toBeLessThanOrEqual(f.to);
    }
    expect(fit[OFFER]).toMatchObject({ from: 0.01, to: 0.3 });
    expect(fit[SPREAD]).toMatchObject({ from: 0, to: 3 });
    expect(await page.getByTestId('cal-loss').textContent()).toMatch(/in the fit: [\d.]+\./);
    expect(await page.getByTestId('cal-holdout').textContent()).toMatch(/on the 3 held-out points: [\d.]+/);

    // observed against simulated with its band, and the residuals: one row per age, in order
    const curve = page.locator('[data-chart="cal-fit-survival-0"]');
    expect(await curve.locator('path.mark').count()).toBe(2);
    expect(await curve.locator('path.band').count()).toBe(1);
    const residuals = page.locator('[data-chart="cal-residuals"]');
    await residuals.locator('summary').click();
    await expect.poll(() => residuals.locator('table tbody tr').count()).toBe(12);
    // age, then the residual (observed − simulated, in points of survival)
    const table = (await residuals.locator('table tbody tr').allInnerTexts()).map((r) => r.split('\t'));
    expect(table.map((r) => Number(r[0]))).toEqual(SURVIVAL.map((_, a) => a + 1));
    for (const r of table) expect(Number(r[1].replace('−', '-')), r.join(' ')).toSatisfy(Number.isFinite);
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: 'test-artifacts/calibrate-cohort-curve.png', fullPage: true });

    // save: the calibrated scenario becomes the current one, and its file holds the fit
    await page.getByRole('button', { name: 'Open the calibrated scenario' }).click();
    await expect.poll(() => page.locator('#cal-fit-title').textContent()).toBe('The calibration saved with the current scenario');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save scenario (JSON)' }).click()]);
    const saved = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(saved.population.size).toBe(1000);
    expect(saved.calibration.targets.map((t: { value: number }) => t.value)).toEqual(SURVIVAL);
    expect(saved.calibration.parameters.map((p: { path: string }) => p.path)).toEqual([SPREAD, OFFER]);
    for (const p of saved.calibration.parameters as { path: string; value: number; interval: number[]; written: boolean }[]) {
      expect(p.interval[0]).toBeLessThanOrEqual(p.value);
      expect(p.interval[1]).toBeGreaterThanOrEqual(p.value);
      if (p.written) expect(Number(saved.behaviour[p.path.split('.')[1]].toPrecision(3))).toBe(Number(p.value.toPrecision(3)));
    }
    expect(saved.calibration.rows).toHaveLength(12);

    // the link in a fresh page: the same fit report, and the scenario runs in the Live view
    const { page: shared, errors: sharedErrors, link, context: other } = await openShareLink(page, browser, { width: 1280, height: 900 });
    expect(link).toContain('#s1.');
    await shared.getByRole('tab', { name: 'Calibrate' }).click();
    expect(await shared.locator('#cal-fit-title').textContent()).toBe('The calibration saved with the current scenario');
    for (const path of [OFFER, SPREAD]) expect(await fitted(shared, path), path).toEqual(fit[path]);
    expect(await shared.locator('[data-chart="cal-fit-survival-0"] path.mark').count()).toBe(2);
    expect(await shared.getByTestId('cal-loss').textContent()).toBe(await page.getByTestId('cal-loss').textContent());

    await shared.getByRole('tab', { name: 'Live run' }).click();
    expect(Number(await shared.getByRole('spinbutton', { name: 'Customers', exact: true }).inputValue())).toBe(1000);
    await shared.getByRole('button', { name: 'Run', exact: true }).click();
    await waitForState(shared, 'done', 90_000);
    expect(await shared.locator('[data-chart="cohorts"] svg.chart .mark').count()).toBeGreaterThan(0);
    expect(sharedErrors).toEqual([]);
    await other.close();
    expect(errors).toEqual([]);
  });
});
