// Closing a round: decisions in (submitted, else the team's draft, else the last one holds),
// every market run on the simulation, the next round opened. A round waits for nobody: it
// closes when every team has submitted or the deadline passes, whichever is first.
import type { Scenario } from '../scenario/schema.ts';
import { checkedMarketScenario, type MarketDecisions } from './market.ts';
import { runMarket, type MarketOutcomes } from './outcomes.ts';
import { firmsPerMarket, seatOf, teamAt, type GameState, type Held } from './state.ts';

export type RunMarket = (s: Scenario, periods: number) => MarketOutcomes;

export function roundReady(g: GameState, now: number): boolean {
  if (g.phase !== 'playing') return false;
  if (g.deadline !== null && now >= g.deadline) return true;
  const row = g.decisions[g.round] ?? [];
  return g.teams.length > 0 && g.teams.every((t) => row[t.seat]?.how === 'submitted');
}

/** decisions of one market, by round then firm. */
export function marketDecisions(g: GameState, market: number): MarketDecisions {
  const K = firmsPerMarket(g);
  return g.decisions.map((row) => Array.from({ length: K }, (_, f) => row[market * K + f]?.decision ?? null));
}

export function marketNames(g: GameState, market: number): (string | null)[] {
  const K = firmsPerMarket(g);
  return Array.from({ length: K }, (_, f) => teamAt(g, market * K + f)?.name ?? null);
}

export function marketFile(g: GameState, market: number): Scenario {
  const c = g.config!;
  return checkedMarketScenario(c.scenario, c, market, marketDecisions(g, market), marketNames(g, market));
}

/** Re-runs every market through the rounds closed so far (after a restart, or a round). */
export function replayMarkets(g: GameState, run: RunMarket = runMarket): MarketOutcomes[] {
  const periods = Math.min(g.round, g.config!.rounds) * g.config!.periodsPerRound;
  return Array.from({ length: g.markets }, (_, m) => run(marketFile(g, m), periods));
}

export function closeRound(g: GameState, now: number, run: RunMarket = runMarket): GameState {
  const c = g.config!;
  const row: (Held | null)[] = [...(g.decisions[g.round] ?? [])];
  for (const t of g.teams) {
    const draft = g.drafts[t.id];
    if (row[t.seat]?.how !== 'submitted' && draft && draft.round === g.round) row[t.seat] = { decision: draft.decision, how: 'draft' };
  }
  const decisions = [...g.decisions];
  decisions[g.round] = Array.from({ length: g.markets * firmsPerMarket(g) }, (_, s) => row[s] ?? null);
  const round = g.round + 1;
  const next: GameState = { ...g, decisions, round };
  const finished = round >= c.rounds;
  return {
    ...next,
    outcomes: replayMarkets(next, run),
    phase: finished ? 'finished' : 'playing',
    deadline: finished ? null : now + c.deadlineSeconds * 1000,
  };
}

export { seatOf };
