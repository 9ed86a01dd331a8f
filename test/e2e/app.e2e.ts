// The app in Chromium: run, charts, pause/step, inspector, exports, comparison, language.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { ROW_HEADER } from '../../src/model/index.ts';
import { CHART_IDS, COMPARE_CHARTS } from '../../src/ui/charts/registry.ts';
import { appForFile, exportChart, periodOf, setField, waitForState } from './browser.ts';

// every chart of the live view, as the chart registry lists them
const CHARTS = CHART_IDS;
let page: Page;
let errors: string[];

appForFile((app) => ({ page, errors } = app));

async function marks(chart: string): Promise<number> {
  return page.locator(`[data-chart="${chart}"] svg.chart .mark`).count();
}

describe('Loyalty Lab in the browser', () => {
  it('loads with the default scenario and empty charts', async () => {
    expect(await page.getByTestId('run-status').textContent()).toContain('Period 0 of 120');
    expect(await page.getByRole('spinbutton', { name: 'Customers', exact: true }).inputValue()).toBe('20000');
    for (const c of CHARTS) expect(await page.locator(`[data-chart="${c}"] svg.chart`).count(), c).toBe(1);
  });

  it('runs the default scenario in a worker and fills every chart', async () => {
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await waitForState(page, 'done', 90_000);
    expect(await periodOf(page)).toBe(120);
    for (const c of CHARTS) expect(await marks(c), c).toBeGreaterThan(0);
    // the satisfaction × loyalty map shows a sample of customers, not a handful
    expect(await marks('map')).toBeGreaterThan(100);
    await page.screenshot({ path: 'test-artifacts/app-live.png', fullPage: true });
  });

  it('reads values off a chart on hover', async () => {
    const card = page.locator('[data-chart="retention"]');
    const box = (await card.locator('svg.chart').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.6);
    const tip = card.locator('.tooltip');
    await tip.waitFor();
    expect(await tip.textContent()).toMatch(/Month \d+.*Us: \d+(\.\d)?%/s);
    await page.mouse.move(0, 0);
    await tip.waitFor({ state: 'detached' });
  });

  it('reads values off a chart from the keyboard, a period at a time', async () => {
    const card = page.locator('[data-chart="retention"]');
    const plot = card.getByRole('slider');
    await plot.focus();
    await page.keyboard.press('End');
    const tip = card.locator('.tooltip');
    await tip.waitFor();
    expect(await tip.textContent()).toMatch(/Month 120.*Us: \d+(\.\d)?%/s);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => tip.textContent()).toMatch(/^Month 119/);
    expect(await plot.getAttribute('aria-valuenow')).toBe('119');
    expect(await plot.getAttribute('aria-valuetext')).toMatch(/^Month 119: Us \d+(\.\d)?%, Rival A/);
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'detached' });
    // the loyalty-type mix reads the same way
    const mix = page.locator('[data-chart="mix"]').getByRole('slider');
    await mix.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => mix.getAttribute('aria-valuetext')).toMatch(/^Month 1: .*Value \d/);
    await page.keyboard.press('Tab'); // leaving hides the read-out
    await page.locator('[data-chart="mix"] .tooltip').waitFor({ state: 'detached' });
  });

  it('exports the run as CSV with the model header row', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe(ROW_HEADER.join(','));
    expect(lines).toHaveLength(1 + 120 * 3 * 4);
  });

  it('exports a chart as SVG and PNG', async () => {
    const card = page.locator('[data-chart="retention"]');
    const svg = await exportChart(card, 'SVG');
    expect(svg.toString('utf8')).toMatch(/<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const png = await exportChart(card, 'PNG');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  it('pauses, steps one period, and resumes', async () => {
    await page.getByRole('button', { name: 'Reset' }).click();
    expect(await periodOf(page)).toBe(0);
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('10');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="run-status"]')!.getAttribute('data-period')) >= 3);
    await page.getByRole('button', { name: 'Pause' }).click();
    await waitForState(page, 'paused');
    await page.waitForTimeout(150); // a batch in flight may still land
    const p = await periodOf(page);
    await page.waitForTimeout(400);
    expect(await periodOf(page)).toBe(p);
    await page.getByRole('button', { name: 'Step one period' }).click();
    await page.waitForFunction((q) => Number(document.querySelector('[data-testid="run-status"]')!.getAttribute('data-period')) === q + 1, p);
    expect(await periodOf(page)).toBe(p + 1);
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.waitForFunction((q) => Number(document.querySelector('[data-testid="run-status"]')!.getAttribute('data-period')) > q + 1, p);
    await page.getByRole('button', { name: 'Pause' }).click();
  });

  it('follows one customer in the inspector', async () => {
    await page.getByRole('spinbutton', { name: /Customer id/ }).fill('17');
    await page.getByRole('button', { name: 'Follow' }).click();
    const before = await periodOf(page);
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Step one period' }).click();
    await page.waitForFunction((q) => Number(document.querySelector('[data-testid="run-status"]')!.getAttribute('data-period')) === q + 3, before);
    const rows = page.locator('[data-chart="inspector"] tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByTestId('story-summary').textContent()).toMatch(/Customer 17: \d+ period/);
    expect(await page.locator('[data-chart="inspector"] svg.chart .mark').count()).toBe(1);
  });

  it('refuses an invalid value at the field and keeps the last valid scenario', async () => {
    const price = page.getByRole('spinbutton', { name: 'Price', exact: true }).first();
    await price.fill('0.1');
    await price.press('Tab');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'must be ≥ 0.2' }).count()).toBe(1);
    expect(await price.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('the last valid scenario is kept').count()).toBe(1);
    await price.fill('1');
    await price.press('Tab');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'must be ≥ 0.2' }).count()).toBe(0);
  });

  it('switches language without losing the run, and remembers it', async () => {
    const p = await periodOf(page);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await page.getByRole('heading', { name: '忠诚实验室' }).waitFor();
    expect(await periodOf(page)).toBe(p);
    expect(await marks('retention')).toBeGreaterThan(0);
    await page.reload();
    await page.getByRole('heading', { name: '忠诚实验室' }).waitFor();
    await page.getByRole('combobox', { name: '语言' }).selectOption('en');
    await page.getByRole('heading', { name: 'Loyalty Lab' }).waitFor();
  });

  it('compares three strategy variants over replicates to completion', async () => {
    await setField(page, 'Customers', 2000);
    await setField(page, 'Periods', 24);
    await page.getByRole('tab', { name: 'Compare strategies' }).click();
    // the comparison runs the scenario's replicates until the user sets its own
    const scenarioReps = page.getByRole('spinbutton', { name: 'Replicates' }).first();
    const compareReps = page.getByRole('spinbutton', { name: 'Replicates' }).last();
    await scenarioReps.fill('7');
    await scenarioReps.press('Tab');
    await expect.poll(() => compareReps.inputValue()).toBe('7');
    await compareReps.fill('3');
    await scenarioReps.fill('9');
    await scenarioReps.press('Tab');
    expect(await compareReps.inputValue()).toBe('3');
    await page.getByRole('button', { name: 'Run comparison' }).click();
    await expect.poll(() => page.getByTestId('compare-status').textContent(), { timeout: 90_000, interval: 250 }).toContain('done');
    expect(await page.getByTestId('compare-status').textContent()).toContain('100%');
    const rows = page.locator('[data-testid="diff-table"] tbody tr');
    expect(await rows.count()).toBe(2 * 5);
    for (const c of COMPARE_CHARTS.map((x) => x.id)) {
      expect(await page.locator(`[data-chart="${c}"] svg.chart path.mark`).count(), c).toBe(3);
      expect(await page.locator(`[data-chart="${c}"] svg.chart path.band`).count(), c).toBe(3);
    }
    await page.screenshot({ path: 'test-artifacts/app-compare.png', fullPage: true });
  });

  it('cancels a comparison under way', async () => {
    await page.getByRole('spinbutton', { name: 'Replicates' }).last().fill('40');
    await page.getByRole('button', { name: 'Run comparison' }).click();
    await page.locator('progress').waitFor();
    await page.getByRole('button', { name: 'Cancel' }).last().click();
    await page.getByText('Comparison cancelled.').waitFor();
    await page.getByRole('spinbutton', { name: 'Replicates' }).last().fill('3');
    await page.getByRole('tab', { name: 'Live run' }).click();
  });

  it('schedules a lever change and a market event on the timeline, and saves them in the scenario JSON', async () => {
    await page.getByText('Timeline: lever changes and events').click();
    await page.getByRole('button', { name: 'Add a lever change' }).click();
    await page.getByRole('combobox', { name: 'Event', exact: true }).last().selectOption('priceWar');
    await page.getByRole('button', { name: 'Add event' }).click();
    const strip = page.locator('svg.timeline');
    expect(await strip.locator('circle').count()).toBe(1);
    expect(await strip.locator('path').count()).toBe(1);
    // a change to a value out of the lever's range is refused at the field
    const value = page.getByRole('spinbutton', { name: 'Value', exact: true });
    await value.fill('7');
    await value.press('Tab');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'price must be between 0.2 and 3' }).count()).toBe(1);
    await value.fill('1.2');
    await value.press('Tab');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save scenario (JSON)' }).click()]);
    const saved = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(saved.changes).toEqual([{ period: 12, firm: 0, lever: 'price', value: 1.2 }]);
    expect(saved.events).toMatchObject([{ type: 'priceWar', period: 12, duration: 12, priceCut: 0.25, firms: [1] }]);
    expect(saved.population.size).toBe(2000);
  });

  it('loads a scenario file, or refuses a bad one with the field named', async () => {
    const input = page.locator('input[type="file"]');
    await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"schemaVersion":1,"horizon":5000}') });
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'horizon: must be ≤ 1040' }).count()).toBe(1);
    const good = {
      schemaVersion: 1,
      horizon: 36,
      population: { size: 2500 },
      firms: [
        { name: 'Alpha', initialShare: 0.5 },
        { name: 'Beta', initialShare: 0.5 },
      ],
    };
    await input.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
    await expect.poll(() => page.getByTestId('run-status').textContent()).toContain('Period 0 of 36');
    expect(await page.getByRole('spinbutton', { name: 'Customers', exact: true }).inputValue()).toBe('2500');
    expect(await page.getByRole('combobox', { name: 'Firm', exact: true }).first().locator('option').allTextContents()).toEqual(['Alpha', 'Beta']);
    expect(await page.getByRole('alert').filter({ hasText: 'horizon' }).count()).toBe(0);
  });

  it('logged no errors', () => {
    expect(errors).toEqual([]);
  });
});
