// After the last round: the leaderboard on the measure the teacher picks, and per team the
// loyalty it built (the dominant loyalty type at the end, MODEL.md §3) with what its own
// decisions did to it ("incentive loyalty left when the programme stopped").
import { LOYALTY_TYPES, type LoyaltyType } from '../model/loyalty.ts';
import type { FirmOutcome, MarketOutcomes } from './outcomes.ts';
import type { Ranking } from './protocol.ts';
import type { Held } from './state.ts';

/** One team's score on each ranking: cumulative profit, last CLV, mean retention, last NPS. */
export function scores(history: readonly FirmOutcome[]): Record<Ranking, number> {
  const last = history[history.length - 1];
  const ret = history.map((o) => o.retention).filter((x): x is number => x !== null);
  return {
    profit: history.reduce((a, o) => a + (o.profit ?? 0), 0),
    clv: last?.clv ?? 0,
    retention: ret.length ? ret.reduce((a, b) => a + b, 0) / ret.length : 0,
    nps: last?.nps ?? -100,
  };
}

export function firmHistory(outcomes: MarketOutcomes, firm: number): FirmOutcome[] {
  return outcomes.map((period) => period[firm]);
}

export interface LoyaltyVerdict {
  /** The loyalty type holding most of the firm's customers at the end. */
  dominant: LoyaltyType | null;
  mix: Record<LoyaltyType, number>;
  /** The programme was cut to 0 after running, and the incentive-loyal share fell after. */
  programmeStopped: boolean;
}

export function loyaltyVerdict(history: readonly FirmOutcome[], decisions: readonly (Held | null)[], periodsPerRound: number): LoyaltyVerdict {
  const last = history[history.length - 1];
  const mix = Object.fromEntries(LOYALTY_TYPES.map((t) => [t, last?.[`share_${t}`] ?? 0])) as Record<LoyaltyType, number>;
  let dominant: LoyaltyType | null = null;
  for (const t of LOYALTY_TYPES) if (mix[t] > 0 && (dominant === null || mix[t] > mix[dominant])) dominant = t;
  let programmeStopped = false;
  let running = false;
  decisions.forEach((h, r) => {
    if (!h) return;
    if (h.decision.programme > 0) running = true;
    else if (running) {
      const before = history[r * periodsPerRound - 1]?.share_incentive ?? 0;
      const after = history[history.length - 1]?.share_incentive ?? 0;
      if (after < before) programmeStopped = true;
      running = false;
    }
  });
  return { dominant, mix, programmeStopped };
}
