// Accessibility: axe-core (WCAG 2 A/AA and best practices) finds nothing on either view, and the
// run can be driven from the keyboard alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp, periodOf } from './browser.ts';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  ({ page } = await openApp(browser));
});
afterAll(async () => {
  await browser?.close();
});

async function violations(p: Page): Promise<string[]> {
  if (!(await p.evaluate(() => 'axe' in window))) await p.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  return p.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(d: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('accessibility', () => {
  it('has no axe violations on the live view with data', async () => {
    await page.getByRole('button', { name: 'Step one period' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="run-status"]')!.getAttribute('data-period') === '1');
    expect(await violations(page)).toEqual([]);
  });

  it('has no axe violations on the comparison view', async () => {
    await page.getByRole('tab', { name: 'Compare strategies' }).click();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Live run' }).click();
  });

  it('steps and runs from the keyboard, with a visible focus ring', async () => {
    const step = page.getByRole('button', { name: 'Step one period' });
    await step.focus();
    const before = await periodOf(page);
    await page.keyboard.press('Enter');
    await page.waitForFunction((q) => Number(document.querySelector('[data-testid="run-status"]')!.getAttribute('data-period')) === q + 1, before);
    const outline = await step.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
  });
});
