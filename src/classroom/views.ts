// What each screen is sent: the full state it may see, every time anything changes (a screen
// that reconnects is simply sent its view again; nothing depends on messages it missed). A team
// sees its own firm, decisions and draft, and the market's shares; never another team's
// decisions. The teacher sees everything.
import { LEVER_BY_KEY } from '../scenario/levers.ts';
import { TEAM_LEVERS, scheduledDecision, type Decision } from './decision.ts';
import { firmHistory, loyaltyVerdict, scores, type LoyaltyVerdict } from './debrief.ts';
import { firmCosts, type Basis, type FirmCosts } from './forecast.ts';
import type { FirmOutcome, MarketOutcomes } from './outcomes.ts';
import type { Ranking } from './protocol.ts';
import { marketFile } from './rounds.ts';
import type { FirmSample } from './sample.ts';
import { firmsPerMarket, seatOf, teamAt, type GameConfig, type GameState, type Held } from './state.ts';

export interface Bound {
  key: string;
  min: number;
  max: number;
  step: number;
}
export const TEAM_BOUNDS: Bound[] = TEAM_LEVERS.map((k) => ({ key: k, min: LEVER_BY_KEY[k].min, max: LEVER_BY_KEY[k].max, step: LEVER_BY_KEY[k].step }));

interface Common {
  code: string;
  phase: GameState['phase'];
  round: number;
  rounds: number;
  periodsPerRound: number;
  deadline: number | null;
  now: number;
  budget: number | null;
  title: { en: string; zh: string } | null;
  /** The open round is the practice round. */
  practicing: boolean;
  /** The open round's decisions are fixed and its markets are being run. */
  closing: boolean;
}

export interface Standing {
  team: number;
  name: string;
  market: number;
  firm: number;
  score: number;
}

export interface TeamDebrief {
  team: number;
  name: string;
  /** decisions[round], null where nothing was decided (the schedule or the last decision held). */
  decisions: (Held | null)[];
  history: FirmOutcome[];
  verdict: LoyaltyVerdict;
}

/** One firm's results: its history, the market's shares, a sample of its own customers. */
export interface FirmResults {
  history: FirmOutcome[];
  /** shares[period][firm] of the team's market. */
  shares: number[][];
  sample: FirmSample | null;
}

export interface TeamView extends Common {
  role: 'team';
  team: number;
  name: string;
  market: number;
  firm: number;
  firmNames: string[];
  /** What the team's form starts from: its draft, its submission, else what holds now. */
  current: Decision;
  submitted: boolean;
  costs: FirmCosts;
  basis: Basis;
  history: FirmOutcome[];
  /** shares[period][firm] of the team's market. */
  shares: number[][];
  /** A few of the team's own customers after the last round, for its satisfaction × loyalty map. */
  sample: FirmSample | null;
  /** The practice round's results for this team, when it played one. */
  practice: FirmResults | null;
  debrief: TeamDebrief | null;
  leaderboard: Standing[] | null;
  ranking: Ranking;
}

export interface TeacherTeam {
  team: number;
  name: string;
  market: number;
  firm: number;
  online: boolean;
  submitted: boolean;
  hasDraft: boolean;
}

export interface TeacherView extends Common {
  role: 'teacher';
  config: Omit<GameConfig, 'scenario'> | null;
  markets: number;
  firmNames: string[][];
  teams: TeacherTeam[];
  /** outcomes[market][period][firm] */
  outcomes: FirmOutcome[][][];
  /** The practice round's outcomes[market][period][firm], when one was played. */
  practiceOutcomes: FirmOutcome[][][];
  ranking: Ranking;
  leaderboard: Standing[];
  debrief: TeamDebrief[] | null;
  /** The game as scenario files, one per market (decisions as `changes`), when finished. */
  exports: unknown[] | null;
  library: { name: string; title: { en: string; zh: string } }[];
  /** The address students open (the server adds it: it knows its LAN address). */
  joinUrl?: string;
}

function common(g: GameState, now: number): Common {
  const c = g.config;
  return {
    code: g.code,
    phase: g.phase,
    round: g.round,
    rounds: c?.rounds ?? 0,
    periodsPerRound: c?.periodsPerRound ?? 0,
    deadline: g.deadline,
    now,
    budget: c?.budget ?? null,
    title: c ? c.scenario.meta.title : null,
    practicing: g.practicing,
    closing: g.closing,
  };
}

/** Last period's customers and revenue of a firm, or its start before any round. */
export function basisOf(g: GameState, market: number, firm: number): Basis {
  const c = g.config!;
  const last = g.outcomes[market]?.[g.outcomes[market].length - 1]?.[firm];
  const price = heldDecision(g, market * firmsPerMarket(g) + firm)?.price ?? c.scenario.firms[firm].price;
  if (last) return { customers: last.customers ?? 0, revenue: last.revenue ?? 0, price };
  // before round 1: the firm's share of the starting customers, spending about 1 a period each
  const total = c.scenario.firms.reduce((a, f) => a + f.initialShare, 0) || 1;
  const customers = (c.scenario.population.size * c.scenario.firms[firm].initialShare) / total;
  return { customers, revenue: customers * price, price };
}

