// The scenario's numbers flattened into one fixed-shape object for the per-customer loops:
// reading `p.matchSpread` from a literal is a fixed-offset load, where a deep, zod-built
// `s.behaviour.matchSpread` chain is not. The per-field part comes from the field spec: every
// number row of the sections the kernel reads reaches it under its name in the file, so a new
// field needs no line here. Only derived values (fitScale, the TARP table, per-firm arrays)
// are written out.
//
// Time: a file states rates and durations per month (scenario/spec/time.ts); here each becomes
// a value per period of the run, by the rule of its field's unit (perPeriod()), and so do the
// model's own per-month constants below. Every value in Params is per period.
import type { Scenario } from '../scenario/schema.ts';
import { FIELDS } from '../scenario/spec/index.ts';
import { LEVER_BY_KEY } from '../scenario/levers.ts';
import { monthsPerPeriod, toPeriod } from '../scenario/spec/time.ts';
import { STAKE_TABLE } from './kernel/constants.ts';
import { FIT_STEPS } from './match.ts';

export type Params = ReturnType<typeof compileParams>;

// The rules' own constants that are per unit of time, stated per month like the file's fields.
/** Share of the gap to its target wallet share a customer closes in a month. */
export const WALLET_ADAPTATION = 0.15;
/** Months of tenure after which points saved up with a programme double what leaving forfeits. */
export const POINTS_HORIZON = 24;
/** Starting customers have been with their firm for a uniform 0 to this many months. */
export const INITIAL_TENURE = 48;

/** How long a period of the scenario is, in months. */
export const periodMonths = (s: Pick<Scenario, 'periodUnit'>): number => monthsPerPeriod(s.periodUnit);

type Node = Record<string, unknown>;

/** Applies `f` to the number at `path` ('population.budget.mean', 'firms[].programmeCostPerMember',
 *  'events[].failureRate' for events of type `event`) in every item of the lists on the way. */
function updateAt(node: unknown, path: string[], event: string | undefined, f: (x: number) => number): void {
  if (node === null || typeof node !== 'object') return;
  const [head, ...rest] = path;
  const list = head.endsWith('[]');
  const value = (node as Node)[list ? head.slice(0, -2) : head];
  if (list) {
    for (const item of value as Node[]) if (event === undefined || item.type === event) updateAt(item, rest, undefined, f);
  } else if (rest.length) updateAt(value, rest, event, f);
  else if (typeof value === 'number') (node as Node)[head] = f(value);
}

/** The scenario with every rate and duration per period of its periodUnit instead of per month,
 *  each field converted by its unit's rule (spec/units.ts), the levers' values in `changes` by
 *  their lever's; and acquisition spend per person (market.acquisitionSpendPer) as the firm's
 *  total. The same object when nothing changes (month periods, spend per firm), so a month
 *  scenario runs exactly as written. The model reads only this, never the file's values. */
export function perPeriod(s: Scenario): Scenario {
  const len = periodMonths(s);
  const heads = s.market.acquisitionSpendPer === 'person' ? s.population.size : 1;
  if (len === 1 && heads === 1) return s;
  const out = structuredClone(s);
  for (const f of FIELDS) if (f.time) updateAt(out, f.path.split('.'), f.event, (x) => toPeriod(x, f.time!, len));
  for (const c of out.changes) {
    const rule = LEVER_BY_KEY[c.lever].unit.time;
    if (rule) c.value = toPeriod(c.value, rule, len);
  }
  if (heads !== 1) {
    for (const f of out.firms) f.acquisitionSpend *= heads;
    for (const c of out.changes) if (c.lever === 'acquisitionSpend') c.value *= heads;
  }
  return out;
}

/** The number fields of a section, named as in the file, or `prefix` + the name capitalised. */
type Numbers<T, P extends string> = {
  [K in keyof T as T[K] extends number ? (P extends '' ? K : `${P}${Capitalize<K & string>}`) : never]: number;
};

/** Every number row of the spec directly under `path` ('behaviour', 'behaviour.weights'); nested
 *  groups are left to their own call or to a derived value. */
