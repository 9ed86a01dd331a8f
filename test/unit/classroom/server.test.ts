// The server over real sockets: hostile frames get an error and the server stays up; a
// restarted server resumes the saved game with its join code and teams.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startClassroomServer, type ClassroomServer } from '../../../src/classroom/server.ts';
import { MAX_SETUP_BYTES } from '../../../src/classroom/protocol.ts';
import { roundWorkers } from '../../../src/classroom/roundPool.ts';
import { closeRound, freezeRound } from '../../../src/classroom/rounds.ts';
import { saveGame } from '../../../src/classroom/store.ts';
import { decision, driver, setUp, SMALL, TEACHER } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'classroom-server-'));
mkdirSync(join(dir, 'dist'));
writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>app</title>');
mkdirSync(join(dir, 'scenarios'));
writeFileSync(join(dir, 'scenarios', 'small.json'), JSON.stringify(SMALL));
// a market large enough that a round takes seconds
writeFileSync(join(dir, 'scenarios', 'large.json'), JSON.stringify({ ...SMALL, population: { size: 200_000 } }));

let server: ClassroomServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

// port 0: the system picks a free port (other worktrees may run these tests at the same time)
const start = (name: string, port = 0, rounds?: Parameters<typeof startClassroomServer>[0]['rounds']) =>
  startClassroomServer({
    rounds,
    port,
    host: '127.0.0.1',
    dist: join(dir, 'dist'),
    statePath: join(dir, `game-${name}.json`),
    scenariosDir: join(dir, 'scenarios'),
    publicUrl: (p) => `http://127.0.0.1:${p}/`,
    log: () => {},
  });

