// A game driven through the pure reducer, as the server drives it, without sockets.
import { handle, type Deps, type Session } from '../../../src/classroom/handle.ts';
import { readMessage } from '../../../src/classroom/protocol.ts';
import { createGame, type GameState } from '../../../src/classroom/state.ts';

export const SMALL = {
  schemaVersion: 1,
  seed: 11,
  burnIn: 2,
  population: { size: 2000 },
  firms: [
    { name: 'Us', initialShare: 0.4 },
    { name: 'Rival A', initialShare: 0.35 },
    { name: 'Rival B', initialShare: 0.25, price: 0.9, quality: 3.5 },
  ],
};

let n = 0;
export const deps = (now = 1000): Deps => ({
  now,
  secret: () => `secret-number-${String(++n).padStart(8, '0')}`,
  library: (name) => (name === 'small' ? SMALL : null),
});

export interface Driver {
  game: GameState;
  send(session: Session, msg: unknown, now?: number): { session: Session; reply: ReturnType<typeof handle>['reply'] };
}

export function driver(): Driver {
  const d: Driver = {
    game: createGame('ABC234', 'teacher-key-000000000'),
    send(session, msg, now = 1000) {
      const text = JSON.stringify(msg);
      const checked = readMessage(Buffer.byteLength(text), text);
      if (!checked.ok) return { session, reply: { t: 'error', error: checked.error } };
      const out = handle(d.game, session, checked.msg, deps(now));
      d.game = out.game;
      return { session: out.session, reply: out.reply };
    },
  };
  return d;
}

export const TEACHER: Session = { role: 'teacher' };
export const GUEST: Session = { role: 'guest' };

export function decision(over: Record<string, number> = {}) {
  return {
    quality: 3.8,
    price: 1,
    programme: 0,
    recoveryRate: 0.3,
    lockIn: 0,
    promise: 0,
    personalisation: 0,
    focusHighValue: 0,
    acquisitionSpend: 0,
    ...over,
  };
}

/** A set-up game with `teams` joined; returns their sessions. */
export function setUp(d: Driver, teams: number, config: Record<string, unknown> = {}): Session[] {
  d.send(TEACHER, { t: 'setup', scenario: { library: 'small' }, rounds: 3, periodsPerRound: 2, deadlineSeconds: 60, budget: null, ...config });
  return Array.from({ length: teams }, (_, i) => d.send(GUEST, { t: 'join', code: 'ABC234', name: `Team ${i + 1}` }).session);
}
