// The live view's charts, one row each: id (the card's `data-chart`, what lessons spotlight
// and the browser tests find), title (message key), glossary term (the "?" by the title),
// the component that draws it and the function that shapes its data. LiveCharts.svelte draws
// this table in order; lessons, the glossary test and the end-to-end tests read its ids.
// Shaping is plain functions of src/ui/series/ (unit-tested); nothing here touches the DOM.
import type { CustomerSample, PeriodSummary } from '../../model/index.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { GlossaryKey } from '../../i18n/glossary.ts';
import type { MessageKey } from '../../i18n/en.ts';
import type { Vars } from '../../i18n/translate.ts';
import type { TraceMeasure } from '../compare/traces.ts';
import { firmLines, measureLines } from '../series/time.ts';
import { loyaltyMix } from '../series/mix.ts';
import { npsLines } from '../series/nps.ts';
import { satisfactionBins } from '../series/satisfaction.ts';
import { cohortLines, resolvedObservations, satisfactionRetention } from '../series/cohorts.ts';
import { periodsPerYear } from '../../model/index.ts';
import { flowMatrix } from '../series/flows.ts';
import { scatterDots } from '../series/scatter.ts';
import { OKABE_ITO } from '../series/palette.ts';
import { formatPercent } from '../series/format.ts';

/** What a chart is shaped from; LiveCharts passes getters, so each chart redraws only when
 *  what it reads changes. */
export interface ChartContext {
  readonly summaries: readonly PeriodSummary[];
  readonly scenario: Scenario;
  readonly sample: CustomerSample | null;
  /** Whether customer samples are streamed (small populations only). */
  readonly samples: boolean;
  /** The firm the per-firm charts show, and the value segment (0 = all). */
  readonly focus: number;
  readonly segment: number;
  readonly names: readonly string[];
  readonly t: (key: MessageKey, vars?: Vars) => string;
}

interface LineProps {
  lines: ReturnType<typeof firmLines>;
  yLabel: string;
  /** An x axis other than the run's periods (ages of cohorts): its label and largest value;
   *  lever changes and events are not marked on it. */
  x?: { label: string; max: number };
  include?: number[];
  yFormat?: (v: number) => string;
}

interface Row<C extends string, P, I extends string = string> {
  readonly id: I;
  /** Message key of the title; `{firm}` is filled with the focus firm's name. */
  readonly title: MessageKey;
  readonly term: GlossaryKey;
  readonly component: C;
  readonly shape: (c: ChartContext) => P;
  /** A line under the title. */
  readonly note?: (c: ChartContext) => string;
}

export type ChartSpec =
  | Row<'line', LineProps>
  | Row<'stacked', { layers: ReturnType<typeof loyaltyMix>; yLabel: string }>
  | Row<'scatter', { dots: ReturnType<typeof scatterDots> }>
  | Row<'bins', { bins: ReturnType<typeof satisfactionBins>; yLabel?: string }>
  | Row<'flows', ReturnType<typeof flowMatrix>>;

const pct = (v: number) => formatPercent(v).replace('.0%', '%');

const line = <const I extends string>(id: I, title: MessageKey, term: GlossaryKey, shape: (c: ChartContext) => LineProps): Row<'line', LineProps, I> => ({
  id,
  title,
  term,
  component: 'line',
  shape,
});

