// Scenario library, files in and out, share links and autosave, in Chromium.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appForFile, BASE_URL, openPage, setField, violations } from './browser.ts';

let browser: Browser;
let page: Page;
let errors: string[];

appForFile((app) => ({ browser, page, errors } = app));

const field = (p: Page, label: string) => p.getByRole('spinbutton', { name: label, exact: true }).first();
const alertWith = (p: Page, text: string) => p.getByRole('alert').filter({ hasText: text });
const fileOf = (name: string, text: string | Buffer, mimeType = 'application/json') => ({
  name,
  mimeType,
  buffer: Buffer.isBuffer(text) ? text : Buffer.from(text),
});

describe('scenario library', () => {
  it('opens a library scenario from its card into the editor, resetting the run', async () => {
    await page.getByRole('button', { name: 'Step one period' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="run-status"]')!.getAttribute('data-period') === '1');
    await page.getByRole('button', { name: 'Scenario library' }).click();
    const dialog = page.getByRole('dialog', { name: 'Scenario library' });
    await dialog.waitFor();
    const card = dialog.locator('[data-scenario="leaky-bucket"]');
    expect(await card.getByRole('heading').textContent()).toBe('The leaky bucket');
    expect(await card.textContent()).toContain('What to watch');
    expect(await card.textContent()).toContain('Retention is cheaper than acquisition');
    expect(await dialog.locator('li.card').count()).toBeGreaterThanOrEqual(11);
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: 'test-artifacts/library-gallery.png' });
    await card.getByRole('button', { name: 'Open “The leaky bucket”' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByTestId('scenario-title').textContent()).toContain('The leaky bucket');
    expect(await field(page, 'Periods').inputValue()).toBe('60');
    await expect.poll(() => page.getByTestId('run-status').textContent()).toContain('Period 0 of 60');
  });

  it('shows the cards in Chinese, and closes with Escape', async () => {
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await page.getByRole('button', { name: '情景库' }).click();
    const dialog = page.getByRole('dialog', { name: '情景库' });
    await dialog.waitFor();
    expect(await dialog.locator('[data-scenario="leaky-bucket"] h3').textContent()).toBe('漏桶');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByTestId('scenario-title').textContent()).toContain('漏桶');
    await page.getByRole('combobox', { name: '语言' }).selectOption('en');
    await page.getByRole('heading', { name: 'Loyalty Lab' }).waitFor();
  });

  it('filters the cards by tag', async () => {
    await page.getByRole('button', { name: 'Scenario library' }).click();
    const dialog = page.getByRole('dialog', { name: 'Scenario library' });
    const filter = dialog.getByRole('group', { name: 'Show scenarios tagged' });
    const all = await dialog.locator('li.card').count();
    await filter.getByRole('button', { name: 'trust', exact: true }).click();
    expect(await filter.getByRole('button', { name: 'trust', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await dialog.locator('li.card').count()).toBe(1);
    expect(await dialog.locator('li.card h3').textContent()).toBe('Trust is built by quality and personal service');
    await filter.getByRole('button', { name: 'All', exact: true }).click();
    expect(await dialog.locator('li.card').count()).toBe(all);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('heading', { name: 'Loyalty Lab' }).waitFor();
  });

  it('is operable from the keyboard: open the library, move to a card, open it', async () => {
    const button = page.getByRole('button', { name: 'Scenario library' });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Scenario library' });
    await dialog.waitFor();
    const open = dialog.getByRole('button', { name: 'Open “A price war breeds mercenaries”' });
    for (let i = 0; i < 40 && !(await open.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByTestId('scenario-title').textContent()).toContain('A price war breeds mercenaries');
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true); // focus returns to the opener
  });
  it('plays a library scenario as a guided lesson from its card', async () => {
    await page.getByRole('button', { name: 'Scenario library' }).click();
    const dialog = page.getByRole('dialog', { name: 'Scenario library' });
    await dialog.waitFor();
    await dialog.locator('[data-scenario="price-war"]').getByRole('button', { name: 'Play as lesson “A price war breeds mercenaries”' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('lesson-panel').waitFor();
    expect(await page.getByTestId('scenario-title').textContent()).toContain('A price war breeds mercenaries');
    // opening another scenario ends the lesson
    await page.getByRole('button', { name: 'Scenario library' }).click();
    await dialog.waitFor();
    await dialog.locator('[data-scenario="price-war"]').getByRole('button', { name: 'Open “A price war breeds mercenaries”' }).click();
    await page.getByTestId('lesson-panel').waitFor({ state: 'detached' });
  });
});

describe('opening files', () => {
  it('refuses hostile and bad files with the fields named, keeping what the user typed', async () => {
    await setField(page, 'Customers', 3456);
    const input = page.locator('input[type="file"]');
    await input.setInputFiles(fileOf('bad.json', '{"schemaVersion":1,"firms":[{"price":-1}]}'));
    await expect.poll(() => alertWith(page, 'firms[0].price: must be ≥ 0.2').count()).toBe(1);
    expect(await alertWith(page, 'Could not open bad.json').count()).toBe(1);
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: 'test-artifacts/library-bad-file.png' });

    await input.setInputFiles(fileOf('notes.txt', 'this is not JSON', 'text/plain'));
    await expect.poll(() => alertWith(page, '(file): not valid JSON').count()).toBe(1);
    await input.setInputFiles(fileOf('proto.json', '{"schemaVersion":1,"__proto__":{"polluted":true}}'));
    await expect.poll(() => alertWith(page, 'the key "__proto__" is not allowed').count()).toBe(1);
    expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
    await input.setInputFiles(fileOf('huge.json', Buffer.alloc(1_200_000, 32)));
    await expect.poll(() => alertWith(page, 'larger than the 1 MB limit').count()).toBe(1);

    expect(await field(page, 'Customers').inputValue()).toBe('3456');
    expect(await page.getByTestId('scenario-title').textContent()).toContain('A price war breeds mercenaries');
    await alertWith(page, 'huge.json').getByRole('button', { name: 'Dismiss' }).click();
    expect(await alertWith(page, 'huge.json').count()).toBe(0);
  });

  it('opens a file dropped anywhere on the page', async () => {
    const good = { schemaVersion: 1, meta: { title: { en: 'Dropped in' } }, horizon: 30, population: { size: 1500 } };
    const transfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      return dt;
    }, JSON.stringify(good));
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    await page.getByTestId('drop-zone').waitFor();
    expect(await page.getByText('Drop a scenario file (.json) to open it').count()).toBeGreaterThan(0);
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await page.getByTestId('drop-zone').waitFor({ state: 'detached' });
    await expect.poll(() => field(page, 'Customers').inputValue()).toBe('1500');
    expect(await page.getByTestId('scenario-title').textContent()).toContain('Dropped in');
    expect(await page.getByRole('alert').filter({ hasText: 'Could not open' }).count()).toBe(0);
  });

  it('opens a version-0 file and shows the migration notice, which can be dismissed', async () => {
    const old = {
      population: 2200,
      firms: [
        { name: 'Old A', share: 0.7 },
        { name: 'Old B', share: 0.3 },
      ],
    };
    await page.locator('input[type="file"]').setInputFiles(fileOf('old.json', JSON.stringify(old)));
    const notice = page.getByTestId('load-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('older format');
    expect(await notice.textContent()).toContain('no schemaVersion (version 0)');
    expect(await field(page, 'Customers').inputValue()).toBe('2200');
    expect(await violations(page)).toEqual([]);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await notice.waitFor({ state: 'detached' });
  });
});