interface Client {
  ws: WebSocket;
  next(pred?: (m: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  send(m: unknown): void;
}

async function connect(port: number): Promise<Client> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/class/ws`);
  const queue: Record<string, unknown>[] = [];
  const waiting: (() => void)[] = [];
  ws.on('message', (d) => {
    queue.push(JSON.parse(String(d)));
    waiting.splice(0).forEach((w) => w());
  });
  await new Promise((r) => ws.once('open', r));
  return {
    ws,
    send: (m) => ws.send(typeof m === 'string' ? m : JSON.stringify(m)),
    async next(pred = () => true) {
      for (;;) {
        const i = queue.findIndex(pred);
        if (i >= 0) return queue.splice(i, 1)[0];
        await new Promise<void>((r) => waiting.push(r));
      }
    },
  };
}

const isReply = (m: Record<string, unknown>) => m.t !== 'view';

describe('the classroom server', () => {
  it('serves the app and the QR code', async () => {
    server = await start('serves');
    expect(await (await fetch(`http://127.0.0.1:${server.port}/`)).text()).toMatch(/<title>app/);
    const qr = await fetch(`http://127.0.0.1:${server.port}/class/qr.svg`);
    expect(qr.headers.get('content-type')).toBe('image/svg+xml');
    expect(await qr.text()).toMatch(/^<svg/);
  });

  it('answers hostile frames with errors and keeps serving', async () => {
    server = await start('hostile');
    const port = server.port;
    const c = await connect(port);
    await c.next(); // the guest view
    c.send('{"t":');
    expect(await c.next(isReply)).toEqual({ t: 'error', error: 'message: not JSON' });
    c.ws.send(Buffer.from([1, 2, 3]), { binary: true });
    expect(await c.next(isReply)).toEqual({ t: 'error', error: 'message: must be text (JSON)' });
    c.send({ t: 'submit', round: 0, decision: {} });
    expect((await c.next(isReply)).error).toMatch(/decision\.quality/);
    // a flood: beyond the burst, messages are dropped with a clear error
    for (let i = 0; i < 60; i++) c.send({ t: 'start' });
    const replies = await Promise.all(Array.from({ length: 60 }, () => c.next(isReply)));
    expect(replies.some((r) => /too many messages/.test(String(r.error)))).toBe(true);
    // a frame above the size limit closes that socket only (ws refuses it before reading it)
    const big = await connect(port);
    const closed = new Promise<number>((r) => big.ws.once('close', (code) => r(code)));
    big.ws.send('x'.repeat(MAX_SETUP_BYTES + 10));
    expect(await closed).toBe(1009);
    const again = await connect(port);
    expect((await again.next()).t).toBe('view');
    again.ws.close();
    c.ws.close();
  });

  it('a restarted server resumes the saved game: same code, teams get their firm back', async () => {
    server = await start('restart');
    const port = server.port;
    const teacher = await connect(port);
    teacher.send({ t: 'teacher', key: server.teacherKey });
    expect(await teacher.next(isReply)).toEqual({ t: 'ok' });
    teacher.send({ t: 'setup', scenario: { library: 'small' }, rounds: 2, periodsPerRound: 1, deadlineSeconds: 600, budget: null });
    expect(await teacher.next(isReply)).toEqual({ t: 'ok' });
    const team = await connect(port);
    team.send({ t: 'join', code: server.code, name: 'Blue' });
    const joined = await team.next(isReply);
    expect(joined.t).toBe('joined');
    const { code, teacherKey } = server;
    await server.close();
    server = await start('restart', port);
    expect(server.resumed).toBe(true);
    expect([server.code, server.teacherKey]).toEqual([code, teacherKey]);
    const back = await connect(port);
    back.send({ t: 'resume', code, secret: joined.secret });
    expect(await back.next(isReply)).toMatchObject({ t: 'joined', team: 0 });
    const view = (await back.next((m) => m.t === 'view' && (m.view as { role: string }).role === 'team')).view as { name: string };
    expect(view.name).toBe('Blue');
    back.ws.close();
  });

  it('keeps answering while a round runs on its workers: pings come back before the result, late decisions are refused', async () => {
    server = await start('workers', 0, roundWorkers(new URL('../../../src/classroom/roundWorkerMain.ts', import.meta.url), 1));
    const port = server.port;
    const teacher = await connect(port);
    teacher.send({ t: 'teacher', key: server.teacherKey });
    expect(await teacher.next(isReply)).toEqual({ t: 'ok' });
    teacher.send({ t: 'setup', scenario: { library: 'large' }, rounds: 2, periodsPerRound: 3, deadlineSeconds: 600, budget: null });
    expect(await teacher.next(isReply)).toEqual({ t: 'ok' });
    const team = await connect(port);
    team.send({ t: 'join', code: server.code, name: 'Blue' });
    expect((await team.next(isReply)).t).toBe('joined');
    teacher.send({ t: 'start' });
    expect(await teacher.next(isReply)).toEqual({ t: 'ok' });

    // the only team submits: the round closes, and the server says so before it runs
    const events: string[] = [];
    const view = (m: Record<string, unknown>) => m.t === 'view' && (m.view as { role: string }).role === 'team';
    team.send({ t: 'submit', round: 0, decision: decision() });
    expect(await team.next(isReply)).toEqual({ t: 'ok' });
    await team.next((m) => view(m) && (m.view as { closing: boolean }).closing);
    const started = performance.now();
    const result = team
      .next((m) => view(m) && (m.view as { round: number }).round === 1)
      .then(() => {
        events.push('result');
        return performance.now();
      });
    team.send({ t: 'submit', round: 0, decision: decision({ price: 1.2 }) });
    expect(await team.next(isReply)).toEqual({ t: 'error', error: 'round: round 1 has closed and is being run; this decision came too late' });
    const latencies: number[] = [];
    while (!events.includes('result')) {
      const sent = performance.now();
      team.send({ t: 'ping' });
      const pong = await Promise.race([team.next((m) => m.t === 'pong'), result]);
      if (typeof pong === 'number') break;
      latencies.push(performance.now() - sent);
      events.push('pong');
      await new Promise((r) => setTimeout(r, 150));
    }
    const duration = (await result) - started;
    // answered while the round ran: several pings came back before the result, each in a
    // small part of the round's time (no wall-clock bound: the machine may be busy)
    expect(events.indexOf('result')).toBeGreaterThanOrEqual(3);
    expect(Math.max(...latencies)).toBeLessThan(duration / 3);
    teacher.ws.close();
    team.ws.close();
  }, 120_000);

  it('a server stopped while a round was being run runs that round again when it starts, from the saved decisions', async () => {
    const d = driver();
    const [a, b] = setUp(d, 2);
    d.send(TEACHER, { t: 'start' });
    d.send(a, { t: 'submit', round: 0, decision: decision({ price: 0.8 }) });
    d.send(b, { t: 'draft', round: 0, decision: decision({ programme: 0.06 }) });
    // what the server saved just before its round workers were stopped
    saveGame(join(dir, 'game-mid-round.json'), freezeRound(d.game));
    server = await start('mid-round');
    const teacher = await connect(server.port);
    teacher.send({ t: 'teacher', key: d.game.teacherKey });
    const done = await teacher.next((m) => m.t === 'view' && (m.view as { round: number }).round === 1);
    expect((done.view as { outcomes: unknown }).outcomes).toEqual(closeRound(d.game, 0).outcomes);
    teacher.ws.close();
  });

  it('a round whose deadline passed while the server was down gets a full deadline again, its submissions kept', async () => {
    const d = driver();
    const [a] = setUp(d, 2);
    d.send(TEACHER, { t: 'start' });
    d.send(a, { t: 'submit', round: 0, decision: decision({ price: 0.8 }) });
    saveGame(join(dir, 'game-late.json'), { ...d.game, deadline: 1 });
    const before = Date.now();
    server = await start('late');
    const teacher = await connect(server.port);
    teacher.send({ t: 'teacher', key: d.game.teacherKey });
    await teacher.next(isReply);
    await new Promise((r) => setTimeout(r, 600));
    teacher.send({ t: 'ping' });
    await teacher.next((m) => m.t === 'pong');
    const view = (await teacher.next((m) => m.t === 'view' && (m.view as { role: string }).role === 'teacher')).view as {
      round: number;
      deadline: number;
      teams: { submitted: boolean }[];
    };
    expect(view.round).toBe(0);
    expect(view.deadline).toBeGreaterThanOrEqual(before + 60_000);
    expect(view.teams.map((t) => t.submitted)).toEqual([true, false]);
    teacher.ws.close();
  });
});
