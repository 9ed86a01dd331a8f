// The game as data: everything a restarted server needs (results are rebuilt from decisions).
import type { Scenario } from '../scenario/schema.ts';
import type { Decision } from './decision.ts';
import type { MarketOutcomes, MarketResult } from './outcomes.ts';
import type { FirmSample } from './sample.ts';
import type { Ranking } from './protocol.ts';

export interface GameConfig {
  scenario: Scenario;
  /** Library name or "imported", for the screens. */
  source: string;
  rounds: number;
  periodsPerRound: number;
  deadlineSeconds: number;
  /** Cap on a round's forecast strategy spend (acquisition + programme + personalisation). */
  budget: number | null;
}

export interface Team {
  id: number;
  name: string;
  /** The per-team secret kept in the team's browser: whoever holds it runs the firm. */
  secret: string;
  /** Seat s is firm s % K of market ⌊s / K⌋ (K firms in the scenario). */
  seat: number;
}

/** How a round's decision came about: sent by the team, or its autosaved draft at the deadline. */
export type How = 'submitted' | 'draft';
export interface Held {
  decision: Decision;
  how: How;
}

/** The practice round once it has been played: what each seat decided (rebuilt into results on
 *  a restart like the game's rounds), in how many markets. Never part of the graded game. */
export interface Practice {
  markets: number;
  decisions: (Held | null)[];
}

export interface GameState {
  version: 1;
  code: string;
  teacherKey: string;
  phase: 'setup' | 'playing' | 'finished';
  config: GameConfig | null;
  teams: Team[];
  /** Fixed when the game starts: ⌈teams / K⌉ markets of K firms. */
  markets: number;
  /** The round open for decisions (= rounds when finished). */
  round: number;
  /** Epoch ms when the open round closes. */
  deadline: number | null;
  /** decisions[round][seat] */
  decisions: (Held | null)[][];
  /** drafts[teamId]: autosaved, never shown to anyone but the team and the teacher. */
  drafts: ({ round: number; decision: Decision } | null)[];
  /** The open round's decisions are fixed and its markets are being run (off the main thread);
   *  decisions that arrive now are too late. */
  closing: boolean;
  /** The open round is the practice round: its results are shown, then the market starts over. */
  practicing: boolean;
  practice: Practice | null;
  ranking: Ranking;
  /** outcomes[market][period][firm], through the last round played (rebuilt, not saved). */
  outcomes: MarketOutcomes[];
  /** samples[market][firm]: a few of each firm's customers after the last round (rebuilt). */
  samples: FirmSample[][];
  /** The practice round's results per market (rebuilt from `practice`). */
  practiceResults: MarketResult[];
}

export function createGame(code: string, teacherKey: string): GameState {
  return {
    version: 1,
    code,
    teacherKey,
    phase: 'setup',
    config: null,
    teams: [],
    markets: 0,
    round: 0,
    deadline: null,
    decisions: [],
    drafts: [],
    closing: false,
    practicing: false,
    practice: null,
    ranking: 'profit',
    outcomes: [],
    samples: [],
    practiceResults: [],
  };
}

export const firmsPerMarket = (g: GameState): number => g.config?.scenario.firms.length ?? 0;
export const seatOf = (g: GameState, seat: number) => ({ market: Math.floor(seat / firmsPerMarket(g)), firm: seat % firmsPerMarket(g) });
export const teamAt = (g: GameState, seat: number): Team | undefined => g.teams.find((t) => t.seat === seat);