describe('share links and autosave', () => {
  it('copies a share link that opens the same scenario and seed in a new page', async () => {
    await setField(page, 'Customers', 2345);
    await setField(page, 'Periods', 48);
    const seed = page.getByRole('spinbutton', { name: 'Seed', exact: true }).first();
    await seed.fill('4242');
    await seed.press('Tab');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL.replace(/\/$/, '') });
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.getByTestId('share-link').inputValue();
    expect(link.startsWith(`${BASE_URL}#s1.`)).toBe(true);
    expect(await violations(page)).toEqual([]);
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    const other = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const { page: shared, errors: sharedErrors } = await openPage(other, link, { consoleErrors: false });
    expect(await field(shared, 'Customers').inputValue()).toBe('2345');
    expect(await field(shared, 'Seed').inputValue()).toBe('4242');
    expect(await field(shared, 'Periods').inputValue()).toBe('48');
    expect(await shared.getByRole('combobox', { name: 'Firm', exact: true }).first().locator('option').allTextContents()).toEqual(['Old A', 'Old B']);
    expect(await shared.getByRole('alert').filter({ hasText: '(link)' }).count()).toBe(0);
    expect(await shared.evaluate(() => location.hash)).toBe(''); // a reload shows later edits, not the link again
    expect(sharedErrors).toEqual([]);
    await other.close();
  });

  it('offers the link in a field to copy by hand when the clipboard refuses', async () => {
    await page.getByRole('button', { name: 'Hide link' }).click();
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await page.getByRole('status').filter({ hasText: 'copy the link from this field' }).waitFor({ state: 'attached' });
    expect(await page.getByRole('textbox', { name: 'Share link' }).inputValue()).toMatch(/#s1\./);
  });

  it('opens a share link pasted into the address of the open page', async () => {
    const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    await setField(page, 'Customers', 1111);
    await page.evaluate((l) => (location.href = l), link);
    await expect.poll(() => field(page, 'Customers').inputValue()).toBe('2345');
    expect(await page.evaluate(() => location.hash)).toBe('');
    await page.evaluate(() => (location.hash = '#s1.AAAA'));
    await expect.poll(() => alertWith(page, '(link): corrupted data').count()).toBe(1);
    expect(await alertWith(page, 'the current scenario is unchanged').count()).toBe(1);
    expect(await field(page, 'Customers').inputValue()).toBe('2345');
  });

  it('restores an edited value after a reload', async () => {
    await setField(page, 'Customers', 4321);
    await page.reload();
    await page.locator('header h1').waitFor();
    expect(await field(page, 'Customers').inputValue()).toBe('4321');
    expect(await field(page, 'Seed').inputValue()).toBe('4242');
  });

  it('names the error of a bad link and keeps the autosaved scenario', async () => {
    const { page: p } = await openPage(page.context(), `${BASE_URL}#s1.AAAA`);
    await expect.poll(() => alertWith(p, '(link): corrupted data').count()).toBe(1);
    expect(await alertWith(p, 'autosaved scenario was kept').count()).toBe(1);
    expect(await field(p, 'Customers').inputValue()).toBe('4321');
    await p.close();
  });

  it('starts from the defaults, with a notice, when the autosaved copy no longer validates', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('stale')) {
        localStorage.setItem('loyalty-lab.scenario', '{"schemaVersion":1,"horizon":5000}');
        sessionStorage.setItem('stale', '1');
      }
    });
    const { page: p } = await openPage(context, BASE_URL);
    const notice = p.getByTestId('load-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('no longer validates');
    expect(await notice.textContent()).toContain('horizon: must be ≤ 1040');
    expect(await field(p, 'Periods').inputValue()).toBe('120');
    expect(await p.evaluate(() => localStorage.getItem('loyalty-lab.scenario.rejected'))).toBe('{"schemaVersion":1,"horizon":5000}');
    await context.close();
  });
  it('"Default scenario" replaces the scenario like any other: the run restarts and old errors go', async () => {
    await page.getByRole('button', { name: 'Step one period' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="run-status"]')!.getAttribute('data-period') === '1');
    await page.locator('input[type="file"]').setInputFiles(fileOf('bad2.json', '{"schemaVersion":1,"horizon":0}'));
    await expect.poll(() => alertWith(page, 'horizon: must be ≥ 1').count()).toBe(1);
    await page.getByRole('button', { name: 'Default scenario' }).click();
    await expect.poll(() => alertWith(page, 'horizon: must be ≥ 1').count()).toBe(0);
    await expect.poll(() => page.getByTestId('run-status').getAttribute('data-period')).toBe('0');
    expect(await field(page, 'Periods').inputValue()).toBe('120');
  });

  it("gives each of two tabs its own scenario back after a reload, not the other tab's", async () => {
    const { page: other } = await openPage(page.context(), BASE_URL);
    await setField(page, 'Customers', 3333);
    await page.waitForTimeout(400); // past the autosave's 300 ms pause
    await setField(other, 'Customers', 7777); // the other tab saves last
    await other.waitForTimeout(400);
    await page.reload();
    await page.locator('header h1').waitFor();
    expect(await field(page, 'Customers').inputValue()).toBe('3333');
    await other.reload();
    await other.locator('header h1').waitFor();
    expect(await field(other, 'Customers').inputValue()).toBe('7777');
    await other.close();
  });
});

describe('library and sharing', () => {
  it('logged no errors', () => {
    expect(errors).toEqual([]);
  });
});
