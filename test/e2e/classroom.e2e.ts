// The classroom game in Chromium (issue 15): a teacher and four teams on their own devices play
// a practice round, then three rounds; one team reloads mid-game, one never submits and is carried by the deadline; the
// server is killed and restarted mid-game and resumes; the debrief and the exported scenario
// appear, and the export replays to identical results on the command line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ROW_HEADER } from '../../src/model/index.ts';
import type { TeacherView } from '../../src/classroom/views.ts';
import { OUTCOME_MEASURES } from '../../src/classroom/outcomes.ts';
import { browserForFile, collectErrors, violations } from './browser.ts';

// the game server's own port, apart from the preview's (E2E_PORT), so parallel runs do not meet
const PORT = Number(process.env.CLASSROOM_E2E_PORT ?? (process.env.E2E_PORT ? Number(process.env.E2E_PORT) + 1000 : 4290));
const BASE = `http://localhost:${PORT}/`;
const dir = mkdtempSync(join(tmpdir(), 'classroom-e2e-'));
const statePath = join(dir, 'game.json');
const scenarioPath = join(dir, 'five-firms.json');
// five firms, so four teams share one market and one firm follows the schedule
writeFileSync(
  scenarioPath,
  JSON.stringify({
    schemaVersion: 1,
    meta: { title: { en: 'Five firms', zh: '五家企业' } },
    seed: 21,
    burnIn: 2,
    population: { size: 6000 },
    firms: ['A', 'B', 'C', 'D', 'E'].map((n) => ({ name: `Firm ${n}`, initialShare: 0.2 })),
    changes: [{ period: 2, firm: 4, lever: 'price', value: 0.85 }],
  }),
);

let server: ChildProcess | null = null;
let browser: Browser;
let teacherUrl = '';
let code = '';

async function startServer(): Promise<void> {
  const child = spawn(
    process.execPath,
    ['scripts/run-ts.mjs', 'scripts/classroom.ts', '--port', String(PORT), '--state', statePath, '--dist', process.env.E2E_DIST ?? 'dist'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  server = child;
  let out = '';
  let err = '';
  child.stderr!.on('data', (d) => (err += String(d)));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += String(d);
      const t = /teacher opens:\s+(\S+)/.exec(out);
      const c = /join code:\s+(\S+)/.exec(out);
      if (t && c) {
        teacherUrl = t[1];
        code = c[1];
        resolve();
      }
    });
    child.once('exit', (c) => reject(new Error(`classroom server exited (${c}): ${err}`)));
  });
}

function killServer(): Promise<void> {
  const s = server!;
  server = null;
  return new Promise((r) => {
    s.once('exit', () => r());
    s.kill('SIGKILL');
  });
}

/** The teacher's view as the server sends it (for exact numbers, not rounded text). */
async function teacherState(): Promise<TeacherView> {
  const key = new URL(teacherUrl.replace('#/class/teacher?', '?')).searchParams.get('key')!;
  const ws = new WebSocket(`ws://localhost:${PORT}/class/ws`);
  await new Promise((r) => ws.once('open', r));
  ws.send(JSON.stringify({ t: 'teacher', key }));
  const view = await new Promise<TeacherView>((resolve) =>
    ws.on('message', (d) => {
      const m = JSON.parse(String(d));
      if (m.t === 'view' && m.view.role === 'teacher') resolve(m.view);
    }),
  );
  ws.close();
  return view;
}

browserForFile((b) => (browser = b));
beforeAll(startServer);
afterAll(async () => {
  if (server) await killServer();
});

async function device(width: number, height: number): Promise<{ ctx: BrowserContext; page: Page; errors: string[] }> {
  const ctx = await browser.newContext({ viewport: { width, height }, acceptDownloads: true });
  const page = await ctx.newPage();
  return { ctx, page, errors: collectErrors(page, [], false) };
}

async function submit(page: Page, lever: string, value: number, round: number): Promise<void> {
  await page
    .getByTestId('round-label')
    .filter({ hasText: `Round ${round} of 3` })
    .waitFor();
  const input = page.locator(`input[data-lever="${lever}"]`);
  await input.fill(String(value));
  await page.getByTestId('submit-decision').click();
  await page.locator('[data-testid="submit-status"][data-submitted="true"]').waitFor();
}

const roundIs = (page: Page, text: string) => page.getByTestId('teacher-round').filter({ hasText: text }).waitFor({ timeout: 60_000 });

