// The kinds of observed series a calibration fits, each read from one measure of the model per
// period and firm, with the range a value must lie in and the default scale: the size of a
// miss that counts as one unit of loss, so series of different units combine (a point of
// retention, five points of NPS, a tenth of a satisfaction point).
//
// Two kinds are read from the cohort counts (src/model/cohorts.ts) over the whole run rather
// than from one measure a period: their `period` column is not a time but an age or a band.
//  - survival: share of the firm's cohorts still its customers at age `period` (in periods,
//    from 1), pooled over the cohorts acquired during the run by the product-limit rule of the
//    cohort chart (ui/series/cohorts.ts `survival`); the starting stock is left out, its
//    tenures were drawn, not lived.
//  - retentionbyband: share of the firm's customers in satisfaction band `period` (0 … 15, the
//    quarter points 1–1.25 … 4.75–5) still its customers a year later, pooled over every
//    observation resolved during the run.
// A run counts cohorts only when one of these is among the targets (it costs a few per cent).
import { SATISFACTION_BANDS, type Measure } from '../../model/index.ts';

export interface TargetKind {
  /** The measure read each period; null for the cohort kinds, read at the end of the run. */
  measure: Measure | null;
  /** The largest value the period column may take (an age or a band), when it is not a time. */
  maxPeriod?: number;
  /** The smallest (survival starts at age 1: at age 0 every cohort is whole). */
  minPeriod?: number;
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
  survival: {
    measure: null,
    minPeriod: 1,
    min: 0,
    max: 1,
    scale: 0.01,
    what: "share of the firm's cohorts acquired during the run still its customers at age `period` (in periods, from 1), pooled Kaplan–Meier",
    suggest: [FIT, OFFERS, SEARCH, SWITCHING, LIFE],
  },
  retentionbyband: {
    measure: null,
    maxPeriod: SATISFACTION_BANDS - 1,
    min: 0,
    max: 1,
    scale: 0.01,
    what: "share of the firm's customers in satisfaction band `period` (0 = 1–1.25 … 15 = 4.75–5) still its customers a year later",
    suggest: [OFFERS, SEARCH, SWITCHING, GAP, NOISE],
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

/** Kinds that once were planned and are now rows above; kept so an unknown name still gets the
 *  list of kinds (nothing is planned at present). */
export const PLANNED_KINDS: Record<string, string> = {};

/** Whether a run must count cohorts for these kinds. */
export const needsCohorts = (kinds: Iterable<string>): boolean => [...kinds].some((k) => k === 'survival' || k === 'retentionbyband');