function numbersOf<T extends object, P extends string = ''>(values: T, path: string, prefix = '' as P): Numbers<T, P> {
  const out: Record<string, number> = {};
  for (const f of FIELDS) {
    if ((f.kind !== 'number' && f.kind !== 'integer') || !f.path.startsWith(path + '.')) continue;
    const name = f.path.slice(path.length + 1);
    if (name.includes('.')) continue;
    out[prefix ? prefix + name[0].toUpperCase() + name.slice(1) : name] = (values as Record<string, number>)[name];
  }
  return out as Numbers<T, P>;
}

/** Variance a unit of noise each period leaves in a running average of weight m: m / (2 − m). */
const smoothedVariance = (m: number) => m / (2 - m);

/** The parameters of scenario `s` (as written: per month), per period of its periodUnit. */
export function compileParams(file: Scenario) {
  const len = periodMonths(file);
  const s = perPeriod(file);
  const b = s.behaviour;
  const r = s.service.repurchase;
  const perFirm = (f: (x: Scenario['firms'][number]) => number) => Float64Array.from(s.firms, f);
  const pointsHorizon = toPeriod(POINTS_HORIZON, 'duration', len);
  return {
    seed: s.seed,
    ...numbersOf(b, 'behaviour'),
    // quality noise is scaled so that satisfaction (a running average of weight
    // satisfactionMemory) has the spread it has with months, in a period of any length: less for
    // a quarter or a year (its experience averages its months), more for a week or a day, whose
    // single experiences then run past the ends of the 1–5 scale. That is why the kernel clips
    // the running average, not each experience (nextSatisfaction): clipping experiences would
    // cut more of a day's than of a month's and lower satisfaction with the period.
    qualityNoise:
      len === 1 ? b.qualityNoise : b.qualityNoise * Math.sqrt(smoothedVariance(file.behaviour.satisfactionMemory) / smoothedVariance(b.satisfactionMemory)),
    // the weights of the stay utility: wSatisfaction, wTrust, wPrice, wIncentive, wKinship
    ...numbersOf(b.weights, 'behaviour.weights', 'w'),
    ...numbersOf(s.service, 'service'),
    // a failure, or a quick recovery, is one event: it moves satisfaction as much in a period of
    // any length as in a month (the experience it changes weighs satisfactionMemory in a period)
    ...(len === 1
      ? {}
      : {
          failureImpact: (s.service.failureImpact * file.behaviour.satisfactionMemory) / b.satisfactionMemory,
          recoveryBonus: (s.service.recoveryBonus * file.behaviour.satisfactionMemory) / b.satisfactionMemory,
        }),
    // and it weighs on trust as much as a month of the satisfaction it leaves, before the
    // customer decides what to do about it: in a period of a month or more, at the period's
    // rates; in a shorter one, at a month's (kernel: trustAfterFailure)
    failureTrustGain: len < 1 ? file.behaviour.trustGain : b.trustGain,
    failureTrustLoss: len < 1 ? file.behaviour.trustLoss : b.trustLoss,
    ...numbersOf(s.wordOfMouth, 'wordOfMouth'),
    /** wordOfMouth.terroristMonths in periods (the kernel counts a grudge down by the period). */
    terroristPeriods: s.wordOfMouth.terroristMonths,
    fitScale: b.matchSpread / FIT_STEPS,
    walletAdaptation: toPeriod(WALLET_ADAPTATION, 'chance', len),
    // stakeTable[n]: 1 + min(n, H) / H for a customer of tenure n periods, H = POINTS_HORIZON in
    // periods: what a programme's reward is multiplied by when it leaves, saved-up points included
    stakeTable: Float64Array.from({ length: STAKE_TABLE }, (_, n) => 1 + Math.min(n, pointsHorizon) / pointsHorizon),
    // TARP repurchase: minor silent, unresolved, resolved, quick, then the same for major
    repurchase: Float64Array.of(
      r.minor.silent,
      r.minor.unresolved,
      r.minor.resolved,
      r.minor.quick,
      r.major.silent,
      r.major.unresolved,
      r.major.resolved,
      r.major.quick,
    ),
    numberTieCost: s.population.numberTie.cost,
    programmeCostPerMember: perFirm((f) => f.programmeCostPerMember),
    recoveryCost: perFirm((f) => f.recoveryCost),
    personalisationCost: perFirm((f) => f.personalisationCost),
    acquisitionCost: perFirm((f) => f.acquisitionCost),
    onboardingCost: perFirm((f) => f.onboardingCost),
  };
}
