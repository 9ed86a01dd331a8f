// Hardening in Chromium (issue 13): no run with missing periods, no work lost to a share link,
// a corrupt tab copy, blocked or full storage, or a reload mid-run.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ROW_HEADER } from '../../src/model/index.ts';
import { defaultScenario } from '../../src/scenario/parse.ts';
import { encodeShareLink } from '../../src/scenario/share.ts';
import { BASE_URL, browserForFile, openApp, openPage, periodOf, setField, waitForState } from './browser.ts';

let browser: Browser;

browserForFile((b) => (browser = b));

/** The distinct periods of a CSV export, in order. */
function periodsOf(csv: string): number[] {
  const [head, ...rows] = csv.trimEnd().split('\n');
  const col = head.split(',').indexOf('period');
  return [...new Set(rows.map((r) => Number(r.split(',')[col])))].sort((a, b) => a - b);
}

async function exportedPeriods(page: Page): Promise<number[]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.split('\n')[0]).toBe(ROW_HEADER.join(','));
  return periodsOf(text);
}

async function englishContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
  await context.addInitScript(() => {
    try {
      if (!localStorage.getItem('loyalty-lab.lang')) localStorage.setItem('loyalty-lab.lang', 'en');
    } catch {
      // blocked in one of the tests
    }
  });
  return context;
}

const horizonField = (page: Page) => page.getByRole('spinbutton', { name: 'Periods', exact: true });

