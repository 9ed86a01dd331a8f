// The game server: the built app over HTTP, the game over one WebSocket per screen (`ws`), the
// join QR code as an SVG (`qrcode`). It only carries: every rule is in handle.ts and rounds.ts,
// every view in views.ts. State is saved after every accepted message and every round. Rounds
// run on worker threads (roundPool.ts): while one runs, this thread keeps answering.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import QRCode from 'qrcode';
import sirv from 'sirv';
import { WebSocketServer, type WebSocket } from 'ws';
import { handle, type Session } from './handle.ts';
import { readLibrary } from './library.ts';
import { MAX_SETUP_BYTES, readMessage } from './protocol.ts';
import { createBucket, take } from './rateLimit.ts';
import { inThread, type RoundPool } from './roundPool.ts';
import { closingJobs, finishRound, freezeRound, reopenRound, replayJobs, roundReady, withReplay } from './rounds.ts';
import { createGame, type GameState } from './state.ts';
import { loadGame, saveGame } from './store.ts';
import { teacherView, teamView } from './views.ts';

export interface ServerOptions {
  port: number;
  host?: string;
  dist: string;
  statePath: string;
  scenariosDir: string;
  /** The address students type or scan (the LAN address), without the fragment. */
  publicUrl: (port: number) => string;
  /** Where rounds run: roundWorkers(entry) in `npm run classroom`; this thread by default. */
  rounds?: RoundPool;
  log?: (line: string) => void;
}

export interface ClassroomServer {
  port: number;
  code: string;
  teacherKey: string;
  joinUrl: string;
  teacherUrl: string;
  resumed: boolean;
  close(): Promise<void>;
}

const secret = () => randomBytes(18).toString('base64url');
// no 0/O or 1/I: a code read off a projector is typed without guessing
const CODE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const joinCode = () => Array.from(randomBytes(6), (b) => CODE_LETTERS[b % CODE_LETTERS.length]).join('');

/** 40 teams on a few devices each, the teacher and a projector, with room to spare. */
export const MAX_CLIENTS = 300;
/** A socket that has not answered a WebSocket ping for this long is gone (a phone that slept,
 *  a laptop that left the network): it is closed, so the teacher's screen shows the team away. */
export const HEARTBEAT_MS = 30_000;

interface Client {
  socket: WebSocket;
  session: Session;
  bucket: ReturnType<typeof createBucket>;
  alive: boolean;
}