describe('a class plays the game', () => {
  it('joins, plays three rounds through a reload and a server restart, debriefs and exports a replayable scenario', async () => {
    const teacher = await device(1280, 900);
    await teacher.page.goto(teacherUrl);
    await teacher.page.getByTestId('join-code').filter({ hasText: code }).waitFor();
    // the QR code is an image the page decodes after the join code shows: wait for it, then check it drew
    await teacher.page.locator('img.join-qr').waitFor();
    await teacher.page.waitForFunction(() => document.querySelector<HTMLImageElement>('img.join-qr')?.complete === true, null, { timeout: 10_000 });
    expect(await teacher.page.locator('img.join-qr').evaluate((img: HTMLImageElement) => img.naturalWidth > 0)).toBe(true);
    await teacher.page.locator('#setup-file').setInputFiles(scenarioPath);
    await teacher.page.locator('#setup-rounds').fill('3');
    await teacher.page.locator('#setup-ppr').fill('2');
    await teacher.page.locator('#setup-deadline').fill('20');
    await teacher.page.getByRole('button', { name: 'Save settings' }).click();
    await teacher.page.getByTestId('setup-saved').filter({ hasText: 'Five firms' }).waitFor();

    const names = ['Red', 'Green', 'Blue', 'Silent'];
    const teams = [];
    for (const name of names) {
      const d = await device(390, 844);
      await d.page.goto(`${BASE}#/class/join?code=${code}`);
      await d.page.getByLabel('Team name').fill(name);
      await d.page.getByRole('button', { name: 'Join', exact: true }).click();
      await d.page.getByTestId('team-name').filter({ hasText: name }).waitFor();
      teams.push(d);
    }
    await teacher.page.locator('[data-testid="teams"] tbody tr').nth(3).waitFor();
    expect(await violations(teacher.page)).toEqual([]);
    const [red, green, blue, silent] = teams;

    // a practice round: played like a round, its results shown, then the market starts over.
    // Silent practises (and never plays): the export below shows no decision of its.
    await teacher.page.getByTestId('start-practice').click();
    await roundIs(teacher.page, 'Practice round');
    await silent.page.getByRole('heading', { name: 'Your decision for the practice round' }).waitFor();
    await silent.page.locator('input[data-lever="price"]').fill('1.6');
    await silent.page.getByTestId('submit-decision').click();
    await silent.page.locator('[data-testid="submit-status"][data-submitted="true"]').waitFor();
    await teacher.page.getByTestId('end-round').click();
    await teacher.page.getByTestId('practice-market-table').waitFor({ timeout: 60_000 });
    await teacher.page.getByTestId('setup-form').waitFor();
    for (const d of teams) await d.page.getByTestId('practice-results').getByTestId('team-map').locator('circle.mark').first().waitFor();
    await teacher.page.screenshot({ path: 'test-artifacts/classroom-teacher-practice.png', fullPage: true });
    expect(await violations(silent.page)).toEqual([]);
    expect(await violations(teacher.page)).toEqual([]);
    await teacher.page.getByTestId('start-game').click();
    await roundIs(teacher.page, 'Round 1 of 3');

    // the team view on a 390 px phone: no sideways scrolling, axe clean, the levers reachable by keyboard
    await red.page.locator('input[data-lever="quality"]').waitFor();
    expect(await red.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await violations(red.page)).toEqual([]);
    await red.page.locator('input[data-lever="price"]').focus();
    await red.page.keyboard.press('Tab');
    expect(await red.page.evaluate(() => (document.activeElement as HTMLInputElement).dataset.lever)).toBe('programme');

    // round 1: three teams submit, Silent never does; the deadline carries the round
    await submit(red.page, 'price', 0.9, 1);
    await submit(green.page, 'programme', 0.08, 1);
    await submit(blue.page, 'quality', 4.3, 1);
    await roundIs(teacher.page, 'Round 2 of 3');
    await red.page.getByTestId('result-retention').waitFor();
    expect(await red.page.getByTestId('practice-results').count()).toBe(0);

    // the team's own customers on the satisfaction × loyalty map, on the phone: no sideways
    // scrolling, axe clean, and its table reached and opened by keyboard
    const map = red.page.getByTestId('results').getByTestId('team-map');
    expect(await map.locator('circle.mark').count()).toBeGreaterThan(50);
    expect(await red.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await violations(red.page)).toEqual([]);
    const summary = map.locator('summary');
    await map.locator('svg').evaluate((el) => el.scrollIntoView());
    await red.page.locator('[data-testid="results"] [role="region"]').last().focus();
    for (let i = 0; i < 5 && !(await summary.evaluate((el) => el === document.activeElement)); i++) await red.page.keyboard.press('Tab');
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await red.page.keyboard.press('Enter');
    await map.locator('details[open] tbody tr').first().waitFor();
    await map.screenshot({ path: 'test-artifacts/classroom-team-map-390.png' });
    expect(await red.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await violations(red.page)).toEqual([]);

    // Green reloads mid-game: its secret in the browser gives it its firm back
    await green.page.reload();
    await green.page.getByTestId('team-name').filter({ hasText: 'Green' }).waitFor();
    await green.page.getByTestId('result-retention').waitFor();

    // round 2: two submit, then the server is killed and restarted before the round closes
    await submit(red.page, 'acquisitionSpend', 2000, 2);
    await submit(green.page, 'programme', 0, 2);
    const before = await teacherState();
    await killServer();
    await red.page.getByTestId('offline').waitFor();
    await startServer();
    await red.page.getByTestId('offline').waitFor({ state: 'detached', timeout: 30_000 });
    const after = await teacherState();
    expect(after.code).toBe(before.code);
    expect(after.teams.map((t) => [t.name, t.submitted])).toEqual(before.teams.map((t) => [t.name, t.submitted]));
    expect(after.outcomes).toEqual(before.outcomes);
    await red.page.locator('[data-testid="submit-status"][data-submitted="true"]').waitFor();
    await submit(blue.page, 'price', 1.1, 2);
    await roundIs(teacher.page, 'Round 3 of 3');

    // round 3
    await submit(red.page, 'price', 1, 3);
    await submit(green.page, 'quality', 4, 3);
    await submit(blue.page, 'lockIn', 0.5, 3);
    await roundIs(teacher.page, 'The game is over');

    // the debrief: leaderboard, each team's timeline and loyalty verdict, the export
    await teacher.page.getByTestId('leaderboard').waitFor();
    expect(await teacher.page.getByTestId('debrief').count()).toBe(4);
    await teacher.page.locator('#ranking').selectOption('nps');
    await teacher.page.getByTestId('leaderboard').filter({ hasText: 'Net Promoter Score' }).waitFor();
    await silent.page.getByTestId('verdict').waitFor();
    expect(await silent.page.getByTestId('debrief').textContent()).toMatch(/no decision/);
    expect(await violations(teacher.page)).toEqual([]);
    expect(await violations(green.page)).toEqual([]);
    // each device picks its own language: Green reads the debrief in Chinese, the teacher stays in English
    await green.page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await green.page.getByRole('heading', { name: '复盘' }).waitFor();
    await green.page.getByTestId('team-map').getByText('满意度 × 忠诚度图：按类型划分的顾客').first().waitFor();
    expect(await green.page.getByTestId('round-label').textContent()).toBe('游戏已结束');
    expect(await violations(green.page)).toEqual([]);
    expect(await teacher.page.getByTestId('teacher-round').textContent()).toBe('The game is over');

    const [download] = await Promise.all([teacher.page.waitForEvent('download'), teacher.page.getByTestId('export-market').first().click()]);
    const file = join(dir, 'exported.json');
    writeFileSync(file, readFileSync((await download.path())!));
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.firms.map((f: { name: string }) => f.name)).toEqual(['Red', 'Green', 'Blue', 'Silent', 'Firm E']);
    expect(exported.changes).toContainEqual({ period: 0, firm: 1, lever: 'programme', value: 0.08 });
    expect(exported.changes.filter((c: { firm: number }) => c.firm === 3)).toEqual([]);

    // the same results on the command line
    const out = join(dir, 'replay.json');
    execFileSync(process.execPath, ['scripts/run-ts.mjs', 'src/cli/main.ts', file, '--reps', '1', '--json', out], { stdio: 'pipe' });
    const replay = JSON.parse(readFileSync(out, 'utf8')) as { rows: (string | number | null)[][] };
    const col = (m: string) => ROW_HEADER.indexOf(m as (typeof ROW_HEADER)[number]);
    const final = await teacherState();
    const game = final.outcomes[0];
    const rows = replay.rows.filter((r) => r[col('segment')] === 'all');
    expect(rows).toHaveLength(6 * 5);
    for (const r of rows) {
      const o = game[r[col('period')] as number][r[col('firm')] as number];
      // every measure the game showed, to the last bit
      for (const m of OUTCOME_MEASURES) expect([m, r[col(m)]]).toEqual([m, o[m]]);
    }
    for (const d of [teacher, ...teams]) expect(d.errors).toEqual([]);
  });
});
