// Shared browser helpers for the e2e suite.
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { BASE_URL } from './globalSetup.ts';

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

/** Opens the app with a clean localStorage and collects page errors. */
export async function openApp(browser: Browser, lang = 'en'): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
  await context.addInitScript((l) => {
    if (!sessionStorage.getItem('e2e-init')) {
      localStorage.setItem('loyalty-lab.lang', l);
      sessionStorage.setItem('e2e-init', '1');
    }
  }, lang);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(BASE_URL);
  await page.locator('header h1').waitFor();
  return { page, errors };
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
