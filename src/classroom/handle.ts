// One message from one connection → the next game state and a reply to the sender. Pure: no
// sockets, clocks or files (the server passes `now` and the secrets it drew), so every rule of
// authority is tested without a network. A refused message leaves the state as it was.
import { LIMITS } from '../scenario/schema.ts';
import { parseScenarioValue } from '../scenario/parse.ts';
import { TEAM_LEVERS, type Decision } from './decision.ts';
import { firmCosts, forecastCost } from './forecast.ts';
import { basisOf } from './views.ts';
import type { ClientMessage } from './protocol.ts';
import { firmsPerMarket, seatOf, type GameState } from './state.ts';

/** Most markets one game runs: 5 × 8 firms = 40 teams, more than a class needs. */
export const MAX_MARKETS = 5;

export type Session = { role: 'guest' } | { role: 'teacher' } | { role: 'team'; team: number; secret: string };

export type Reply =
  | { t: 'error'; error: string }
  | { t: 'ok' }
  | { t: 'pong'; now: number }
  | { t: 'joined'; team: number; secret: string }
  | { t: 'reassigned'; team: number; secret: string };

export interface Deps {
  now: number;
  /** A fresh unguessable secret (the server draws it from crypto). */
  secret(): string;
  /** A library scenario's file contents by name, or null. */
  library(name: string): unknown;
}

export interface Outcome {
  game: GameState;
  session: Session;
  reply: Reply;
  changed: boolean;
}

const refuse = (game: GameState, session: Session, error: string): Outcome => ({ game, session, reply: { t: 'error', error }, changed: false });
const ok = (game: GameState, session: Session): Outcome => ({ game, session, reply: { t: 'ok' }, changed: true });

export function handle(g: GameState, s: Session, msg: ClientMessage, deps: Deps): Outcome {
  switch (msg.t) {
    case 'ping':
      // a screen's heartbeat: answered at once, also while a round is being run
      return { game: g, session: s, reply: { t: 'pong', now: deps.now }, changed: false };
    case 'teacher':
      return msg.key === g.teacherKey
        ? { game: g, session: { role: 'teacher' }, reply: { t: 'ok' }, changed: false }
        : refuse(g, s, 'key: not the teacher key of this game');
    case 'join':
      return join(g, s, msg.code, msg.name, deps);
    case 'resume': {
      if (msg.code !== g.code) return refuse(g, s, 'code: not the join code of this game');
      const team = g.teams.find((t) => t.secret === msg.secret);
      if (!team) return refuse(g, s, 'secret: no team holds it (the teacher may have reassigned your firm); join again');
      return {
        game: g,
        session: { role: 'team', team: team.id, secret: team.secret },
        reply: { t: 'joined', team: team.id, secret: team.secret },
        changed: false,
      };
    }
    case 'draft':
    case 'submit':
      return decide(g, s, msg, deps);
    default:
      return teacher(g, s, msg, deps);
  }
}

function join(g: GameState, s: Session, code: string, name: string, deps: Deps): Outcome {
  if (code !== g.code) return refuse(g, s, 'code: not the join code of this game');
  if (g.phase === 'finished') return refuse(g, s, 'code: this game has finished');
  if (!g.config) return refuse(g, s, 'code: the teacher has not set up the game yet; try again in a moment');
  if (g.teams.some((t) => t.name.toLowerCase() === name.toLowerCase()))
    return refuse(g, s, `name: a team called “${name}” has joined already; pick another name`);
  const K = firmsPerMarket(g);
  // the practice round does not close the door: the markets are fixed when the game starts
  const capacity = g.phase === 'playing' && !g.practicing ? g.markets * K : Math.min(MAX_MARKETS * K, MAX_MARKETS * LIMITS.firms);
  let seat = 0;
  while (seat < capacity && g.teams.some((t) => t.seat === seat)) seat++;
  if (seat >= capacity) return refuse(g, s, `code: the game is full (${capacity} firms)`);
  const team = { id: g.teams.length, name, secret: deps.secret(), seat };
  return {
    game: { ...g, teams: [...g.teams, team], drafts: [...g.drafts, null] },
    session: { role: 'team', team: team.id, secret: team.secret },
    reply: { t: 'joined', team: team.id, secret: team.secret },
    changed: true,
  };
}

