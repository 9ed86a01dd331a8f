// Comparisons that cannot mislead, in Chromium, on the loyalty-programme library scenario (what
// its lesson asks students to run): a variant "programme = 0" takes over the scheduled programme
// (the panel lists the changes it overrides) and differs from the baseline; every variant starts
// from the same market (the CSV's period-0 rows agree); the comparison is saved with the
// scenario, so a share link and a reload bring it back.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appForFile, openShareLink, setField, violations } from './browser.ts';

let browser: Browser;
let page: Page;
let errors: string[];

appForFile((app) => ({ browser, page, errors } = app));

const variantBox = (p: Page, i: number) => p.locator('fieldset.variant').nth(i);

/** Splits the comparison CSV at its blank lines: definitions, differences, runs. */
function sections(text: string): string[][] {
  return text
    .trimEnd()
    .split('\n\n')
    .map((s) => s.split('\n'));
}

describe('compare on the loyalty-programme scenario', () => {
  it('lists the scheduled changes a variant takes over', async () => {
    await page.getByRole('button', { name: 'Scenario library' }).click();
    const dialog = page.getByRole('dialog', { name: 'Scenario library' });
    await dialog
      .locator('[data-scenario="loyalty-programme"]')
      .getByRole('button', { name: /^Open / })
      .click();
    await dialog.waitFor({ state: 'hidden' });
    await setField(page, 'Customers', 3000);
    await page.getByRole('tab', { name: 'Compare strategies' }).click();
    // the ready-made "Loyalty programme" variant becomes "No programme": 0 from month 1
    const box = variantBox(page, 2);
    const name = page.getByRole('textbox', { name: 'Name of variant 3' });
    await name.fill('No programme');
    await name.press('Tab');
    const value = box.getByRole('spinbutton', { name: /Loyalty programme reward/ });
    await value.fill('0');
    await value.press('Tab');
    const listed = page.getByTestId('overridden-2');
    await expect.poll(() => listed.locator('li').count()).toBe(2);
    expect(await listed.locator('li').allTextContents()).toEqual([
      'Us · Loyalty programme reward → 0.05 from Month 25: replaced',
      'Us · Loyalty programme reward → 0 from Month 61: replaced',
    ]);
    // "Better service" from month 2 touches no scheduled change
    const from = variantBox(page, 1).getByRole('spinbutton', { name: 'From which month (numbered from 1)' });
    await from.fill('2');
    await from.press('Tab');
    expect(await page.getByTestId('overridden-1').textContent()).toContain('Takes over no scheduled change.');
    // from month 37, the programme started at month 25 is cut short
    const programmeFrom = box.getByRole('spinbutton', { name: 'From which month (numbered from 1)' });
    await programmeFrom.fill('37');
    await programmeFrom.press('Tab');
    await expect.poll(() => listed.locator('li').first().textContent()).toBe('Us · Loyalty programme reward → 0.05 from Month 25: holds only to Month 36');
    await programmeFrom.fill('1');
    await programmeFrom.press('Tab');
    expect(await violations(page)).toEqual([]);
    await page.locator('.variants').screenshot({ path: 'test-artifacts/compare-overrides.png' });
    // and in Chinese
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await expect
      .poll(() => listed.locator('li').allTextContents())
      .toEqual(['我们 · 忠诚计划回馈 → 0.05（第 25 个月起）：被取代', '我们 · 忠诚计划回馈 → 0（第 61 个月起）：被取代']);
    expect(await listed.textContent()).toContain('取代以下计划的杠杆调整：');
    await page.getByRole('combobox', { name: '语言' }).selectOption('en');
    await page.getByRole('heading', { name: 'Loyalty Lab' }).waitFor();
  });

  it('runs: "No programme" differs from the baseline, and every variant has the same period 0', async () => {
    const reps = page.getByRole('spinbutton', { name: 'Replicates' }).last();
    await reps.fill('3');
    await page.getByRole('button', { name: 'Run comparison' }).click();
    await expect.poll(() => page.getByTestId('compare-status').textContent(), { timeout: 90_000, interval: 250 }).toContain('done');
    // the difference table: no longer 0 [0, 0] for the variant without the programme
    const profit = page.locator('[data-testid="diff-table"] tbody tr').filter({ hasText: 'Total profit' }).nth(1);
    const cells = await profit.locator('td').allTextContents();
    expect(cells[3]).not.toMatch(/^[+−-]?0$/);
    expect(cells[4]).not.toBe('[0, 0]');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export comparison CSV' }).click()]);
    const [definitions, differences, runs] = sections(readFileSync((await download.path())!, 'utf8'));
    expect(definitions).toEqual([
      'variant,firm,firmName,lever,value,fromPeriod',
      'Baseline,,,,,',
      'Better service,0,Us,recoveryRate,0.8,1',
      'No programme,0,Us,programme,0,0',
    ]);
    expect(differences[0]).toBe('variant,firm,firmName,measure,baseline,variantMean,difference,ciLow,ciHigh');
    const profitRow = differences.find((l) => l.startsWith('No programme,0,Us,profit,'))!.split(',');
    expect(Number(profitRow[6])).not.toBe(0);
    // period-0 rows of every variant, replicate and segment are the same once the variant name is set aside
    const header = runs[0].split(',');
    expect(header.slice(0, 3)).toEqual(['variant', 'replicate', 'period']);
    const periodZero = new Map<string, string[]>();
    for (const line of runs.slice(1)) {
      const [variant, replicate, period, ...rest] = line.split(',');
      if (period !== '0') continue;
      periodZero.set(variant, [...(periodZero.get(variant) ?? []), [replicate, ...rest].join(',')]);
    }
    expect([...periodZero.keys()]).toEqual(['Baseline', 'Better service', 'No programme']);
    const [baseline, ...others] = [...periodZero.values()];
    expect(baseline.length).toBeGreaterThan(0);
    for (const rows of others) expect(rows).toEqual(baseline);
    expect(errors).toEqual([]);
  });

  it('is saved with the scenario: a share link and a reload bring the comparison back', async () => {
    await page.getByRole('tab', { name: 'Live run' }).click();
    const { page: shared, errors: sharedErrors, context: other } = await openShareLink(page, browser);
    await shared.getByRole('tab', { name: 'Compare strategies' }).click();
    expect(await shared.getByRole('textbox', { name: 'Name of variant 3' }).inputValue()).toBe('No programme');
    expect(await variantBox(shared, 1).getByRole('spinbutton', { name: 'From which month (numbered from 1)' }).inputValue()).toBe('2');
    expect(
      await variantBox(shared, 2)
        .getByRole('spinbutton', { name: /Loyalty programme reward/ })
        .inputValue(),
    ).toBe('0');
    expect(await shared.getByRole('spinbutton', { name: 'Replicates' }).last().inputValue()).toBe('3');
    expect(await shared.getByTestId('overridden-2').locator('li').count()).toBe(2);
    expect(sharedErrors).toEqual([]);
    await other.close();

    await page.reload();
    await page.locator('header h1').waitFor();
    await page.getByRole('tab', { name: 'Compare strategies' }).click();
    expect(await page.getByRole('textbox', { name: 'Name of variant 3' }).inputValue()).toBe('No programme');
    expect(await page.getByRole('spinbutton', { name: 'Replicates' }).last().inputValue()).toBe('3');
  });
});
