// Closing a round: decisions in (submitted, else the team's draft, else the last one holds),
// every market run on the simulation, the next round opened. A round waits for nobody: it
// closes when every team has submitted or the deadline passes, whichever is first.
//
// Closing is three steps so the server can run the markets off its main thread: freezeRound
// fixes the decisions (late ones are refused from then on), closingJobs says what to run, and
// finishRound takes the results in. closeRound does all three in one go (tests, the bench).
import type { Scenario } from '../scenario/schema.ts';
import { checkedMarketScenario, type MarketDecisions } from './market.ts';
import { runMarket, type MarketResult } from './outcomes.ts';
import { firmsPerMarket, seatOf, teamAt, type GameState, type Held } from './state.ts';

export type RunMarket = (s: Scenario, periods: number) => MarketResult;

/** One market to run: its scenario file (the game so far) and how many periods. `key` names
 *  the market (game:m, practice:m), so a round worker can step on the simulation it kept. */
export interface MarketJob {
  key: string;
  scenario: Scenario;
  periods: number;
}

export function roundReady(g: GameState, now: number): boolean {
  if (g.phase !== 'playing' || g.closing) return false;
  if (g.deadline !== null && now >= g.deadline) return true;
  const row = g.decisions[g.round] ?? [];
  return g.teams.length > 0 && g.teams.every((t) => row[t.seat]?.how === 'submitted');
}

/** decisions of one market, by round then firm. */
export function marketDecisions(g: GameState, market: number, rows: GameState['decisions'] = g.decisions): MarketDecisions {
  const K = firmsPerMarket(g);
  return rows.map((row) => Array.from({ length: K }, (_, f) => row[market * K + f]?.decision ?? null));
}

export function marketNames(g: GameState, market: number): (string | null)[] {
  const K = firmsPerMarket(g);
  return Array.from({ length: K }, (_, f) => teamAt(g, market * K + f)?.name ?? null);
}

export function marketFile(g: GameState, market: number): Scenario {
  const c = g.config!;
  return checkedMarketScenario(c.scenario, c, market, marketDecisions(g, market), marketNames(g, market));
}

/** The game's markets through the rounds closed so far (after a restart). */
function gradedJobs(g: GameState, rounds: number): MarketJob[] {
  const periods = Math.min(rounds, g.config!.rounds) * g.config!.periodsPerRound;
  return Array.from({ length: g.markets }, (_, m) => ({ key: `game:${m}`, scenario: marketFile(g, m), periods }));
}

/** The practice round: one round from the scenario's start, in a file of its own. */
function practiceJobs(g: GameState, markets: number, row: readonly (Held | null)[]): MarketJob[] {
  const c = g.config!;
  const shape = { rounds: 1, periodsPerRound: c.periodsPerRound };
  return Array.from({ length: markets }, (_, m) => ({
    key: `practice:${m}`,
    scenario: checkedMarketScenario(c.scenario, shape, m, marketDecisions(g, m, [row as (Held | null)[]]), marketNames(g, m)),
    periods: c.periodsPerRound,
  }));
}

/** What a saved game needs run to show its results again: the rounds closed, and the practice
 *  round if one was played. */
export function replayJobs(g: GameState): { graded: MarketJob[]; practice: MarketJob[] } {
  if (!g.config) return { graded: [], practice: [] };
  return {
    graded: g.round > 0 && !g.practicing ? gradedJobs(g, g.round) : [],
    practice: g.practice ? practiceJobs(g, g.practice.markets, g.practice.decisions) : [],
  };
}

export function withReplay(g: GameState, graded: readonly MarketResult[], practice: readonly MarketResult[]): GameState {
  return { ...g, outcomes: graded.map((r) => r.outcomes), samples: graded.map((r) => r.samples), practiceResults: [...practice] };
}

/** Re-runs every market through the rounds closed so far, on this thread. */
export function replayMarkets(g: GameState, run: RunMarket = runMarket): GameState {
  const jobs = replayJobs(g);
  const go = (j: MarketJob) => run(j.scenario, j.periods);
  return withReplay(g, jobs.graded.map(go), jobs.practice.map(go));
}

/** The open round's decisions fixed: submitted, else the team's draft, else nothing (the last
 *  decision or the schedule holds). From here on, decisions for this round are refused. */
export function freezeRound(g: GameState): GameState {
  const row: (Held | null)[] = [...(g.decisions[g.round] ?? [])];
  for (const t of g.teams) {
    const draft = g.drafts[t.id];
    if (row[t.seat]?.how !== 'submitted' && draft && draft.round === g.round) row[t.seat] = { decision: draft.decision, how: 'draft' };
  }
  const decisions = [...g.decisions];
  decisions[g.round] = Array.from({ length: g.markets * firmsPerMarket(g) }, (_, s) => row[s] ?? null);
  return { ...g, decisions, closing: true };
}

/** The markets a frozen round needs run. */
export function closingJobs(g: GameState): MarketJob[] {
  if (g.practicing) return practiceJobs(g, g.markets, g.decisions[g.round] ?? []);
  return gradedJobs(g, g.round + 1);
}

/** The frozen round's results in, and the next round open. After the practice round the
 *  market starts over: the game is set up again, its results kept for the screens, its
 *  decisions and drafts gone from the graded game. */
export function finishRound(g: GameState, results: readonly MarketResult[], now: number): GameState {
  const c = g.config!;
  if (g.practicing) {
    return {
      ...g,
      phase: 'setup',
      closing: false,
      practicing: false,
      practice: { markets: g.markets, decisions: g.decisions[g.round] ?? [] },
      practiceResults: [...results],
      round: 0,
      deadline: null,
      decisions: [],
      drafts: g.drafts.map(() => null),
    };
  }
  const round = g.round + 1;
  const finished = round >= c.rounds;
  return {
    ...g,
    round,
    closing: false,
    outcomes: results.map((r) => r.outcomes),
    samples: results.map((r) => r.samples),
    phase: finished ? 'finished' : 'playing',
    deadline: finished ? null : now + c.deadlineSeconds * 1000,
  };
}

/** A frozen round that could not be run opens again, with a fresh deadline. */
export function reopenRound(g: GameState, now: number): GameState {
  return { ...g, closing: false, deadline: now + (g.config?.deadlineSeconds ?? 60) * 1000 };
}

export function closeRound(g: GameState, now: number, run: RunMarket = runMarket): GameState {
  const frozen = freezeRound(g);
  return finishRound(
    frozen,
    closingJobs(frozen).map((j) => run(j.scenario, j.periods)),
    now,
  );
}

export { seatOf };
