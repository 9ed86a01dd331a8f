// One screen's link to the game server: a WebSocket that reconnects by itself (1 s, 2 s, … up
// to 10 s) and, on every (re)connect, says who it is again (teacher key or team secret). The
// server then sends the full view: nothing depends on messages missed while away. A heartbeat
// (a ping every 15 s) notices a connection that died without closing (a phone that slept, a
// Wi-Fi that dropped): no pong by the next ping, and the socket is closed and opened again.
import type { TeacherView, TeamView } from '../../classroom/views.ts';

export type View = TeacherView | TeamView | { role: 'guest'; phase: string; revoked: boolean };

/** How often a screen checks that the server still answers. */
export const HEARTBEAT_MS = 15_000;

/** Where a team's secret is kept: in this browser, per game code. */
export const secretKey = (code: string) => `loyalty-lab.class.${code}`;

export class GameConnection {
  view = $state<View | null>(null);
  error = $state<string | null>(null);
  online = $state(false);
  reassigned = $state<{ team: number; secret: string } | null>(null);
  /** The game code this screen joins (a team's secret is kept under it). */
  code = '';
  /** Server clock minus ours, so countdowns agree with the server's deadline. */
  skew = $state(0);
  #socket: WebSocket | null = null;
  #hello: () => unknown;
  #retry = 0;
  #closed = false;
  #storage: Storage | null;
  #awaitingPong = false;
  #heartbeat: ReturnType<typeof setInterval>;

  constructor(hello: () => unknown, storage: Storage | null) {
    this.#hello = hello;
    this.#storage = storage;
    this.#open();
    this.#heartbeat = setInterval(() => this.#beat(), HEARTBEAT_MS);
  }

  #beat(): void {
    const ws = this.#socket;
    if (this.#closed || !ws || ws.readyState !== WebSocket.OPEN) return;
    if (this.#awaitingPong) return ws.close();
    this.#awaitingPong = true;
    ws.send(JSON.stringify({ t: 'ping' }));
  }

  #open(): void {
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/class/ws`;
    const ws = new WebSocket(url);
    this.#socket = ws;
    ws.onopen = () => {
      this.online = true;
      this.#awaitingPong = false;
      this.#retry = 0;
      const hello = this.#hello();
      if (hello) ws.send(JSON.stringify(hello));
    };
    ws.onmessage = (e) => this.#receive(String(e.data));
    ws.onclose = () => {
      this.online = false;
      if (this.#closed) return;
      const wait = Math.min(10_000, 1000 * 2 ** this.#retry++);
      setTimeout(() => this.#open(), wait);
    };
  }

  #receive(text: string): void {
    let m: { t: string; view?: View; error?: string; team?: number; secret?: string; now?: number };
    try {
      m = JSON.parse(text);
    } catch {
      return;
    }
    if (m.t === 'view' && m.view) {
      this.view = m.view;
      if ('now' in m.view) this.skew = m.view.now - Date.now();
    } else if (m.t === 'pong') {
      this.#awaitingPong = false;
      if (typeof m.now === 'number') this.skew = m.now - Date.now();
    } else if (m.t === 'error') this.error = m.error ?? null;
    else if (m.t === 'ok') this.error = null;
    else if (m.t === 'joined' && m.secret) this.remember(this.code, m.secret);
    else if (m.t === 'reassigned' && m.secret !== undefined && m.team !== undefined) this.reassigned = { team: m.team, secret: m.secret };
    if (m.t === 'joined') this.error = null;
  }

  remember(code: string, secret: string): void {
    try {
      this.#storage?.setItem(secretKey(code), secret);
    } catch {
      // blocked storage: the team keeps its firm until this page is closed
    }
  }

  recall(code: string): string | null {
    try {
      return this.#storage?.getItem(secretKey(code)) ?? null;
    } catch {
      return null;
    }
  }

  send(msg: unknown): void {
    if (this.#socket?.readyState === WebSocket.OPEN) this.#socket.send(JSON.stringify(msg));
    else this.error = 'offline';
  }

  close(): void {
    this.#closed = true;
    clearInterval(this.#heartbeat);
    this.#socket?.close();
  }
}