describe('the live run in Chromium', () => {
  it('Step → Reset → Run, clicked faster than a 1,000,000-customer worker answers, exports periods 0..n with none missing', async () => {
    const { page, errors } = await openApp(browser);
    await setField(page, 'Periods', 10);
    await setField(page, 'Customers', 1_000_000);
    await expect.poll(() => page.getByTestId('run-status').textContent()).toContain('1,000,000 customers');
    // opening a simulation of a million customers takes the worker a while: the step waits on it
    await page.getByRole('button', { name: 'Step one period' }).click();
    await page.waitForTimeout(100);
    await page.getByRole('button', { name: 'Reset' }).click();
    await page.waitForTimeout(100);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await waitForState(page, 'done', 90_000);
    expect(await periodOf(page)).toBe(10);
    expect(await exportedPeriods(page)).toEqual([...Array(10).keys()]);
    // three steps, then a reset and a run, as fast as a user can click
    await page.getByRole('button', { name: 'Reset' }).click();
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Step one period' }).click();
    await page.getByRole('button', { name: 'Reset' }).click();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await waitForState(page, 'done', 90_000);
    expect(await exportedPeriods(page)).toEqual([...Array(10).keys()]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a cancelled run reads "cancelled", not "finished"', async () => {
    const { page, errors } = await openApp(browser);
    await setField(page, 'Customers', 2000);
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('10');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="run-status"]')!.getAttribute('data-period')) >= 2);
    await page.getByRole('button', { name: 'Cancel' }).first().click();
    await waitForState(page, 'cancelled');
    const status = await page.getByTestId('run-status').textContent();
    expect(status).toContain('cancelled');
    expect(status).not.toContain('finished');
    expect(await page.getByRole('button', { name: 'Run', exact: true }).isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a reload mid-run says the run was lost and keeps the scenario', async () => {
    const { page, errors } = await openApp(browser);
    await setField(page, 'Customers', 2000);
    await setField(page, 'Periods', 60);
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('10');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="run-status"]')!.getAttribute('data-period')) >= 2);
    await page.reload();
    await page.locator('header h1').waitFor();
    const notice = page.getByTestId('load-notice').filter({ hasText: 'was lost' });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/period \d+ of 60/);
    expect(await horizonField(page).inputValue()).toBe('60');
    expect(await periodOf(page)).toBe(0);
    // a reload with no run under way says nothing
    await page.reload();
    await page.locator('header h1').waitFor();
    await page.waitForTimeout(300);
    expect(await page.getByTestId('load-notice').filter({ hasText: 'was lost' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('saved work in Chromium', () => {
  it('a link opened in tab B never takes tab A’s work: a new tab C can restore it', async () => {
    const context = await englishContext();
    const a = await openPage(context);
    await setField(a.page, 'Periods', 77);
    await a.page.waitForTimeout(600); // autosave: 300 ms after the last edit
    await a.page.close({ runBeforeUnload: true });

    const link = encodeShareLink(defaultScenario({ seed: 4242, horizon: 33 }));
    const b = await openPage(context, `${BASE_URL}#${link}`);
    expect(await horizonField(b.page).inputValue()).toBe('33');
    await b.page.getByTestId('load-notice').filter({ hasText: 'Restore previous' }).waitFor();
    await b.page.waitForTimeout(600);
    await b.page.close({ runBeforeUnload: true });

    const c = await openPage(context);
    expect(await horizonField(c.page).inputValue()).toBe('33'); // the latest copy: the link's
    await c.page.getByRole('button', { name: 'Restore previous' }).click();
    const items = c.page.getByTestId('restore-list').getByRole('button');
    expect(await items.count()).toBeGreaterThanOrEqual(1);
    await items.first().click();
    await expect.poll(() => horizonField(c.page).inputValue()).toBe('77');
    expect(await c.page.getByTestId('run-status').textContent()).toContain('Period 0 of 77');
    expect([...a.errors, ...b.errors, ...c.errors]).toEqual([]);
    await context.close();
  });

  it('a corrupt copy of this tab opens the good shared copy, and the defaults never overwrite it', async () => {
    const context = await englishContext();
    const good = JSON.stringify(defaultScenario({ seed: 5, horizon: 55 }));
    await context.addInitScript((text) => {
      if (sessionStorage.getItem('e2e-seeded')) return;
      sessionStorage.setItem('e2e-seeded', '1');
      sessionStorage.setItem('loyalty-lab.scenario', '{"schemaVersion":1,');
      localStorage.setItem('loyalty-lab.scenario', text);
    }, good);
    const { page, errors } = await openPage(context);
    expect(await horizonField(page).inputValue()).toBe('55');
    await page.getByTestId('load-notice').filter({ hasText: 'This tab' }).waitFor();
    await page.waitForTimeout(600);
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('loyalty-lab.scenario')))!).horizon).toBe(55);
    const fresh = await openPage(context);
    expect(await horizonField(fresh.page).inputValue()).toBe('55');
    expect([...errors, ...fresh.errors]).toEqual([]);
    await context.close();
  });

  it('runs when the browser blocks site data, and says nothing will be saved', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    await context.addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage'])
        Object.defineProperty(window, name, {
          configurable: true,
          get() {
            throw new DOMException(`Failed to read the '${name}' property from 'Window': Access is denied for this document.`, 'SecurityError');
          },
        });
    });
    const { page, errors } = await openPage(context);
    await page.getByTestId('load-notice').filter({ hasText: 'nothing will be saved' }).waitFor();
    await setField(page, 'Customers', 2000);
    await page.getByRole('button', { name: 'Step one period' }).click();
    await expect.poll(() => periodOf(page)).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says an edit was not saved when the storage is full (no false "a copy is kept")', async () => {
    const context = await englishContext();
    const { page, errors } = await openPage(context);
    // fill both stores up to their quota, as other pages of the site could have
    await page.evaluate(() => {
      for (const store of [localStorage, sessionStorage]) {
        let chunk = 'x'.repeat(1 << 20);
        for (let i = 0; chunk.length > 16;)
          try {
            store.setItem(`filler-${i++}`, chunk);
          } catch {
            chunk = chunk.slice(0, chunk.length >> 1);
          }
      }
    });
    // a large scenario (a thousand scheduled changes) no longer fits in what is left
    const changes = Array.from({ length: 1000 }, (_, i) => ({ period: i, firm: 0, lever: 'price', value: 1 + (i % 10) / 100 }));
    const big = { schemaVersion: 1, horizon: 1040, population: { size: 2000 }, changes };
    await page.locator('input[type="file"]').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(big)) });
    await expect.poll(() => horizonField(page).inputValue()).toBe('1040');
    await page.getByTestId('not-saved').waitFor();
    expect(await page.getByTestId('not-saved').textContent()).toContain('could not be autosaved');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('comparison memory in Chromium', () => {
  it('refuses a comparison past the memory budget before starting, and writes the full CSV on demand', async () => {
    const { page, errors } = await openApp(browser);
    const firms = Array.from({ length: 8 }, (_, i) => ({ name: `F${i}`, initialShare: 0.125 }));
    const big = { schemaVersion: 1, horizon: 1040, population: { size: 500 }, firms };
    await page.locator('input[type="file"]').setInputFiles({ name: 'eight.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(big)) });
    await expect.poll(() => horizonField(page).inputValue()).toBe('1040');
    await page.getByRole('tab', { name: 'Compare strategies' }).click();
    await page.getByRole('button', { name: 'Add a variant' }).click();
    const reps = page.getByRole('spinbutton', { name: 'Replicates' }).last();
    await reps.fill('200');
    const refusal = page.getByTestId('compare-too-big');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/about 319\.5 MB of results; the limit is 250 MB\. Use at most 156 replicates/);
    expect(await page.getByRole('button', { name: 'Run comparison' }).isDisabled()).toBe(true);
    await refusal.getByRole('button', { name: 'Use 156 replicates' }).click();
    await page.getByTestId('compare-memory').waitFor();
    expect(await reps.inputValue()).toBe('156');
    expect(await page.getByRole('button', { name: 'Run comparison' }).isDisabled()).toBe(false);

    // a small comparison, then its CSV: every period of every run, written by running them again
    await setField(page, 'Periods', 6);
    await reps.fill('2');
    await page.getByRole('button', { name: 'Run comparison' }).click();
    await expect.poll(() => page.getByTestId('compare-status').textContent(), { timeout: 90_000, interval: 250 }).toContain('done');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export comparison CSV' }).click()]);
    // what each variant was, the differences table, then the runs (blank lines between)
    const [definitions, differences, lines] = readFileSync((await download.path())!, 'utf8')
      .trimEnd()
      .split('\n\n')
      .map((part) => part.split('\n'));
    expect(definitions[0]).toBe('variant,firm,firmName,lever,value,fromPeriod');
    expect(differences).toHaveLength(1 + 3 * 5 * 8); // variants after the baseline × measures × firms
    expect(lines[0]).toBe(['variant', ...ROW_HEADER].join(','));
    expect(lines).toHaveLength(1 + 4 * 2 * 6 * 8 * 4); // variants × replicates × periods × firms × segments
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