const TABLE = [
  line('retention', 'chart.retention', 'retention', (c) => ({
    lines: firmLines(c.summaries, c.names, 'retention', c.segment, { scale: 100 }),
    yLabel: c.t('axis.percent'),
    yFormat: pct,
  })),
  line('churn', 'chart.churn', 'churn', (c) => ({
    lines: measureLines(c.summaries, c.focus, c.segment, [
      { measure: 'churned', label: c.t('m.churned'), color: OKABE_ITO.vermillion },
      { measure: 'acquired', label: c.t('m.acquired'), color: OKABE_ITO.green },
      { measure: 'switchedIn', label: c.t('m.switchedIn'), color: OKABE_ITO.blue, dash: '4 3' },
      { measure: 'entered', label: c.t('m.entered'), color: OKABE_ITO.orange, dash: '4 3' },
    ]),
    yLabel: c.t('axis.customers'),
    include: [0],
  })),
  {
    id: 'mix',
    title: 'chart.mix',
    term: 'loyaltyTypes',
    component: 'stacked',
    shape: (c) => ({
      layers: loyaltyMix(c.summaries, c.focus, c.segment, { kinship: c.scenario.population.kinshipShare > 0, label: (k) => c.t(`loyalty.${k}`) }),
      yLabel: c.t('axis.customers'),
    }),
  },
  {
    id: 'map',
    title: 'chart.map',
    term: 'jonesSasser',
    component: 'scatter',
    shape: (c) => ({ dots: scatterDots(c.sample, c.focus) }),
    note: (c) => (c.samples ? c.t('chart.mapNote', { n: scatterDots(c.sample, c.focus).length }) : c.t('chart.mapOff')),
  },
  line('nps', 'chart.nps', 'nps', (c) => ({
    lines: npsLines(c.summaries, c.focus, c.segment, (k) => c.t(`nps.${k}`)),
    yLabel: c.t('axis.npsPoints'),
    include: [0],
  })),
  line('trust', 'chart.trust', 'trustStages', (c) => ({
    lines: measureLines(c.summaries, c.focus, c.segment, [
      { measure: 'trustCognitive', label: c.t('m.trustCognitive'), color: OKABE_ITO.sky, dash: '2 3' },
      { measure: 'trustAffective', label: c.t('m.trustAffective'), color: OKABE_ITO.orange, dash: '6 3' },
      { measure: 'trustBehavioural', label: c.t('m.trustBehavioural'), color: OKABE_ITO.green },
    ]),
    yLabel: c.t('axis.customers'),
    include: [0],
  })),
  {
    id: 'satisfaction',
    title: 'chart.satisfaction',
    term: 'zones',
    component: 'bins',
    shape: (c) => ({ bins: satisfactionBins(c.summaries.at(-1), c.focus, c.segment) }),
    note: (c) => (c.summaries.length ? c.t('chart.atPeriod', { t: c.summaries.length }) : ''), // the last period run, counted from 1
  },
  line('cohorts', 'chart.cohorts', 'cohortSurvival', (c) => ({
    lines: cohortLines(c.summaries, c.focus, periodsPerYear(c.scenario), {
      start: c.t('cohort.start'),
      years: (from, to) => (from === to ? c.t('cohort.year', { n: from }) : c.t('cohort.years', { from, to })),
    }),
    yLabel: c.t('axis.stillCustomers'),
    yFormat: pct,
    include: [0, 100],
    x: { label: c.t('axis.age'), max: c.scenario.horizon },
  })),
  {
    id: 'satisfactionRetention',
    title: 'chart.satisfactionRetention',
    term: 'satisfactionRetention',
    component: 'bins',
    shape: (c) => ({ bins: satisfactionRetention(c.summaries, c.focus), yLabel: c.t('axis.keptAYear') }),
    note: (c) => {
      const n = resolvedObservations(c.summaries);
      return n ? c.t('chart.satisfactionRetentionNote', { n }) : c.t('chart.needsAYear');
    },
  },
  line('share', 'chart.share', 'marketShare', (c) => ({
    lines: firmLines(c.summaries, c.names, 'marketShare', c.segment, { scale: 100 }),
    yLabel: c.t('axis.percent'),
    yFormat: pct,
    include: [0],
  })),
  {
    id: 'flows',
    title: 'chart.flows',
    term: 'switchingFlows',
    component: 'flows',
    shape: (c) => flowMatrix(c.summaries),
    note: (c) => c.t('chart.flowsNote', { n: c.summaries.length }),
  },
  line('money', 'chart.money', 'profit', (c) => ({
    lines: measureLines(c.summaries, c.focus, c.segment, [
      { measure: 'revenue', label: c.t('m.revenue'), color: OKABE_ITO.blue },
      { measure: 'strategyCost', label: c.t('m.strategyCost'), color: OKABE_ITO.orange },
      { measure: 'profit', label: c.t('m.profit'), color: OKABE_ITO.green },
    ]),
    yLabel: c.t('axis.moneyPerPeriod'),
    include: [0],
  })),
  line('cumprofit', 'chart.cumProfit', 'profit', (c) => ({
    lines: firmLines(c.summaries, c.names, 'profit', c.segment, { cumulative: true }),
    yLabel: c.t('axis.money'),
    include: [0],
  })),
  line('clv', 'chart.clv', 'clv', (c) => ({
    lines: firmLines(c.summaries, c.names, 'clv', c.segment),
    yLabel: c.t('axis.moneyPerCustomer'),
    include: [0],
  })),
] as const satisfies readonly ChartSpec[];

export type ChartId = (typeof TABLE)[number]['id'];

