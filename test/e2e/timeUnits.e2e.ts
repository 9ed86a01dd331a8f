// Time units in the editor: switching the period unit keeps the run's calendar (the horizon is
// rescaled, rates stay per month and say so), and the run then counts weeks.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { appForFile, periodOf, setField, waitForState } from './browser.ts';

let page: Page;
let errors: string[];

appForFile((app) => ({ page, errors } = app));

describe('switching the period unit in the editor', () => {
  it('rescales the horizon to the same months and states rates per month', async () => {
    await setField(page, 'Customers', 2000);
    const horizon = page.getByRole('spinbutton', { name: 'Periods', exact: true });
    expect(await horizon.inputValue()).toBe('120');
    await page.getByRole('combobox', { name: 'Period', exact: true }).selectOption('week');
    await expect.poll(() => horizon.inputValue()).toBe('520');
    await page.getByRole('combobox', { name: 'Period', exact: true }).selectOption('quarter');
    await expect.poll(() => horizon.inputValue()).toBe('40');
    await page.getByRole('combobox', { name: 'Period', exact: true }).selectOption('week');
    await expect.poll(() => horizon.inputValue()).toBe('520');
    await page.getByText('Behaviour (advanced)', { exact: true }).click();
    expect(await page.locator('.field', { has: page.getByRole('spinbutton', { name: 'Competitor offer rate', exact: true }) }).textContent()).toContain(
      'chance per month',
    );
  });

  it('runs a year of weeks, counted and labelled in weeks', async () => {
    await setField(page, 'Periods', 52);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await waitForState(page, 'done', 90_000);
    expect(await periodOf(page)).toBe(52);
    expect(await page.getByTestId('run-status').textContent()).toContain('52');
    expect(await page.locator('[data-chart="retention"] svg.chart').textContent()).toContain('Week');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save scenario (JSON)' }).click()]);
    const saved = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(saved).toMatchObject({ schemaVersion: 2, periodUnit: 'week', horizon: 52, burnIn: 52, behaviour: { offerRate: 0.06 } });
    expect(errors).toEqual([]);
  });
});
