// Cohort curves across a comparison's replicates, in Chromium: tick "Cohort curves", run, and
// the cohort survival chart draws a band per variant whose data table has mean within band
// low and high at every age; the satisfaction → retention curve has its band too; the chart
// exports as SVG and PNG and the cohort CSV carries variant,firm,cohort,age,mean,lo,hi; in Chinese
// the box and the charts are titled in Chinese.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appForFile, chartTable, openShareLink, setField, violations } from './browser.ts';

let browser: Browser;
let page: Page;
let errors: string[];

appForFile((app) => ({ browser, page, errors } = app));

const table = (chart: string) => chartTable(page, chart);

/** Every (mean, low, high) triple of a banded data table with all three shown, as numbers. */
function triples(rows: string[][]): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (const r of rows.slice(1))
    for (let c = 1; c + 2 < r.length; c += 3) {
      const [m, lo, hi] = r.slice(c, c + 3).map((x) => parseFloat(x));
      if ([m, lo, hi].every(Number.isFinite)) out.push([m, lo, hi]);
    }
  return out;
}

describe('cohort curves in a comparison', () => {
  it('are drawn with a band per variant once the box is ticked', async () => {
    await setField(page, 'Customers', 3000);
    await setField(page, 'Periods', 30);
    await page.getByRole('tab', { name: 'Compare strategies' }).click();
    await page.getByRole('checkbox', { name: 'Cohort curves' }).check();
    await page.getByRole('spinbutton', { name: 'Replicates' }).last().fill('4');
    await page.getByRole('button', { name: 'Run comparison' }).click();
    await expect.poll(() => page.getByTestId('compare-status').textContent(), { timeout: 90_000, interval: 250 }).toContain('done');

    for (const chart of ['cmp-cohorts', 'cmp-satisfactionRetention']) {
      const bands = page.locator(`[data-chart="${chart}"] svg.chart path.band`);
      expect(await bands.count(), chart).toBe(3); // one per variant
      for (const d of await bands.evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? ''))) expect(d, chart).toMatch(/^M[\d.]+,[\d.]+L/);
    }
    expect(await violations(page)).toEqual([]);
    await page.locator('[data-chart="cmp-cohorts"]').screenshot({ path: 'test-artifacts/compare-cohorts.png' });
    await page.locator('[data-chart="cmp-satisfactionRetention"]').screenshot({ path: 'test-artifacts/compare-satisfaction-retention.png' });
  });

  it('tables the mean within its band at every age, for each cohort group', async () => {
    const rows = await table('cmp-cohorts');
    expect(rows[0]).toEqual([
      'Periods since acquired',
      ...['Baseline', 'Better service', 'Loyalty programme'].flatMap((v) => [`${v}: mean`, `${v}: band low`, `${v}: band high`]),
    ]);
    const start = triples(rows);
    expect(start.length).toBeGreaterThan(10);
    for (const [m, lo, hi] of start) expect(lo <= m && m <= hi, `${lo} ≤ ${m} ≤ ${hi}`).toBe(true);
    // of the starting stock, most are still customers a period later
    expect(parseFloat(rows[1][1])).toBeGreaterThan(50);

    // the cohorts acquired in year 3 (months 25–30) are followed for at most 5 periods
    await page.locator('[data-chart="cmp-cohorts"]').getByRole('combobox', { name: 'Cohort' }).selectOption({ label: 'Acquired in year 3' });
    const year3 = await table('cmp-cohorts');
    expect(Math.max(...year3.slice(1).map((r) => Number(r[0])))).toBeLessThanOrEqual(5);
    for (const [m, lo, hi] of triples(year3)) expect(lo <= m && m <= hi).toBe(true);

    const bands = await table('cmp-satisfactionRetention');
    expect(bands[0][0]).toBe('Satisfaction (1–5)');
    const kept = triples(bands);
    expect(kept.length).toBeGreaterThan(3);
    for (const [m, lo, hi] of kept) expect(lo <= m && m <= hi).toBe(true);
    expect(bands.find((r) => r[0] === '4.5–4.75')).toBeDefined();
  });

  it('exports the chart and the cohort CSV with its band', async () => {
    const card = page.locator('[data-chart="cmp-cohorts"]');
    const [svg] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: /as SVG/ }).click()]);
    const text = readFileSync((await svg.path())!, 'utf8');
    expect(text).toContain('class="band"');
    const [png] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: /as PNG/ }).click()]);
    expect(
      readFileSync((await png.path())!)
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export cohort curves CSV' }).click()]);
    expect(csv.suggestedFilename()).toBe('loyalty-lab-comparison-cohorts.csv');
    const [cohorts, bands] = readFileSync((await csv.path())!, 'utf8')
      .trimEnd()
      .split('\n\n');
    const lines = cohorts.split('\n');
    expect(lines[0]).toBe('variant,firm,cohort,age,mean,lo,hi');
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(['Baseline', 'Better service', 'Loyalty programme']));
    expect(new Set(rows.map((r) => r[2]))).toEqual(new Set(['start', 'year1', 'year2', 'year3']));
    for (const r of rows) {
      const [mean, lo, hi] = r.slice(4).map(Number);
      expect(lo <= mean && mean <= hi && mean <= 1, r.join(',')).toBe(true);
    }
    expect(bands.split('\n')[0]).toBe('variant,firm,band,mean,lo,hi');
    expect(errors).toEqual([]);
  });

  it('fits a phone: the cohort card and its menu stay inside the screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const card = page.locator('[data-chart="cmp-cohorts"]');
    await card.scrollIntoViewIfNeeded();
    // the differences table below is wider than a phone: it scrolls in its card, not the page
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await card.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(0);
    const box = (await card.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    const menu = (await card.getByRole('combobox', { name: 'Cohort' }).boundingBox())!;
    expect(menu.x + menu.width).toBeLessThanOrEqual(box.x + box.width);
    // the menu does not share the title's line (there it covered the title at this width)
    const title = (await card.locator('h3').boundingBox())!;
    expect(menu.y).toBeGreaterThanOrEqual(title.y + title.height);
    await card.screenshot({ path: 'test-artifacts/compare-cohorts-390.png' });
    await page.setViewportSize({ width: 1440, height: 1000 });
  });

  it('speaks Chinese', async () => {
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await expect.poll(() => page.locator('[data-chart="cmp-cohorts"] h3').textContent()).toContain('同期群存续');
    expect(await page.getByRole('checkbox', { name: '同期群曲线' }).isChecked()).toBe(true);
    expect(await page.locator('[data-chart="cmp-cohorts"]').getByRole('button', { name: '导出同期群曲线 CSV' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '导出同期群曲线 CSV' }).count()).toBe(1);
    await page.getByRole('combobox', { name: '语言' }).selectOption('en');
    expect(errors).toEqual([]);
  });

  it('is saved with the comparison: a share link opens with the box ticked', async () => {
    await page.getByRole('tab', { name: 'Live run' }).click();
    const { page: shared, errors: sharedErrors, context: other } = await openShareLink(page, browser);
    await shared.getByRole('tab', { name: 'Compare strategies' }).click();
    expect(await shared.getByRole('checkbox', { name: 'Cohort curves' }).isChecked()).toBe(true);
    expect(sharedErrors).toEqual([]);
    await other.close();
  });
});
