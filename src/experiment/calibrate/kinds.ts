// The kinds of observed series a calibration fits, each read from one measure of the model per
// period and firm, with the range a value must lie in and the default scale: the size of a
// miss that counts as one unit of loss, so series of different units combine (a point of
// retention, five points of NPS, a tenth of a satisfaction point).
//
// Extension point: cohort survival (share of a cohort alive at each age, optionally several
// cohorts) and retention by satisfaction band need the cohort and satisfaction-band measures
// of issue 9, which the model does not have yet. They are listed in PLANNED_KINDS so a file
// using them gets a clear message; when the measures exist, a kind here gains a `read` that
// takes the period's summary (and the cohort or band from extra CSV columns) instead of one
// measure per firm.
import type { Measure } from '../../model/index.ts';

export interface TargetKind {
  measure: Measure;
  min: number;
  max: number;
  scale: number;
  what: string;
  /** Free parameters worth trying for this kind of data, with bounds narrower than the
   *  field's where its whole range is implausible (the app offers them first). */
  suggest: readonly Suggestion[];
}

export interface Suggestion {
  path: string;
  from: number;
  to: number;
}

// what moves who leaves: offers from rivals, how differently customers fit each firm, how
// noisy a decision is, when the unhappy start to look, what switching costs
const OFFERS = { path: 'behaviour.offerRate', from: 0.01, to: 0.3 };
const FIT = { path: 'behaviour.matchSpread', from: 0, to: 3 };
const NOISE = { path: 'behaviour.decisionNoise', from: 0, to: 1.5 };
const SEARCH = { path: 'behaviour.searchThreshold', from: 3, to: 5 };
const SWITCHING = { path: 'population.switchingCost.mean', from: 0, to: 1.5 };
const LIFE = { path: 'behaviour.leaveCategoryRate', from: 0, to: 0.02 };
// what sets how satisfied customers are
const BASE = { path: 'behaviour.baseSatisfaction', from: 3, to: 4.5 };
const GAP = { path: 'behaviour.disconfirmationWeight', from: 0.3, to: 3 };
const DRIFT = { path: 'behaviour.expectationDrift', from: 0, to: 0.01 };
const QUALITY_NOISE = { path: 'behaviour.qualityNoise', from: 0.1, to: 1.5 };

export const TARGET_KINDS = {
  retention: {
    measure: 'retention',
    min: 0,
    max: 1,
    scale: 0.01,
    what: "share of the firm's customers at the start of the period still with it at the end",
    suggest: [OFFERS, FIT, SEARCH, SWITCHING, LIFE],
  },
  churn: {
    measure: 'churnRate',
    min: 0,
    max: 1,
    scale: 0.01,
    what: "share of the firm's customers at the start of the period who left during it",
    suggest: [OFFERS, FIT, SEARCH, SWITCHING, LIFE],
  },
  share: {
    measure: 'marketShare',
    min: 0,
    max: 1,
    scale: 0.01,
    what: "the firm's share of the customers in the category",
    suggest: [OFFERS, FIT, NOISE, SWITCHING],
  },
  nps: { measure: 'nps', min: -100, max: 100, scale: 5, what: "net promoter score of the firm's customers, −100 … 100", suggest: [BASE, GAP, QUALITY_NOISE] },
  satisfaction: {
    measure: 'meanSatisfaction',
    min: 1,
    max: 5,
    scale: 0.1,
    what: "mean satisfaction of the firm's customers, 1 … 5",
    suggest: [BASE, GAP, DRIFT, QUALITY_NOISE],
  },
} as const satisfies Record<string, TargetKind>;

export type TargetKindName = keyof typeof TARGET_KINDS;
export const KIND_NAMES = Object.keys(TARGET_KINDS) as TargetKindName[];

/** The suggestions for a set of kinds, each path once, in the order of the kinds' rows. */
export function suggestionsFor(kinds: Iterable<string>): Suggestion[] {
  const wanted = new Set(kinds);
  const out = new Map<string, Suggestion>();
  for (const name of KIND_NAMES) if (wanted.has(name)) for (const s of TARGET_KINDS[name].suggest) if (!out.has(s.path)) out.set(s.path, s);
  return [...out.values()];
}

// when cohort survival comes: heterogeneity of fit, offers, search, switching costs, life events
export const PLANNED_KINDS: Record<string, string> = {
  survival: 'cohort survival needs the cohort measures of issue 9, which the model does not have yet',
  retentionbyband: 'retention by satisfaction band needs the satisfaction-band measures of issue 9, which the model does not have yet',
};
