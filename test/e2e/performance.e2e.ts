// Live charts keep up with 100,000 customers without stalling the page; 1,000,000 customers
// stream summaries only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp, periodOf, setField } from './browser.ts';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  ({ page } = await openApp(browser));
});
afterAll(async () => {
  await browser?.close();
});

/** Counts redraws of the retention chart and the longest gap between animation frames. */
async function watch(p: Page, ms: number): Promise<{ updates: number; maxFrameGap: number }> {
  return p.evaluate(
    (duration) =>
      new Promise<{ updates: number; maxFrameGap: number }>((resolve) => {
        const path = document.querySelector('[data-chart="retention"] svg.chart path.mark')!;
        let updates = 0;
        const mo = new MutationObserver(() => updates++);
        mo.observe(path, { attributes: true, attributeFilter: ['d'] });
        let last = performance.now();
        let maxFrameGap = 0;
        const end = last + duration;
        const frame = (now: number) => {
          maxFrameGap = Math.max(maxFrameGap, now - last);
          last = now;
          if (now < end) requestAnimationFrame(frame);
          else {
            mo.disconnect();
            resolve({ updates, maxFrameGap });
          }
        };
        requestAnimationFrame(frame);
      }),
    ms,
  );
}

describe('performance', () => {
  it('updates the charts at least 10 times a second for 100,000 customers, and the page stays responsive', async () => {
    await setField(page, 'Customers', 100_000);
    await setField(page, 'Periods', 600); // long enough to still be running when measured
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="run-status"]')!.getAttribute('data-period')) >= 2);
    const { updates, maxFrameGap } = await watch(page, 2000);
    expect(updates / 2).toBeGreaterThanOrEqual(10);
    expect(maxFrameGap).toBeLessThan(250);
    expect(await page.locator('[data-chart="map"] svg.chart .mark').count()).toBeGreaterThan(100);
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('streams per-period summaries only for 1,000,000 customers', async () => {
    await page.getByRole('button', { name: 'Reset' }).click();
    await setField(page, 'Customers', 1_000_000);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="run-status"]')!.getAttribute('data-period')) >= 3, null, { timeout: 60_000 });
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await periodOf(page)).toBeGreaterThanOrEqual(3);
    expect(await page.locator('[data-chart="retention"] svg.chart .mark').count()).toBe(3);
    expect(await page.locator('[data-chart="map"] svg.chart .mark').count()).toBe(0);
    expect(await page.locator('[data-chart="map"]').textContent()).toContain('only summaries are streamed');
  });
});