/** The latest decision in force for a seat (rounds already closed). */
function heldDecision(g: GameState, seat: number): Decision | null {
  for (let r = Math.min(g.round, g.decisions.length) - 1; r >= 0; r--) {
    const h = g.decisions[r]?.[seat];
    if (h && r < g.round) return h.decision;
  }
  return null;
}

function displayName(g: GameState, market: number, firm: number): string {
  return teamAt(g, market * firmsPerMarket(g) + firm)?.name ?? g.config!.scenario.firms[firm].name;
}

export function leaderboard(g: GameState): Standing[] {
  if (!g.outcomes.length) return [];
  return g.teams
    .map((t) => {
      const { market, firm } = seatOf(g, t.seat);
      return { team: t.id, name: t.name, market, firm, score: scores(firmHistory(g.outcomes[market] ?? [], firm))[g.ranking] };
    })
    .sort((a, b) => b.score - a.score || a.team - b.team);
}

function debriefOf(g: GameState, teamId: number): TeamDebrief {
  const t = g.teams[teamId];
  const { market, firm } = seatOf(g, t.seat);
  const history = firmHistory(g.outcomes[market] ?? [], firm);
  const decisions = g.decisions.map((row) => row[t.seat] ?? null);
  return { team: t.id, name: t.name, decisions, history, verdict: loyaltyVerdict(history, decisions, g.config!.periodsPerRound) };
}

const sharesOf = (outcomes: MarketOutcomes): number[][] => outcomes.map((p) => p.map((o) => o.marketShare ?? 0));

export function teamView(g: GameState, teamId: number, now: number): TeamView | null {
  const t = g.teams[teamId];
  if (!t || !g.config) return null;
  const { market, firm } = seatOf(g, t.seat);
  const K = firmsPerMarket(g);
  const draft = g.drafts[t.id];
  const own = g.phase === 'playing' ? g.decisions[g.round]?.[t.seat] : null;
  const current =
    (draft && draft.round === g.round ? draft.decision : null) ??
    own?.decision ??
    heldDecision(g, t.seat) ??
    scheduledDecision(g.config.scenario, firm, g.round * g.config.periodsPerRound);
  const outcomes = g.outcomes[market] ?? [];
  const practice = g.practiceResults[market];
  return {
    ...common(g, now),
    role: 'team',
    team: t.id,
    name: t.name,
    market,
    firm,
    firmNames: Array.from({ length: K }, (_, k) => displayName(g, market, k)),
    current,
    submitted: own?.how === 'submitted',
    costs: firmCosts(g.config.scenario, firm),
    basis: basisOf(g, market, firm),
    history: firmHistory(outcomes, firm),
    shares: sharesOf(outcomes),
    sample: g.samples[market]?.[firm] ?? null,
    practice: practice ? { history: firmHistory(practice.outcomes, firm), shares: sharesOf(practice.outcomes), sample: practice.samples[firm] ?? null } : null,
    debrief: g.phase === 'finished' ? debriefOf(g, t.id) : null,
    leaderboard: g.phase === 'finished' ? leaderboard(g) : null,
    ranking: g.ranking,
  };
}

export function teacherView(g: GameState, online: ReadonlySet<number>, now: number, library: TeacherView['library']): TeacherView {
  const markets = Math.max(g.markets, g.config ? Math.ceil((g.teams.reduce((m, t) => Math.max(m, t.seat + 1), 0) || 1) / firmsPerMarket(g)) : 0);
  const row = g.decisions[g.round] ?? [];
  const { scenario: _s, ...config } = g.config ?? { scenario: null };
  void _s;
  return {
    ...common(g, now),
    role: 'teacher',
    config: g.config ? (config as Omit<GameConfig, 'scenario'>) : null,
    markets,
    firmNames: g.config ? Array.from({ length: markets }, (_, m) => Array.from({ length: firmsPerMarket(g) }, (_, k) => displayName(g, m, k))) : [],
    teams: g.teams.map((t) => {
      const { market, firm } = g.config ? seatOf(g, t.seat) : { market: 0, firm: 0 };
      return {
        team: t.id,
        name: t.name,
        market,
        firm,
        online: online.has(t.id),
        submitted: g.phase === 'playing' && row[t.seat]?.how === 'submitted',
        hasDraft: g.drafts[t.id]?.round === g.round,
      };
    }),
    outcomes: g.outcomes,
    practiceOutcomes: g.practiceResults.map((r) => r.outcomes),
    ranking: g.ranking,
    leaderboard: leaderboard(g),
    debrief: g.phase === 'finished' ? g.teams.map((t) => debriefOf(g, t.id)) : null,
    exports: g.phase === 'finished' ? Array.from({ length: g.markets }, (_, m) => marketFile(g, m)) : null,
    library,
  };
}