export async function startClassroomServer(o: ServerOptions): Promise<ClassroomServer> {
  const log = o.log ?? ((l: string) => console.log(l));
  const library = readLibrary(o.scenariosDir);
  const libraryList = library.map(({ name, title }) => ({ name, title }));
  const rounds = o.rounds ?? inThread();
  const loaded = loadGame(o.statePath);
  if (loaded && !loaded.ok) throw new Error(`${o.statePath}: ${loaded.error} (move the file away to start a new game)`);
  let game: GameState = loaded?.ok ? loaded.game : createGame(joinCode(), secret());
  if (loaded?.ok) {
    // the results are rebuilt from the decisions before anyone connects
    const jobs = replayJobs(game);
    const [graded, practice] = await Promise.all([rounds.run(jobs.graded), rounds.run(jobs.practice)]);
    game = withReplay(game, graded, practice);
    // nobody could decide while the server was down: an open round gets at least one full
    // deadline again, rather than closing at once on a deadline that passed meanwhile
    if (game.phase === 'playing' && !game.closing && game.config)
      game = { ...game, deadline: Math.max(game.deadline ?? 0, Date.now() + game.config.deadlineSeconds * 1000) };
  }
  saveGame(o.statePath, game);
  const clients = new Set<Client>();
  let joinUrl = '';

  const statics = sirv(o.dist, { dev: false, etag: true, gzip: false });
  const http = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.url === '/class/qr.svg') {
      QRCode.toString(joinUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
        .then((svg) => {
          res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'no-store' });
          res.end(svg);
        })
        .catch(() => {
          res.writeHead(500);
          res.end();
        });
      return;
    }
    statics(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    });
  });
  const wss = new WebSocketServer({ server: http, path: '/class/ws', maxPayload: MAX_SETUP_BYTES });

  function online(): Set<number> {
    const ids = new Set<number>();
    for (const c of clients) if (c.session.role === 'team') ids.add(c.session.team);
    return ids;
  }

  function viewFor(c: Client, now: number): unknown {
    const s = c.session;
    if (s.role === 'teacher') return { ...teacherView(game, online(), now, libraryList), joinUrl };
    if (s.role === 'team') {
      if (game.teams[s.team]?.secret !== s.secret) {
        // the teacher gave this firm to another device: this one is a guest again
        c.session = { role: 'guest' };
        return { role: 'guest', phase: game.phase, revoked: true };
      }
      return teamView(game, s.team, now);
    }
    return { role: 'guest', phase: game.phase, revoked: false };
  }

  function send(c: Client, msg: unknown): void {
    if (c.socket.readyState === c.socket.OPEN) c.socket.send(JSON.stringify(msg));
  }

  /** Every screen its view; `only` limits it to the screens a change concerns. */
  function broadcast(only?: (c: Client) => boolean): void {
    const now = Date.now();
    for (const c of clients) if (!only || only(c)) send(c, { t: 'view', view: viewFor(c, now) });
  }

  function commit(next: GameState): void {
    saveGame(o.statePath, next);
    game = next;
  }

  wss.on('connection', (socket) => {
    // a class is tens of screens: more connections than this is someone opening sockets in a loop
    if (clients.size >= MAX_CLIENTS) return socket.close(1013, 'too many connections');
    const c: Client = { socket, session: { role: 'guest' }, bucket: createBucket(Date.now()), alive: true };
    clients.add(c);
    socket.on('pong', () => (c.alive = true));
    socket.on('message', (data, isBinary) => {
      const now = Date.now();
      if (!take(c.bucket, now)) return send(c, { t: 'error', error: 'message: too many messages; wait a moment' });
      if (isBinary) return send(c, { t: 'error', error: 'message: must be text (JSON)' });
      const text = Array.isArray(data) ? Buffer.concat(data).toString('utf8') : Buffer.from(data as ArrayBuffer).toString('utf8');
      const checked = readMessage(Buffer.byteLength(text), text);
      if (!checked.ok) return send(c, { t: 'error', error: checked.error });
      try {
        const out = handle(game, c.session, checked.msg, { now, secret, library: (n) => library.find((e) => e.name === n)?.file ?? null });
        if (out.changed) commit(out.game);
        c.session = out.session;
        send(c, out.reply);
        if (checked.msg.t === 'ping') return;
        // a draft concerns its team's screens and the teacher's, not the class's
        const team = c.session.role === 'team' ? c.session.team : -1;
        if (checked.msg.t === 'draft') broadcast((x) => x.session.role === 'teacher' || (x.session.role === 'team' && x.session.team === team));
        else if (out.changed || out.reply.t !== 'error') broadcast();
      } catch (e) {
        // a bug must not take the class down: the sender hears of it, the state stays as it was
        log(`classroom: message refused after an error: ${(e as Error).stack ?? e}`);
        send(c, { t: 'error', error: 'message: the server could not handle it (logged)' });
      }
    });
    socket.on('close', () => {
      clients.delete(c);
      broadcast();
    });
    socket.on('error', () => socket.terminate());
    send(c, { t: 'view', view: viewFor(c, Date.now()) });
  });

  let stopped = false;
  let running = false;
  /** Runs the frozen round's markets on the workers, then opens the next round. */
  async function runRound(): Promise<void> {
    running = true;
    const started = performance.now();
    const label = game.practicing ? 'the practice round' : `round ${game.round + 1}`;
    try {
      const results = await rounds.run(closingJobs(game));
      if (stopped) return;
      commit(finishRound(game, results, Date.now()));
      log(`classroom: ${label} run in ${Math.round(performance.now() - started)} ms`);
    } catch (e) {
      if (stopped) return;
      log(`classroom: ${label} could not run: ${(e as Error).message}`);
      commit(reopenRound(game, Date.now()));
    } finally {
      running = false;
    }
    broadcast();
  }
  const timer = setInterval(() => {
    if (stopped || running) return;
    // a round frozen when the server stopped is run again from its saved decisions
    if (game.closing) return void runRound();
    if (!roundReady(game, Date.now())) return;
    commit(freezeRound(game));
    broadcast();
    void runRound();
  }, 200);
  const heartbeat = setInterval(() => {
    for (const c of clients) {
      if (!c.alive) {
        c.socket.terminate();
        continue;
      }
      c.alive = false;
      c.socket.ping();
    }
  }, HEARTBEAT_MS);

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(o.port, o.host ?? '0.0.0.0', () => resolve());
  });
  const port = (http.address() as { port: number }).port;
  const base = o.publicUrl(port);
  joinUrl = `${base}#/class/join?code=${game.code}`;
  return {
    port,
    code: game.code,
    teacherKey: game.teacherKey,
    joinUrl,
    teacherUrl: `http://localhost:${port}/#/class/teacher?key=${game.teacherKey}`,
    resumed: Boolean(loaded?.ok),
    close: async () => {
      stopped = true;
      clearInterval(timer);
      clearInterval(heartbeat);
      for (const c of clients) c.socket.terminate();
      wss.close();
      await new Promise<void>((r) => http.close(() => r()));
      await rounds.close();
    },
  };
}
