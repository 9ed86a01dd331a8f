// The calibration view in Chromium, end to end: a retention curve typed by hand (rising with
// tenure, as a cohort's does), pasted; a bad file refused by line and column; suggested
// parameters picked; a small fit run on the pool of workers; the fit, the residuals and the
// hold-out error read; the calibrated scenario opened and shared by link; the link opened in a
// fresh browser context carries the fitted values and the saved report.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appForFile, openPage, setField, violations } from './browser.ts';

let browser: Browser;
let page: Page;
let errors: string[];

appForFile((app) => ({ browser, page, errors } = app));

// monthly retention of a cohort rising smoothly with tenure, typed by hand
const RISING = [0.952, 0.956, 0.96, 0.963, 0.966, 0.968, 0.97, 0.972, 0.973, 0.974, 0.975, 0.976];
const CSV = `# retention of our customers, month by month\nkind,firm,period,value\n${RISING.map((v, t) => `retention,0,${t},${v}`).join('\n')}\n`;

const BEHAVIOUR = 'Behaviour (advanced)';
const spin = (p: Page, label: string) => p.getByRole('spinbutton', { name: label, exact: true }).first();

describe('calibration in the app', () => {
  it('fits a hand-typed retention curve, shows fit, residuals and hold-out, and the share link carries the calibrated scenario', async () => {
    await setField(page, 'Customers', 400);
    await setField(page, 'Periods', 12);
    await page.getByRole('tab', { name: 'Calibrate' }).click();
    const csv = page.getByTestId('cal-csv');

    // a bad file: refused with its line and column, nothing runs
    await csv.fill('kind,period,value\nretention,0,1.5\nretention,x,0.9\n');
    const bad = page.getByTestId('cal-data-errors');
    await expect.poll(() => bad.textContent()).toContain('line 2, column value: a retention must be between 0 and 1 (got 1.5)');
    expect(await bad.textContent()).toContain('line 3, column period: "x" is not a number');
    expect(await page.getByRole('button', { name: 'Calibrate', exact: true }).isDisabled()).toBe(true);

    // a file dropped on the data's box is read as data, not opened as a scenario
    const dropped = await page.evaluateHandle((text) => {
      const d = new DataTransfer();
      d.items.add(new File([text], 'observed.csv', { type: 'text/csv' }));
      return d;
    }, CSV);
    await page.locator('[data-own-drop]').dispatchEvent('drop', { dataTransfer: dropped });
    await expect.poll(() => page.getByTestId('cal-read').textContent()).toBe('12 observations in 1 series');
    expect(await csv.inputValue()).toBe(CSV);
    expect(await page.getByRole('alert').filter({ hasText: 'observed.csv' }).count()).toBe(0); // not opened as a scenario

    await csv.fill('');
    await csv.fill(CSV);
    await expect.poll(() => page.getByTestId('cal-read').textContent()).toBe('12 observations in 1 series');
    expect(await page.getByTestId('cal-series').locator('tbody tr').allInnerTexts()).toEqual(['Retention\tUs\t12\t1–12']);
    await page.getByRole('checkbox', { name: /Competitor offer rate/ }).check();
    await page.getByRole('checkbox', { name: /Customer–firm fit spread/ }).check();
    expect(await page.getByTestId('cal-param').count()).toBe(2);
    for (const [label, v] of [
      ['Hold out the last share of each series', 0.25],
      ['Replicates per candidate', 2],
      ['Restarts', 2],
      ['Evaluations per restart', 6],
      ['Bootstrap refits', 2],
    ] as const)
      await spin(page, label).fill(String(v));
    await expect.poll(() => page.getByTestId('cal-budget').textContent()).toContain('runs of 400 customers over 12 periods');
    expect(await violations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Calibrate', exact: true }).click();
    await page.getByTestId('cal-fit').waitFor({ timeout: 45_000 });
    expect((await page.getByTestId('cal-status').textContent())!.replace(/\s+/g, ' ')).toMatch(/100% · done · \d+ worker/);

    // the fit: both parameters with values, uncertainty and flags; loss in the fit and, apart, held out
    const params = page.getByTestId('cal-params');
    expect(await params.locator('tbody tr').count()).toBe(2);
    const offer = (await params.locator('td[data-path="behaviour.offerRate"]').textContent())!.replace(/[()]/g, '');
    expect(Number(offer)).toBeGreaterThanOrEqual(0.01);
    expect(Number(offer)).toBeLessThanOrEqual(0.3);
    expect(await page.getByTestId('cal-loss').textContent()).toMatch(/in the fit: [\d.]+\./);
    expect(await page.getByTestId('cal-holdout').textContent()).toMatch(/on the 3 held-out points: [\d.]+/);
    expect((await page.getByTestId('cal-findings').textContent())!.length).toBeGreaterThan(20);
    // the charts of the registry: observed and simulated with its band; the residuals
    const fitChart = page.locator('[data-chart="cal-fit-retention-0"]');
    expect(await fitChart.locator('path.mark').count()).toBe(2);
    expect(await fitChart.locator('path.band').count()).toBe(1);
    expect(await page.locator('[data-chart="cal-residuals"] path.mark').count()).toBe(1);
    await page.locator('[data-chart="cal-residuals"] summary').click();
    // the table is drawn when its disclosure opens: wait for it rather than read it at once
    await expect.poll(() => page.locator('[data-chart="cal-residuals"] table tbody tr').count()).toBe(12);
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: 'test-artifacts/calibrate-fit.png', fullPage: true });

    // open it as the current scenario, then share it
    await page.getByRole('button', { name: 'Open the calibrated scenario' }).click();
    await expect.poll(() => page.locator('#cal-fit-title').textContent()).toBe('The calibration saved with the current scenario');
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.getByTestId('share-link').inputValue();
    expect(link).toContain('#s1.');

    const other = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page: shared, errors: sharedErrors } = await openPage(other, link, { consoleErrors: false });
    await shared.locator('summary', { hasText: BEHAVIOUR }).click();
    expect(Number(await spin(shared, 'Competitor offer rate').inputValue()).toPrecision(3)).toBe(Number(offer).toPrecision(3));
    await shared.getByRole('tab', { name: 'Calibrate' }).click();
    expect(await shared.locator('#cal-fit-title').textContent()).toBe('The calibration saved with the current scenario');
    expect(await shared.getByTestId('cal-params').locator('td[data-path="behaviour.offerRate"]').textContent()).toBe(
      await params.locator('td[data-path="behaviour.offerRate"]').textContent(),
    );
    expect(await shared.locator('[data-chart="cal-fit-retention-0"] path.mark').count()).toBe(2);
    expect(sharedErrors).toEqual([]);
    await other.close();

    // in Chinese: the view, the flags and the findings, with field labels, not paths
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await page.getByRole('tab', { name: '校准' }).click();
    expect(await page.locator('#cal-fit-title').textContent()).toBe('随当前情景保存的校准');
    const findings = (await page.getByTestId('cal-findings').textContent())!;
    expect(findings).toMatch(/[\u4e00-\u9fff]/);
    expect(findings).not.toMatch(/behaviour\./);
    expect(await page.getByTestId('cal-loss').textContent()).toContain('拟合部分的损失');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('combobox', { name: '语言' }).selectOption('en');

    // a longer calibration is cancelled: the workers stop, the saved fit stays
    await spin(page, 'Evaluations per restart').fill('400');
    await page.getByRole('button', { name: 'Calibrate', exact: true }).click();
    await page.getByRole('button', { name: 'Cancel', exact: true }).last().click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Calibration cancelled.' }).count()).toBe(1);
    expect(await page.locator('#cal-fit-title').textContent()).toBe('The calibration saved with the current scenario');
    expect(errors).toEqual([]);
  });
});
