// Issue 14 in Chromium: live levers (recorded, marked, reproducible), at the three sizes the
// issue names (1440×900, 1280×720, 390×844): bounding boxes, no sideways overflow, no console
// errors, axe clean; screenshots in test-artifacts/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp, periodOf, setField, violations, waitForState } from './browser.ts';

const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'projector', width: 1280, height: 720 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const TIME_CHARTS = ['retention', 'churn', 'mix', 'nps', 'trust', 'share', 'money', 'cumprofit', 'clv'];

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  mkdirSync('test-artifacts', { recursive: true });
  browser = await launch();
  ({ page, errors } = await openApp(browser));
});
afterAll(async () => {
  await browser?.close();
});

/** How far the page is wider than the viewport (0: nothing overflows sideways). */
async function overflow(p: Page): Promise<number> {
  return p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function download(p: Page, name: string | RegExp): Promise<string> {
  const [d] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name, exact: typeof name === 'string' }).click()]);
  return readFileSync((await d.path())!, 'utf8');
}

describe('live levers', () => {
  it('a lever moved while paused acts from the next period, is recorded and marked on every time chart', async () => {
    await setField(page, 'Customers', 3000);
    for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Step one period' }).click();
    await page.locator('[data-testid="run-status"][data-period="5"]').waitFor();
    const panel = page.getByTestId('live-levers');
    await panel.locator('summary').click();
    await panel.locator('input[data-lever="price"]').fill('0.8');
    await expect.poll(() => panel.getByTestId('live-message').textContent()).toContain('from Month 5');
    for (const c of TIME_CHARTS) expect(await page.locator(`[data-chart="${c}"] .schedule-mark[data-period="5"]`).count(), c).toBe(1);
    expect(await page.locator('[data-chart="retention"] .schedule-mark text').first().textContent()).toContain('Price 0.8');
    // the run was not restarted and no "apply edits" is asked for
    expect(await periodOf(page)).toBe(5);
    expect(await page.getByRole('button', { name: 'Apply edits and restart' }).count()).toBe(0);
  });

  it('the run with a live lever equals a fresh run of the saved scenario, bit for bit', async () => {
    await page.getByRole('button', { name: 'Resume' }).click();
    await waitForState(page, 'done');
    const watched = await download(page, 'Export CSV');
    const saved = JSON.parse(await download(page, 'Save scenario (JSON)'));
    expect(saved.changes).toContainEqual({ period: 5, firm: 0, lever: 'price', value: 0.8 });
    // a share link carries the same schedule
    await page.getByRole('button', { name: 'Reset' }).click();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await waitForState(page, 'done');
    const replayed = await download(page, 'Export CSV');
    expect(replayed.length).toBeGreaterThan(1000);
    expect(replayed).toBe(watched);
    expect(errors).toEqual([]);
  });

  it('is refused after the run ended, with the reason shown', async () => {
    const panel = page.getByTestId('live-levers');
    expect(await panel.locator('input[data-lever="price"]').isDisabled()).toBe(true);
    expect(await panel.textContent()).toContain('reset to move levers again');
  });

  for (const size of SIZES) {
    it(`fits at ${size.width}×${size.height}: no sideways overflow, levers inside the viewport, axe clean`, async () => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.getByRole('button', { name: 'Reset' }).click();
      const panel = page.getByTestId('live-levers');
      const box = (await panel.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(size.width + 0.5);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `test-artifacts/live-levers-${size.name}.png` });
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

describe('phone and keyboard', () => {
  it('at 390×844 nothing overflows sideways, charts fit, and Run is in view without scrolling past the editor', async () => {
    const { page: p, errors: errs } = await openApp(browser);
    await p.setViewportSize({ width: 390, height: 844 });
    await p.reload();
    await p.locator('header h1').waitFor();
    expect(await overflow(p)).toBeLessThanOrEqual(0);
    const run = p.getByRole('button', { name: 'Run', exact: true });
    const box = (await run.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    for (const card of await p.locator('[data-chart]').all()) {
      const b = (await card.boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(390.5);
    }
    // the editor is folded and opens on demand; the run bar stays in reach when scrolled
    expect(await p.getByRole('spinbutton', { name: 'Customers', exact: true }).isVisible()).toBe(false);
    await p.getByRole('button', { name: 'Edit the scenario' }).click();
    expect(await p.getByRole('spinbutton', { name: 'Customers', exact: true }).isVisible()).toBe(true);
    await p.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    const stuck = (await run.boundingBox())!;
    expect(stuck.y).toBeGreaterThanOrEqual(0);
    expect(stuck.y + stuck.height).toBeLessThanOrEqual(844);
    expect(await overflow(p)).toBeLessThanOrEqual(0);
    await p.screenshot({ path: 'test-artifacts/phone-run-bar.png' });
    expect(await violations(p)).toEqual([]);
    expect(errs).toEqual([]);
    await p.context().close();
  });

  it('a skip link reaches the run controls in one Tab, and R runs and pauses', async () => {
    const { page: p, errors: errs } = await openApp(browser);
    await setField(p, 'Customers', 2000);
    await p.reload(); // the edit is autosaved; focus starts at the top of the page again
    await p.locator('header h1').waitFor();
    await p.keyboard.press('Tab');
    expect(await p.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the run controls');
    await p.keyboard.press('Enter');
    await p.keyboard.press('Tab');
    expect(await p.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Run');
    await p.keyboard.press('Escape');
    await p.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await p.keyboard.press('r');
    await expect.poll(() => p.getByTestId('run-status').getAttribute('data-state')).toMatch(/running|done/);
    if ((await p.getByTestId('run-status').getAttribute('data-state')) === 'running') {
      await p.keyboard.press('r');
      await expect.poll(() => p.getByTestId('run-status').getAttribute('data-state')).toMatch(/paused|done/);
    }
    expect(errs).toEqual([]);
    await p.context().close();
  });
});
