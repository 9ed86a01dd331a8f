// One market of the game as a normal scenario: the teacher's scenario with every team's
// decisions written into its schedule (`changes`), so a game is replayed by the app and by
// `npm run sim` like any file. A decision is a lever setting from the round's first period
// (scenario/leverSettings.ts): from then on it wins over the schedule for that firm and lever.
import { applyLeverSettings, type LeverSetting } from '../scenario/leverSettings.ts';
import { parseScenarioValue } from '../scenario/parse.ts';
import type { Scenario } from '../scenario/schema.ts';
import { TEAM_LEVERS, type Decision } from './decision.ts';

export interface GameShape {
  rounds: number;
  periodsPerRound: number;
}

/** decisions[round][firm]: what held in that round (null: nobody decided; the schedule runs). */
export type MarketDecisions = readonly (readonly (Decision | null)[])[];

/** Markets after the first are the same market with their own customers: the seed moves on. */
export function marketSeed(s: Scenario, market: number): number {
  return (s.seed + market) >>> 0;
}

/** `names[firm]`: the team running the firm (its name replaces the firm's in the file). */
export function marketScenario(base: Scenario, shape: GameShape, market: number, decisions: MarketDecisions, names: readonly (string | null)[] = []): Scenario {
  const settings: LeverSetting[] = [];
  const held: (Decision | null)[] = base.firms.map(() => null);
  decisions.forEach((round, r) => {
    round.forEach((d, firm) => {
      if (!d) return;
      for (const lever of TEAM_LEVERS) {
        // only what changed: a game of 12 rounds × 8 firms stays within the 1,000 changes a file holds
        if (held[firm]?.[lever] === d[lever]) continue;
        settings.push({ firm, lever, value: d[lever], fromPeriod: r * shape.periodsPerRound });
      }
      held[firm] = d;
    });
  });
  const withDecisions = applyLeverSettings(base, settings);
  const tag = market > 0 ? ` (market ${market + 1})` : '';
  return {
    ...withDecisions,
    firms: withDecisions.firms.map((f, k) => (names[k] ? { ...f, name: names[k].slice(0, 40) } : f)),
    seed: marketSeed(base, market),
    horizon: shape.rounds * shape.periodsPerRound,
    replicates: 1,
    meta: { ...base.meta, title: { en: `Class game${tag}: ${base.meta.title.en}`.slice(0, 120), zh: `课堂游戏${tag}：${base.meta.title.zh}`.slice(0, 120) } },
  };
}

/** The scenario validated as any file is (a value out of bounds is named, never run). */
export function checkedMarketScenario(...args: Parameters<typeof marketScenario>): Scenario {
  const r = parseScenarioValue(JSON.parse(JSON.stringify(marketScenario(...args))));
  if (!r.ok) throw new Error(`the game's scenario does not validate: ${r.errors.join('; ')}`);
  return r.scenario;
}
