// The cohort survival chart and the satisfaction → retention curve in the browser: drawn from
// the live worker's cohort counts, their data tables opened and read, exported as SVG and PNG,
// and titled in Chinese.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appForFile, chartTable, exportChart, periodOf, setField, waitForState } from './browser.ts';

let page: Page;
let errors: string[];

appForFile((app) => ({ page, errors } = app));

const table = (chart: string) => chartTable(page, chart);

async function exportBoth(chart: string): Promise<void> {
  const card = page.locator(`[data-chart="${chart}"]`);
  const text = (await exportChart(card, 'SVG')).toString('utf8');
  expect(text).toMatch(/<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(text).toContain('class="mark"');
  const png = await exportChart(card, 'PNG');
  expect(png.subarray(1, 4).toString()).toBe('PNG');
}

describe('cohort charts', () => {
  it('waits for a year before the satisfaction → retention curve, and draws both after', async () => {
    await setField(page, 'Customers', 3000);
    await setField(page, 'Periods', 30);
    const note = page.locator('[data-chart="satisfactionRetention"]');
    expect(await note.textContent()).toContain('Shown once the run has passed its first year');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await waitForState(page, 'done', 90_000);
    expect(await periodOf(page)).toBe(30);
    for (const c of ['cohorts', 'satisfactionRetention']) expect(await page.locator(`[data-chart="${c}"] svg.chart .mark`).count(), c).toBeGreaterThan(0);
    // 30 months: observations of months 1–18 have been followed for a year
    expect(await note.textContent()).toContain('pooled over 18 observation(s)');
    await page.locator('[data-chart="cohorts"]').screenshot({ path: 'test-artifacts/cohorts-survival.png' });
    await note.screenshot({ path: 'test-artifacts/cohorts-satisfaction-retention.png' });
  });

  it('reads the cohort survival curves from their data table and exports the chart', async () => {
    const rows = await table('cohorts');
    expect(rows[0]).toEqual(['Periods since acquired', 'Customers at the start', 'Acquired in year 1', 'Acquired in year 2', 'Acquired in year 3']);
    const start = rows.slice(1).map((r) => parseFloat(r[1]));
    expect(start.length).toBeGreaterThan(5);
    for (let a = 1; a < start.length; a++) expect(start[a]).toBeLessThanOrEqual(start[a - 1]);
    expect(start[0]).toBeGreaterThan(50);
    await exportBoth('cohorts');
  });

  it('reads retention by satisfaction band from its data table, split at 3.75 and 4.5, and exports the chart', async () => {
    const rows = await table('satisfactionRetention');
    expect(rows[0]).toEqual(['Satisfaction (1–5)', 'Kept a year later (%)', 'Zone']);
    const band = (label: string) => rows.find((r) => r[0] === label)!;
    expect(band('3.5–3.75')[2]).toBe('Defection');
    expect(band('3.75–4')[2]).toBe('Indifference');
    expect(band('4.5–4.75')[2]).toBe('Affection');
    // the Jones–Sasser shape: customers above 4.5 are kept more than those below 3.75
    const kept = (label: string) => parseFloat(band(label)[1]);
    expect(kept('4.5–4.75')).toBeGreaterThan(kept('3.5–3.75'));
    await exportBoth('satisfactionRetention');
    // the satisfaction distribution beside it uses the same bands
    const dist = await table('satisfaction');
    expect(dist.find((r) => r[0] === '3.5–3.75')![2]).toBe('Defection');
  });

  it('titles both in Chinese', async () => {
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await page.getByRole('heading', { name: '忠诚实验室' }).waitFor();
    expect(await page.locator('[data-chart="cohorts"]').textContent()).toContain('同期群存续');
    expect(await page.locator('[data-chart="satisfactionRetention"]').textContent()).toContain('一年后的顾客保持率');
    await page.getByRole('combobox', { name: '语言' }).selectOption('en');
    await page.getByRole('heading', { name: 'Loyalty Lab' }).waitFor();
    expect(errors).toEqual([]);
  });
});
