// Issue 14 in Chromium: live levers (recorded, marked, reproducible), at the three sizes the
// issue names (1440×900, 1280×720, 390×844): bounding boxes, no sideways overflow, no console
// errors, axe clean; screenshots in test-artifacts/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { appForFile, exportChart, openApp, periodOf, setField, violations, waitForState } from './browser.ts';

const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'projector', width: 1280, height: 720 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const TIME_CHARTS = ['retention', 'churn', 'mix', 'nps', 'trust', 'share', 'money', 'cumprofit', 'clv'];

let browser: Browser;
let page: Page;
let errors: string[];

appForFile((app) => ({ browser, page, errors } = app));

/** How far the page is wider than the viewport (0: nothing overflows sideways). */
async function overflow(p: Page): Promise<number> {
  return p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function download(p: Page, name: string | RegExp): Promise<string> {
  const [d] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name, exact: typeof name === 'string' }).click()]);
  return readFileSync((await d.path())!, 'utf8');
}

/** The switching-costs lesson opened in a fresh context and played to its second card
 *  (month 18, where the run pauses). */
async function atSecondCard(): Promise<{ page: Page; errors: string[]; panel: Locator }> {
  const { page: p, errors } = await openApp(browser);
  await p.getByRole('button', { name: 'Lessons', exact: true }).click();
  await p.locator('[data-lesson="switching-costs"]').click();
  const panel = p.getByTestId('lesson-panel');
  await p.locator('[data-testid="lesson-panel"][data-card="0"]').waitFor();
  await panel.getByRole('button', { name: 'Continue' }).click();
  await p.locator('[data-testid="lesson-panel"][data-card="1"]').waitFor({ timeout: 30_000 });
  return { page: p, errors, panel };
}