/** The live view's charts, in the order they are drawn. */
export const CHARTS: readonly ChartSpec[] = TABLE;

/** Their ids: the cards' `data-chart`, what a lesson card may spotlight. */
export const CHART_IDS: readonly ChartId[] = TABLE.map((c) => c.id);

/** The comparison view's charts: one measure of the focus firm, mean and band per variant. */
export interface CompareChart {
  readonly id: string;
  readonly title: 'cmp.retention' | 'm.nps' | 'm.share_value' | 'chart.cumProfit' | 'chart.clv' | 'chart.share';
  readonly term: GlossaryKey;
  /** one of the measures a comparison keeps per run (compare/traces.ts) */
  readonly measure: TraceMeasure;
  readonly y: 'axis.percent' | 'axis.npsPoints' | 'axis.money' | 'axis.moneyPerCustomer';
  readonly scale?: number;
  readonly cumulative?: boolean;
  /** The y axis starts from the data, not from 0: differences of a few tenths of a percent
   *  (97.0 vs 97.5% retention) must show. */
  readonly fromData?: boolean;
}

export const COMPARE_CHARTS: readonly CompareChart[] = [
  { id: 'cmp-retention', title: 'cmp.retention', term: 'retention', measure: 'retention', y: 'axis.percent', scale: 100, fromData: true },
  { id: 'cmp-nps', title: 'm.nps', term: 'nps', measure: 'nps', y: 'axis.npsPoints' },
  { id: 'cmp-value', title: 'm.share_value', term: 'valueLoyalty', measure: 'share_value', y: 'axis.percent', scale: 100, fromData: true },
  { id: 'cmp-profit', title: 'chart.cumProfit', term: 'profit', measure: 'profit', y: 'axis.money', cumulative: true },
  { id: 'cmp-clv', title: 'chart.clv', term: 'clv', measure: 'clv', y: 'axis.moneyPerCustomer' },
  { id: 'cmp-share', title: 'chart.share', term: 'marketShare', measure: 'marketShare', y: 'axis.percent', scale: 100 },
];

/** The calibration view's charts (src/ui/calibrate/): observed against simulated, one card per
 *  observed series (its id is `cal-fit-<kind>-<firm>`), and the residuals of every observation;
 *  shaped by src/ui/series/calibration.ts. */
export interface CalibrateChart {
  readonly id: 'cal-fit' | 'cal-residuals';
  readonly title: 'chart.calFit' | 'chart.calResiduals';
  readonly note: 'chart.calFitNote' | 'chart.calResidualsNote';
  readonly term: GlossaryKey;
  /** One card per observed series. */
  readonly perSeries: boolean;
}

export const CALIBRATE_CHARTS: readonly CalibrateChart[] = [
  { id: 'cal-fit', title: 'chart.calFit', note: 'chart.calFitNote', term: 'calibration', perSeries: true },
  { id: 'cal-residuals', title: 'chart.calResiduals', note: 'chart.calResidualsNote', term: 'calibration', perSeries: false },
];

/** The customer inspector's card (src/ui/Inspector.svelte). */
export const INSPECTOR_CHART = { id: 'inspector', title: 'inspector.title', term: 'jonesSasser' } as const satisfies {
  id: string;
  title: MessageKey;
  term: GlossaryKey;
};

/** The Experiments view's result charts (src/ui/experiments/), shaped by experiments/shapes.ts. */
export const EXPERIMENT_CHARTS = [
  { id: 'exp-curve', title: 'exp.chart.curve', term: 'breakEven' },
  { id: 'exp-heatmap', title: 'exp.chart.heatmap', term: 'responseSurface' },
  { id: 'exp-tornado', title: 'exp.chart.tornado', term: 'sensitivity' },
  { id: 'exp-search', title: 'exp.chart.search', term: 'policyOptimisation' },
] as const satisfies readonly { id: string; title: MessageKey; term: GlossaryKey }[];

export type ExperimentChartId = (typeof EXPERIMENT_CHARTS)[number]['id'];

/** The glossary entry the "?" by a chart's title opens. */
export function chartTerm(id: string): GlossaryKey | undefined {
  const cal = CALIBRATE_CHARTS.find((c) => id === c.id || (c.perSeries && id.startsWith(`${c.id}-`)));
  return cal?.term ?? [...CHARTS, ...COMPARE_CHARTS, INSPECTOR_CHART, ...EXPERIMENT_CHARTS].find((c) => c.id === id || id.startsWith(`${c.id}-`))?.term;
}
