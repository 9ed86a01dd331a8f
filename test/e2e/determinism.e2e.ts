// The browser's worker and Node give bit-identical results for the same scenario and seed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { createSimulation, valueOf } from '../../src/model/index.ts';
import { scenarioWith } from '../helpers.ts';
import { runsCsv } from '../../src/ui/series/csv.ts';
import { launch, openApp, setField, waitForState } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('determinism across Node and Chromium', () => {
  it('streams the same per-period measures as createSimulation in Node', async () => {
    const { page } = await openApp(browser);
    await setField(page, 'Customers', 3000);
    await setField(page, 'Periods', 24);
    await page.getByRole('spinbutton', { name: 'Seed', exact: true }).first().fill('7');
    await page.getByRole('spinbutton', { name: 'Seed', exact: true }).first().press('Tab');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await waitForState(page, 'done');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const browserCsv = readFileSync((await download.path())!, 'utf8');

    const scenario = scenarioWith({ seed: 7, population: { size: 3000 }, horizon: 24 });
    const sim = createSimulation(scenario, 0);
    const summaries = Array.from({ length: 24 }, () => sim.step());

    // one series, value by value (String() round-trips doubles exactly)
    const rows = browserCsv
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    const header = browserCsv.split('\n')[0].split(',');
    const retention = header.indexOf('retention');
    const fromBrowser = rows.filter((r) => r[2] === '0' && r[4] === 'all').map((r) => Number(r[retention]));
    const fromNode = summaries.map((s) => valueOf(s, 0, 'retention'));
    expect(fromBrowser).toHaveLength(24);
    fromBrowser.forEach((v, t) => expect(Object.is(v, fromNode[t]), `period ${t}: ${v} vs ${fromNode[t]}`).toBe(true));

    // and everything else: the whole CSV, byte for byte
    expect(browserCsv).toBe(runsCsv([{ scenario, replicate: 0, summaries }]));
  });
});