function decide(g: GameState, s: Session, msg: Extract<ClientMessage, { t: 'draft' | 'submit' }>, deps: Deps): Outcome {
  if (s.role !== 'team') return refuse(g, s, 't: only a team sends decisions; join first');
  const team = g.teams[s.team];
  if (!team || team.secret !== s.secret) return refuse(g, s, 'secret: the teacher has reassigned this firm to another device');
  if (g.phase !== 'playing') return refuse(g, s, `round: no round is open (the game is ${g.phase === 'setup' ? 'not started' : 'over'})`);
  if (msg.round !== g.round) return refuse(g, s, `round: round ${msg.round + 1} is not open (round ${g.round + 1} is)`);
  if (g.closing) return refuse(g, s, `round: round ${g.round + 1} has closed and is being run; this decision came too late`);
  const c = g.config!;
  if (c.budget !== null && msg.t === 'submit') {
    const { market, firm } = seatOf(g, team.seat);
    const f = forecastCost(msg.decision, firmCosts(c.scenario, firm), basisOf(g, market, firm), c.periodsPerRound);
    if (f.strategy > c.budget) return refuse(g, s, `decision: forecast strategy spend ${Math.round(f.strategy)} is over the budget of ${c.budget} a round`);
  }
  const decision = Object.fromEntries(TEAM_LEVERS.map((k) => [k, msg.decision[k]])) as Decision;
  if (msg.t === 'draft') {
    const drafts = [...g.drafts];
    drafts[team.id] = { round: g.round, decision };
    return ok({ ...g, drafts }, s);
  }
  const decisions = [...g.decisions];
  const row = [...(decisions[g.round] ?? [])];
  row[team.seat] = { decision, how: 'submitted' };
  decisions[g.round] = row;
  void deps;
  return ok({ ...g, decisions }, s);
}

function teacher(g: GameState, s: Session, msg: ClientMessage, deps: Deps): Outcome {
  if (s.role !== 'teacher') return refuse(g, s, 'key: only the teacher may do this; open the teacher link');
  switch (msg.t) {
    case 'setup': {
      if (g.phase !== 'setup') return refuse(g, s, 'setup: the game has started; settings are fixed');
      const raw = 'library' in msg.scenario ? deps.library(msg.scenario.library) : msg.scenario.file;
      if (raw === null || raw === undefined) return refuse(g, s, 'scenario.library: no library scenario of that name');
      const parsed = parseScenarioValue(raw);
      if (!parsed.ok) return refuse(g, s, `scenario: ${parsed.errors.slice(0, 5).join('; ')}`);
      const horizon = msg.rounds * msg.periodsPerRound;
      if (horizon > LIMITS.horizon) return refuse(g, s, `rounds: rounds × periods per round must be ≤ ${LIMITS.horizon}`);
      // each round may add a change per firm and lever: the file must still hold them all, or a
      // team that moves every lever every round would make a later round impossible to run
      const worst = parsed.scenario.changes.length + msg.rounds * parsed.scenario.firms.length * TEAM_LEVERS.length;
      if (worst > LIMITS.changes) {
        const most = Math.floor((LIMITS.changes - parsed.scenario.changes.length) / (parsed.scenario.firms.length * TEAM_LEVERS.length));
        return refuse(g, s, `rounds: at most ${most} rounds with this scenario (its file can hold ${LIMITS.changes} scheduled changes)`);
      }
      const source = 'library' in msg.scenario ? msg.scenario.library : 'imported';
      const config = {
        scenario: parsed.scenario,
        source,
        rounds: msg.rounds,
        periodsPerRound: msg.periodsPerRound,
        deadlineSeconds: msg.deadlineSeconds,
        budget: msg.budget,
      };
      // teams who joined under a scenario with more firms keep their seats only while they fit
      const capacity = MAX_MARKETS * parsed.scenario.firms.length;
      if (g.teams.some((t) => t.seat >= capacity))
        return refuse(g, s, `scenario: ${g.teams.length} teams have joined; this scenario seats at most ${capacity}`);
      // a practice round played under other settings says nothing about these
      return ok({ ...g, config, practice: null, practiceResults: [] }, s);
    }
    case 'start':
    case 'practice': {
      if (g.practicing) return refuse(g, s, 't: the practice round is still open; close it first');
      if (g.phase !== 'setup') return refuse(g, s, 't: the game has started already');
      if (!g.config) return refuse(g, s, 'setup: choose a scenario and rounds first');
      const K = firmsPerMarket(g);
      const lastSeat = g.teams.reduce((m, t) => Math.max(m, t.seat), 0);
      const markets = Math.max(1, Math.ceil((lastSeat + 1) / K));
      const deadline = deps.now + g.config.deadlineSeconds * 1000;
      // the graded game starts from the scenario's start, whatever the practice round did
      return ok({ ...g, phase: 'playing', practicing: msg.t === 'practice', markets, round: 0, deadline, decisions: [], drafts: g.drafts.map(() => null) }, s);
    }
    case 'endRound':
      if (g.phase !== 'playing') return refuse(g, s, 't: no round is open');
      if (g.closing) return refuse(g, s, 't: the round is being run already');
      return ok({ ...g, deadline: deps.now }, s);
    case 'reassign': {
      const team = g.teams[msg.team];
      if (!team) return refuse(g, s, `team: no team ${msg.team}`);
      const secret = deps.secret();
      const teams = g.teams.map((t) => (t.id === team.id ? { ...t, secret } : t));
      return { game: { ...g, teams }, session: s, reply: { t: 'reassigned', team: team.id, secret }, changed: true };
    }
    case 'ranking':
      return ok({ ...g, ranking: msg.by }, s);
    default:
      return refuse(g, s, 't: unknown message');
  }
}
