// Teaching mode in Chromium: a lesson played through (cards pause the run at their periods,
// questions answered), language switched mid-lesson, the glossary from a chart, presentation
// mode, and the printed report as a PDF.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { appForFile, periodOf, waitForState } from './browser.ts';

let page: Page;
let errors: string[];

appForFile((app) => ({ page, errors } = app));

const panel = () => page.getByTestId('lesson-panel');
async function cardShown(n: number): Promise<void> {
  await page.locator(`[data-testid="lesson-panel"][data-card="${n}"]`).waitFor({ timeout: 30_000 });
}
async function inViewport(selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  });
}

describe('teaching mode', () => {
  it('plays a lesson: cards pause the run at their periods and spotlight their chart', async () => {
    await page.getByRole('button', { name: 'Lessons', exact: true }).click();
    await page.locator('[data-lesson="switching-costs"]').click();
    await cardShown(0);
    expect(await periodOf(page)).toBe(0);
    expect(await panel().getByRole('heading').first().textContent()).toContain('Held by a phone number');
    expect(await page.locator('[data-chart="mix"].spotlight').count()).toBe(1);
    await panel().getByRole('button', { name: 'Continue' }).click();

    await cardShown(1);
    await waitForState(page, 'paused');
    expect(await periodOf(page)).toBe(18);
    expect(await inViewport('[data-chart="mix"]')).toBe(true);
    // the card has focus, so keyboard users land on it
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lesson-heading');
    await page.waitForTimeout(300);
    expect(await periodOf(page)).toBe(18); // still paused
  });

  it('answers a question with feedback', async () => {
    await panel().getByRole('radio', { name: 'Inertia loyalty' }).check();
    expect(await page.getByTestId('lesson-feedback').textContent()).toContain('Correct');
  });

  it('switches language mid-lesson, keeping the run and the lesson position', async () => {
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await page.getByRole('heading', { name: '忠诚实验室' }).waitFor();
    expect(await periodOf(page)).toBe(18);
    expect(await panel().getAttribute('data-card')).toBe('1');
    expect(await page.getByTestId('lesson-feedback').textContent()).toContain('正确');
    expect(await panel().getByRole('radio', { name: '惰性忠诚' }).isChecked()).toBe(true);
    await page.getByRole('combobox', { name: '语言' }).selectOption('en');
    await page.getByRole('heading', { name: 'Loyalty Lab' }).waitFor();
  });

  it('continues to the end of the lesson', async () => {
    await panel().getByRole('button', { name: 'Continue' }).click();
    await cardShown(2);
    expect(await periodOf(page)).toBe(30);
    expect(await page.locator('[data-chart="churn"].spotlight').count()).toBe(1);
    await panel().getByRole('button', { name: 'Show a possible answer' }).click();
    expect(await page.getByTestId('lesson-feedback').textContent()).toContain('Churn goes up');
    await panel().getByRole('button', { name: 'Continue' }).click();
    await cardShown(3);
    await waitForState(page, 'done');
    expect(await periodOf(page)).toBe(60);
    await panel()
      .getByRole('radio', { name: /Lock-in is a safe/ })
      .check();
    expect(await page.getByTestId('lesson-feedback').textContent()).toContain('Not quite');
    await panel().getByRole('button', { name: 'Finish' }).click();
    await panel().getByRole('heading', { name: 'Lesson complete' }).waitFor();
    expect(await panel().textContent()).toContain('You answered 1 of 2 questions correctly.');
    await panel().getByRole('button', { name: 'Close' }).click();
    expect(await panel().count()).toBe(0);
  });

  it("opens the glossary at a chart's entry and closes it with Escape", async () => {
    await page
      .locator('[data-chart="nps"]')
      .getByRole('button', { name: /What is “Net Promoter Score/ })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Glossary' });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('gl-nps-term');
    expect(await dialog.locator('#gl-nps').textContent()).toContain('promoters − % detractors');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('toggles presentation mode with a button and the keyboard', async () => {
    const fontSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const sidebar = page.locator('aside.sidebar');
    const before = await fontSize();
    expect(await sidebar.isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Presentation mode' }).click();
    expect(await fontSize()).toBeGreaterThan(before * 1.2);
    expect(await sidebar.isVisible()).toBe(false);
    await page.screenshot({ path: 'test-artifacts/teach-present.png' });
    await page.keyboard.press('Escape');
    expect(await fontSize()).toBe(before);
    await page.locator('body').press('p');
    expect(await sidebar.isVisible()).toBe(false);
    await page.locator('body').press('p');
    expect(await sidebar.isVisible()).toBe(true);
  });

  it('prints a report of the run as a PDF', async () => {
    await page.emulateMedia({ media: 'print' });
    const report = page.getByTestId('run-report');
    expect(await report.isVisible()).toBe(true);
    expect(await report.textContent()).toContain('Number portability frees the hostages');
    expect(await report.locator('table.figures tbody tr').count()).toBe(3);
    expect(await page.locator('aside.sidebar').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync('test-artifacts/teach-report.pdf', pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
    await page.emulateMedia({ media: 'screen' });
    // on screen the report is for screen readers only (a text summary of the run)
    expect((await report.boundingBox())!.width).toBeLessThan(2);
  });

  it('plays any other library scenario as a short lesson made from its own texts', async () => {
    await page.getByRole('button', { name: 'Lessons', exact: true }).click();
    await page.locator('[data-lesson="scenario-over-promising"]').click();
    await cardShown(0);
    expect(await panel().textContent()).toContain('promises half a point more');
    await panel().getByRole('button', { name: 'Continue' }).click();
    await cardShown(1);
    expect(await periodOf(page)).toBe(24);
    await panel().getByRole('button', { name: 'Show a possible answer' }).click();
    expect(await page.getByTestId('lesson-feedback').textContent()).toContain('The same quality now satisfies less');
    await panel().getByRole('button', { name: 'Continue' }).click();
    await cardShown(2);
    expect(await periodOf(page)).toBe(48);
    await panel().getByRole('button', { name: 'Finish' }).click();
    await panel().getByRole('heading', { name: 'Lesson complete' }).waitFor();
    expect(errors).toEqual([]);
  });
});
