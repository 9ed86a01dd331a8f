// The built page runs under its Content-Security-Policy (a meta tag; see vite.config.ts): a
// simulation, a chart exported as PNG, a comparison and a lesson, with no violation reported.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { appForFile, exportChart, periodOf, setField, waitForState } from './browser.ts';

let page: Page;
let errors: string[];
const messages: string[] = [];

appForFile((app) => ({ page, errors } = app));
beforeAll(async () => {
  page.on('console', (m) => messages.push(m.text()));
  await page.context().addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { cspViolations?: string[] };
      (w.cspViolations ??= []).push(`${e.effectiveDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`);
    });
  });
  await page.reload(); // with the listener in place from the start
  await page.locator('header h1').waitFor();
});

const violations = () => page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);

describe('Content-Security-Policy', () => {
  it('is in the built index.html: no inline script, nothing from other origins', () => {
    const html = readFileSync(`${process.env.E2E_DIST ?? 'dist'}/index.html`, 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta).not.toBeNull();
    const policy = meta![1].replaceAll('&#39;', "'");
    expect(policy).toContain("default-src 'self'");
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // every script is a file
  });

  it('runs a simulation and exports a chart as PNG', async () => {
    await setField(page, 'Customers', 2000);
    await setField(page, 'Periods', 24);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await waitForState(page, 'done', 60_000);
    expect(await periodOf(page)).toBe(24);
    const card = page.locator('[data-chart="retention"]');
    const png = await exportChart(card, 'PNG');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  it('runs a comparison', async () => {
    await page.getByRole('tab', { name: 'Compare strategies' }).click();
    await page.getByRole('spinbutton', { name: 'Replicates' }).last().fill('2');
    await page.getByRole('button', { name: 'Run comparison' }).click();
    await expect.poll(() => page.getByTestId('compare-status').textContent(), { timeout: 90_000, interval: 250 }).toContain('done');
    expect(await page.locator('[data-chart="cmp-retention"] svg.chart path.band').count()).toBe(3);
    await page.getByRole('tab', { name: 'Live run' }).click();
  });

  it('plays a lesson to its first pause', async () => {
    await page.getByRole('button', { name: 'Lessons', exact: true }).click();
    await page.locator('[data-lesson="switching-costs"]').click();
    await page.locator('[data-testid="lesson-panel"][data-card="0"]').waitFor();
    await page.getByTestId('lesson-panel').getByRole('button', { name: 'Continue' }).click();
    await page.locator('[data-testid="lesson-panel"][data-card="1"]').waitFor({ timeout: 30_000 });
    await waitForState(page, 'paused');
  });

  it('reported no violation and no error', async () => {
    expect(await violations()).toEqual([]);
    expect(messages.filter((m) => /Content.Security.Policy/i.test(m))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('is in force: an injected inline script does not run', async () => {
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.inlineRan = true';
      document.head.append(s);
      return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
    });
    expect(ran).toBe(false);
    await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src-elem inline/));
  });
});
