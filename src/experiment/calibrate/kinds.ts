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
}

export const TARGET_KINDS = {
  retention: { measure: 'retention', min: 0, max: 1, scale: 0.01, what: "share of the firm's customers at the start of the period still with it at the end" },
  churn: { measure: 'churnRate', min: 0, max: 1, scale: 0.01, what: "share of the firm's customers at the start of the period who left during it" },
  share: { measure: 'marketShare', min: 0, max: 1, scale: 0.01, what: "the firm's share of the customers in the category" },
  nps: { measure: 'nps', min: -100, max: 100, scale: 5, what: "net promoter score of the firm's customers, −100 … 100" },
  satisfaction: { measure: 'meanSatisfaction', min: 1, max: 5, scale: 0.1, what: "mean satisfaction of the firm's customers, 1 … 5" },
} as const satisfies Record<string, TargetKind>;

export type TargetKindName = keyof typeof TARGET_KINDS;
export const KIND_NAMES = Object.keys(TARGET_KINDS) as TargetKindName[];

export const PLANNED_KINDS: Record<string, string> = {
  survival: 'cohort survival needs the cohort measures of issue 9, which the model does not have yet',
  retentionbyband: 'retention by satisfaction band needs the satisfaction-band measures of issue 9, which the model does not have yet',
};
