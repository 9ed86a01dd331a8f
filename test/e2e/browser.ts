// Shared browser helpers for the e2e suite: every *.e2e.ts file starts its browser here.
//
// How to use it in a new file (the app open once for all the file's tests):
//
//   let page: Page;
//   let errors: string[];
//   appForFile((app) => ({ page, errors } = app)); // or appForFile(set, { lang: 'zh' })
//
// `errors` collects the page's uncaught errors and console errors; most files end with
// `expect(errors).toEqual([])`. A file that opens its own pages takes the browser alone,
// `browserForFile((b) => (browser = b))`, then `openApp(browser)` for a fresh context with the
// app, or `openPage(context, url)` for another tab; `openShareLink(page, browser)` opens the
// page's share link in a fresh context. The server's address is `BASE_URL` (its port
// is E2E_PORT; set your own when several people run the suite on one machine). Screenshots go
// to test-artifacts/, which both helpers create.
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { BASE_URL } from './globalSetup.ts';

export { BASE_URL };

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/** For the tests of one file: Chromium launched before them (handed to `set`), closed after. */
export function browserForFile(set: (browser: Browser) => void): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    mkdirSync('test-artifacts', { recursive: true });
    browser = await launch();
    set(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });
}

/** For the tests of one file: Chromium launched and the app opened (`openApp`) before them,
 *  handed to `set`; the browser is closed after them. */
export function appForFile(set: (app: { browser: Browser; page: Page; errors: string[] }) => void, lang = 'en'): void {
  let browser: Browser;
  browserForFile((b) => (browser = b));
  beforeAll(async () => set({ browser, ...(await openApp(browser, lang)) }));
}

/** Collects the page's uncaught errors into `errors`, and with `consoleErrors` its console errors too. */
export function collectErrors(page: Page, errors: string[], consoleErrors = true): string[] {
  page.on('pageerror', (e) => errors.push(e.message));
  if (consoleErrors)
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
  return errors;
}

/** A new page of `context` at `url` (the app by default), its errors collected as
 *  `collectErrors` does, once the app's header is shown. */
export async function openPage(
  context: BrowserContext,
  url = BASE_URL,
  { errors = [], consoleErrors = true }: { errors?: string[]; consoleErrors?: boolean } = {},
): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  collectErrors(page, errors, consoleErrors);
  await page.goto(url);
  await page.locator('header h1').waitFor();
  return { page, errors };
}

/** Opens the app in a fresh context (1440×1000, downloads on) with a clean localStorage in
 *  `lang`, and collects page errors and console errors. */
export async function openApp(browser: Browser, lang = 'en'): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
  await context.addInitScript((l) => {
    if (!sessionStorage.getItem('e2e-init')) {
      localStorage.setItem('loyalty-lab.lang', l);
      sessionStorage.setItem('e2e-init', '1');
    }
  }, lang);
  return openPage(context);
}

/** Copies `page`'s share link ("Copy share link", the clipboard allowed) and opens it in a fresh
 *  context of `browser`; `errors` collects the new page's uncaught errors only. The caller
 *  closes `context` when done with it. */
export async function openShareLink(
  page: Page,
  browser: Browser,
  viewport = { width: 1440, height: 1000 },
): Promise<{ page: Page; errors: string[]; link: string; context: BrowserContext }> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL.replace(/\/$/, '') });
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByTestId('share-link').inputValue();
  const context = await browser.newContext({ viewport });
  return { ...(await openPage(context, link, { consoleErrors: false })), link, context };
}

/** The rows of a chart card's data table (header first), each a list of its cells' text; the
 *  table is opened to read it and closed again. */
export async function chartTable(page: Page, chart: string): Promise<string[][]> {
  const card = page.locator(`[data-chart="${chart}"]`);
  await card.locator('details.data-table summary').click();
  const rows = card.locator('details.data-table tr');
  await rows.first().waitFor();
  const out = await rows.evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (c) => (c.textContent ?? '').trim())));
  await card.locator('details.data-table summary').click();
  return out;
}

/** The file a chart card exports with its "as SVG" or "as PNG" button. */
export async function exportChart(card: Locator, as: 'SVG' | 'PNG'): Promise<Buffer> {
  const [file] = await Promise.all([card.page().waitForEvent('download'), card.getByRole('button', { name: new RegExp(`as ${as}`) }).click()]);
  return readFileSync((await file.path())!);
}

/** Sets a scenario number field by its label (commits with change, as a user tabbing out). */
export async function setField(page: Page, label: string, value: number): Promise<void> {
  const input = page.getByRole('spinbutton', { name: label, exact: true });
  await input.fill(String(value));
  await input.press('Tab');
}

export async function periodOf(page: Page): Promise<number> {
  return Number(await page.getByTestId('run-status').getAttribute('data-period'));
}

export async function waitForState(page: Page, state: string, timeout = 60_000): Promise<void> {
  await page.locator(`[data-testid="run-status"][data-state="${state}"]`).waitFor({ timeout });
}

/** axe-core's findings on the page (WCAG 2 A/AA and best practices), one line per rule. */
export async function violations(p: Page): Promise<string[]> {
  // evaluated rather than added as a <script> tag, which the page's Content-Security-Policy refuses
  if (!(await p.evaluate(() => 'axe' in window))) await p.evaluate(`${readFileSync('node_modules/axe-core/axe.min.js', 'utf8')};0`);
  return p.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(d: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
