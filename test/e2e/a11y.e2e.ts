// Accessibility: axe-core (WCAG 2 A/AA and best practices) finds nothing on either view, and the
// run can be driven from the keyboard alone.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appForFile, periodOf, violations } from './browser.ts';

let page: Page;
appForFile((app) => ({ page } = app));

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

  it('has no axe violations on the lesson list and a lesson card with a question', async () => {
    await page.getByRole('button', { name: 'Lessons', exact: true }).click();
    await page.getByTestId('lesson-picker').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.locator('[data-lesson="loyalty-programme"]').click();
    await page.locator('[data-testid="lesson-panel"][data-card="0"]').waitFor();
    // keyboard only: the card has focus; Tab reaches Continue
    const panel = page.getByTestId('lesson-panel');
    await panel.getByRole('button', { name: 'Continue' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="lesson-panel"][data-card="1"]').waitFor({ timeout: 30_000 });
    expect(await violations(page)).toEqual([]);
    await panel.getByRole('radio').first().focus();
    await page.keyboard.press('Space');
    await page.getByTestId('lesson-feedback').waitFor();
    expect(await violations(page)).toEqual([]);
    await panel.getByRole('button', { name: 'Leave lesson' }).click();
  });

  it('has no axe violations in the glossary, which the keyboard opens and closes', async () => {
    const opener = page.locator('[data-chart="mix"]').getByRole('button', { name: /glossary/ });
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Glossary' });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('gl-loyaltyTypes-term');
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // focus is back on the "?" that opened it, with a visible ring
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/glossary/);
    expect(await opener.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  });

  it('has no axe violations in presentation mode, with a chart data table open', async () => {
    await page.locator('body').press('p');
    await page.locator('[data-chart="retention"] details.data-table summary').click();
    expect(await violations(page)).toEqual([]);
    await page.locator('[data-chart="retention"] details.data-table summary').click();
    await page.locator('body').press('Escape');
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