describe('live levers', () => {
  it('a lever moved while paused acts from the next period, is recorded and marked on every time chart', async () => {
    await setField(page, 'Customers', 3000);
    for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Step one period' }).click();
    await page.locator('[data-testid="run-status"][data-period="5"]').waitFor();
    const panel = page.getByTestId('live-levers');
    await panel.locator('summary').click();
    await panel.locator('input[data-lever="price"]').fill('0.8');
    await expect.poll(() => panel.getByTestId('live-message').textContent()).toContain('from Month 6');
    for (const c of TIME_CHARTS) expect(await page.locator(`[data-chart="${c}"] .schedule-mark[data-period="6"]`).count(), c).toBe(1);
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
    // a share link carries the same schedule: opened in another browser, its run is the same
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.getByTestId('share-link').inputValue();
    const other = await browser.newContext({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
    const shared = await other.newPage();
    await shared.goto(link);
    await shared.locator('header h1').waitFor();
    await shared.getByRole('button', { name: 'Run', exact: true }).click();
    await waitForState(shared, 'done');
    expect(await download(shared, 'Export CSV')).toBe(watched);
    await other.close();
    // and so does a replay here
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

/** Whether any two boxes overlap (by more than half a pixel). */
function overlaps(boxes: { x: number; y: number; width: number; height: number }[]): boolean {
  return boxes.some((a, i) =>
    boxes.some((b, j) => j > i && a.x + a.width - 0.5 > b.x && b.x + b.width - 0.5 > a.x && a.y + a.height - 0.5 > b.y && b.y + b.height - 0.5 > a.y),
  );
}

describe('comparison and export polish', () => {
  let p: Page;
  let errs: string[];
  const LONG = 'Northern Consolidated Telecom Holdings'; // near the 40-character limit
  beforeAll(async () => {
    ({ page: p, errors: errs } = await openApp(browser));
    await p.setViewportSize({ width: 1280, height: 720 });
    await setField(p, 'Customers', 2000);
    await setField(p, 'Periods', 24);
    const name = p.locator('#firm-0-name');
    await name.fill(LONG);
    await name.press('Tab');
  });
  afterAll(async () => {
    await p?.context().close();
  });

  it('variant boxes neither overlap nor spill at 1280 px with a long firm name', async () => {
    await p.getByRole('tab', { name: 'Compare strategies' }).click();
    await p.getByRole('button', { name: 'Add a variant' }).click();
    const boxes = await Promise.all((await p.locator('fieldset.variant').all()).map(async (f) => (await f.boundingBox())!));
    expect(boxes.length).toBeGreaterThanOrEqual(3);
    expect(overlaps(boxes)).toBe(false);
    const panel = (await p.locator('.variants').boundingBox())!;
    for (const b of boxes) expect(b.x + b.width).toBeLessThanOrEqual(panel.x + panel.width + 0.5);
    // nothing inside a box sticks out of it
    for (const f of await p.locator('fieldset.variant').all()) {
      const fb = (await f.boundingBox())!;
      for (const el of await f.locator('select, input, button').all()) {
        const b = (await el.boundingBox())!;
        expect(b.x + b.width).toBeLessThanOrEqual(fb.x + fb.width + 0.5);
      }
    }
    expect(await overflow(p)).toBeLessThanOrEqual(0);
  });

  it('ends at 100% with the real worker count, retention axes from the data, end labels apart', async () => {
    const reps = p.getByRole('spinbutton', { name: 'Replicates' }).last();
    await reps.fill('3');
    await p.getByRole('button', { name: 'Run comparison' }).click();
    await expect.poll(() => p.getByTestId('compare-status').textContent(), { timeout: 90_000, interval: 250 }).toContain('done');
    const status = (await p.getByTestId('compare-status').textContent())!.replace(/\s+/g, ' ');
    expect(status).toMatch(/^100% · done · [1-9]\d* worker/);
    // the retention axis is not forced down to 0
    const ticks = (await p.locator('[data-chart="cmp-retention"] svg.chart g[aria-hidden] text[text-anchor="end"]').allTextContents()).map((s) =>
      parseFloat(s),
    );
    expect(Math.min(...ticks)).toBeGreaterThan(0);
    for (const id of ['cmp-retention', 'cmp-profit', 'cmp-share']) {
      // the text's own box (getBBox, in chart units), not its white halo
      const labels = await p.locator(`[data-chart="${id}"] svg.chart text.direct-label`).evaluateAll((ts) =>
        ts.map((t) => {
          const b = (t as SVGTextElement).getBBox();
          return { x: b.x, y: b.y, width: b.width, height: b.height };
        }),
      );
      expect(labels.length, id).toBe(await p.locator('fieldset.variant').count());
      expect(overlaps(labels), `${id} ${JSON.stringify(labels)}`).toBe(false);
      for (const l of labels) expect(l.x + l.width, id).toBeLessThanOrEqual(520);
    }
    await p.screenshot({ path: 'test-artifacts/compare-1280.png', fullPage: true });
    expect(await violations(p)).toEqual([]);
    expect(errs).toEqual([]);
  });

  it('exported SVG and PNG carry the title, scenario, firm, band definition and seed', async () => {
    const card = p.locator('[data-chart="cmp-retention"]');
    const text = (await exportChart(card, 'SVG')).toString('utf8');
    expect(text).toContain(`Retention`);
    expect(text).toContain(LONG);
    expect(text).toContain('Scenario:');
    expect(text).toContain('Shaded band');
    expect(text).toMatch(/Seed \d+/);
    const bytes = await exportChart(card, 'PNG');
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    // the caption makes the image taller than the chart alone (520 × 300 at scale 2)
    expect(bytes.readUInt32BE(20)).toBeGreaterThan(600);
    await p.getByRole('tab', { name: 'Live run' }).click();
    const live = p.locator('[data-chart="retention"]');
    const ltext = (await exportChart(live, 'SVG')).toString('utf8');
    expect(ltext).toContain('Firm: ');
    expect(ltext).toMatch(/seed \d+, replicate 0/);
  });
});

type Box = { x: number; y: number; width: number; height: number };
const inside = (b: Box, w: number, h: number) => b.x >= -0.5 && b.y >= -0.5 && b.x + b.width <= w + 0.5 && b.y + b.height <= h + 0.5;

describe('projector and lessons', () => {
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1024, height: 768 },
  ]) {
    it(`in presentation mode at ${size.width}×${size.height} each card and its chart are fully visible, Continue in view`, async () => {
      const { page: p, errors: errs } = await openApp(browser);
      await p.setViewportSize(size);
      await p.getByRole('button', { name: 'Presentation mode' }).click();
      await p.getByRole('button', { name: 'Lessons', exact: true }).click();
      await p.locator('[data-lesson="switching-costs"]').click();
      const panel = p.getByTestId('lesson-panel');
      for (const n of [0, 1, 2, 3]) {
        await p.locator(`[data-testid="lesson-panel"][data-card="${n}"]`).waitFor({ timeout: 30_000 });
        await p.waitForTimeout(100); // the spotlit chart is scrolled into view after the card opens
        const chart = (await p.locator('.card.spotlight').boundingBox())!;
        const card = (await panel.boundingBox())!;
        const go = p.getByTestId('lesson-panel').locator('.lesson-actions button.primary');
        const button = (await go.boundingBox())!;
        expect(inside(chart, size.width, size.height), `chart of card ${n} ${JSON.stringify(chart)}`).toBe(true);
        expect(inside(card, size.width, size.height), `card ${n}`).toBe(true);
        expect(inside(button, size.width, size.height), `continue of card ${n}`).toBe(true);
        expect(overlaps([chart, card]), `card ${n} covers its chart`).toBe(false);
        await p.screenshot({ path: `test-artifacts/projector-${size.width}x${size.height}-card${n + 1}.png` });
        if (n < 3) await go.click();
      }
      expect(await overflow(p)).toBeLessThanOrEqual(0);
      expect(await violations(p)).toEqual([]);
      expect(errs).toEqual([]);
      await p.context().close();
    });
  }

  it('one period numbering: card, status, chart read-out and histogram agree', async () => {
    const { page: p, errors: errs, panel } = await atSecondCard();
    expect(await panel.textContent()).toContain('Month 18');
    expect(await p.getByTestId('run-status').textContent()).toContain('Period 18 of 60');
    expect(await p.locator('[data-chart="satisfaction"] .note').textContent()).toBe('Period 18');
    const mix = p.locator('[data-chart="mix"]').getByRole('slider');
    expect(await mix.getAttribute('aria-valuemax')).toBe('18');
    await mix.focus();
    await p.keyboard.press('End');
    await expect.poll(() => mix.getAttribute('aria-valuetext')).toMatch(/^Month 18: /);
    expect(errs).toEqual([]);
    await p.context().close();
  });

  it('a wrong answer can be retried; the toolbar’s Resume goes on from a card, labelled apart from Continue in Chinese', async () => {
    const { page: p, errors: errs, panel } = await atSecondCard();
    const wrong = panel.getByRole('radio').filter({ hasNot: p.locator('xx') });
    // pick an answer that is not "Inertia loyalty" (the right one)
    const radios = await wrong.all();
    let picked = false;
    for (const r of radios) {
      const name = await r.evaluate((el) => el.parentElement?.textContent?.trim() ?? '');
      if (!name.startsWith('Inertia loyalty') && !picked) {
        await r.check();
        picked = true;
      }
    }
    expect(await p.getByTestId('lesson-feedback').textContent()).toContain('Not quite');
    await panel.getByRole('button', { name: 'Try again' }).click();
    await panel.getByRole('radio', { name: 'Inertia loyalty' }).check();
    expect(await p.getByTestId('lesson-feedback').textContent()).toContain('Correct');
    // Chinese: the toolbar says 继续运行, the card 继续
    await p.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await p.getByRole('heading', { name: '忠诚实验室' }).waitFor();
    const toolbarResume = p.getByRole('toolbar').locator('button.primary');
    const cardContinue = panel.locator('.lesson-actions button.primary');
    expect(await toolbarResume.textContent()).not.toBe(await cardContinue.textContent());
    await p.getByRole('combobox', { name: '语言' }).selectOption('en');
    await p.getByRole('heading', { name: 'Loyalty Lab' }).waitFor();
    // Resume in the toolbar closes the card and runs on to the next one
    await p.getByRole('toolbar').getByRole('button', { name: 'Resume' }).click();
    await p.locator('[data-testid="lesson-panel"][data-card="2"]').waitFor({ timeout: 30_000 });
    expect(await periodOf(p)).toBe(30);
    // in Compare the card does not follow; a note leads back
    await p.getByRole('tab', { name: 'Compare strategies' }).click();
    expect(await panel.count()).toBe(0);
    await p.getByTestId('lesson-elsewhere').getByRole('button', { name: 'Back to the lesson' }).click();
    await p.locator('[data-testid="lesson-panel"][data-card="2"]').waitFor();
    // finish: the last card sums up and leads to the next lesson
    await panel.getByRole('button', { name: 'Continue' }).click();
    await p.locator('[data-testid="lesson-panel"][data-card="3"]').waitFor({ timeout: 30_000 });
    await panel.getByRole('radio', { name: /Lock-in is a safe/ }).check();
    await panel.getByRole('button', { name: 'Finish' }).click();
    await panel.getByRole('heading', { name: 'Lesson complete' }).waitFor();
    expect(await p.getByTestId('lesson-summary').locator('li').count()).toBe(4);
    expect(await p.getByTestId('next-lesson').textContent()).toContain('Next lesson:');
    // the printed report lists the answers
    await p.emulateMedia({ media: 'print' });
    const answers = p.getByTestId('report-answers');
    expect(await answers.isVisible()).toBe(true);
    expect(await answers.textContent()).toContain('Inertia loyalty');
    expect(await answers.locator('tbody tr').count()).toBe(3);
    await p.emulateMedia({ media: 'screen' });
    await p.getByTestId('next-lesson').click();
    await p.locator('[data-testid="lesson-panel"][data-card="0"]').waitFor();
    expect(errs).toEqual([]);
    await p.context().close();
  });

  it('printing from Compare prints the comparison, not its form', async () => {
    const { page: p } = await openApp(browser);
    await p.getByRole('tab', { name: 'Compare strategies' }).click();
    await p.emulateMedia({ media: 'print' });
    expect(await p.locator('.variants').isVisible()).toBe(false);
    expect(await p.getByRole('button', { name: 'Run comparison' }).isVisible()).toBe(false);
    expect(await p.getByTestId('run-report').count()).toBe(0);
    expect(await p.getByRole('heading', { name: 'Compare strategies' }).first().isVisible()).toBe(true);
    await p.emulateMedia({ media: 'screen' });
    await p.context().close();
  });

  it('the glossary keeps its title and Close in view, and defines the loyalty index', async () => {
    const { page: p } = await openApp(browser);
    await p.setViewportSize({ width: 1280, height: 720 });
    await p
      .locator('[data-chart="map"]')
      .getByRole('button', { name: /What is/ })
      .click();
    const dialog = p.getByRole('dialog', { name: 'Glossary' });
    await dialog.waitFor();
    await dialog.evaluate((d) => d.scrollTo(0, d.scrollHeight));
    const close = (await dialog.getByRole('button', { name: 'Close' }).boundingBox())!;
    const title = (await dialog.getByRole('heading', { name: 'Glossary' }).boundingBox())!;
    expect(inside(close, 1280, 720)).toBe(true);
    expect(inside(title, 1280, 720)).toBe(true);
    const box = (await dialog.boundingBox())!;
    expect(close.y).toBeGreaterThanOrEqual(box.y - 0.5);
    expect(await dialog.locator('#gl-loyaltyIndex').textContent()).toContain('strongest rival');
    await p.context().close();
  });
});

describe('a customer’s why', () => {
  it('after the run has finished, a customer shows the terms weighed, in plain words, and its story exports as CSV', async () => {
    const { page: p, errors: errs } = await openApp(browser);
    await setField(p, 'Customers', 3000);
    await setField(p, 'Periods', 12);
    await p.getByRole('button', { name: 'Run', exact: true }).click();
    await waitForState(p, 'done');
    const inspector = p.locator('[data-chart="inspector"]');
    // find a customer in the category: try ids until one has the waterfall
    for (let id = 0; id < 40; id++) {
      await inspector.getByLabel(/Customer id/).fill(String(id));
      await inspector.getByRole('button', { name: 'Follow' }).click();
      await p.getByTestId('why').waitFor();
      if ((await p.getByTestId('why').locator('svg.waterfall').count()) > 0) break;
    }
    const why = p.getByTestId('why');
    expect(await why.locator('svg.waterfall rect.bar').count()).toBe(6);
    expect(await why.getByRole('heading').textContent()).toContain('Month 12');
    expect(await p.getByTestId('why-sentence').textContent()).toMatch(/Stays for the value|Would leave if|Would leave for|Not free to choose/);
    const [d] = await Promise.all([p.waitForEvent('download'), why.getByRole('button', { name: /story \(CSV\)/ }).click()]);
    const csv = readFileSync((await d.path())!, 'utf8')
      .trim()
      .split('\n');
    expect(csv[0]).toContain('value,price,incentive,kinship,switchingCost,margin,rival');
    expect(csv).toHaveLength(1 + (await inspector.locator('tbody tr').count())); // one row per period of its story
    for (const size of SIZES) {
      await p.setViewportSize({ width: size.width, height: size.height });
      const b = (await why.boundingBox())!;
      expect(b.x + b.width).toBeLessThanOrEqual(size.width + 0.5);
      expect(await overflow(p)).toBeLessThanOrEqual(0);
    }
    // any sampled customer, after the run: its kept story comes with it (12 periods)
    await p.setViewportSize({ width: 1440, height: 900 });
    await inspector.getByTestId('pick-sampled').click();
    await expect.poll(() => inspector.locator('tbody tr').count()).toBe(12);
    expect(await p.getByTestId('story-summary').textContent()).toMatch(/12 period\(s\) followed/);
    await why.scrollIntoViewIfNeeded();
    await p.screenshot({ path: 'test-artifacts/customer-why.png' });
    expect(await violations(p)).toEqual([]);
    expect(errs).toEqual([]);
    await p.context().close();
  });
});

describe('read-outs on a phone', () => {
  it('a chart’s read-out tooltip stays inside its card at both edges (390×844)', async () => {
    const { page: p, errors: errs } = await openApp(browser);
    await setField(p, 'Customers', 2000);
    await setField(p, 'Periods', 24);
    await p.setViewportSize({ width: 390, height: 844 });
    await p.getByRole('button', { name: 'Run', exact: true }).click();
    await waitForState(p, 'done');
    const card = p.locator('[data-chart="retention"]');
    await card.scrollIntoViewIfNeeded();
    const plot = card.locator('svg.chart rect[role="presentation"]');
    const area = (await plot.boundingBox())!;
    const cardBox = (await card.boundingBox())!;
    for (const fx of [0.02, 0.5, 0.98]) {
      await p.mouse.move(area.x + area.width * fx, area.y + area.height / 2);
      const tip = card.locator('.tooltip');
      await tip.waitFor();
      const b = (await tip.boundingBox())!;
      expect(b.x, `at ${fx}`).toBeGreaterThanOrEqual(cardBox.x - 0.5);
      expect(b.x + b.width, `at ${fx}`).toBeLessThanOrEqual(cardBox.x + cardBox.width + 0.5);
    }
    expect(await overflow(p)).toBeLessThanOrEqual(0);
    await p.screenshot({ path: 'test-artifacts/phone-tooltip.png' });
    expect(errs).toEqual([]);
    await p.context().close();
  });
});
