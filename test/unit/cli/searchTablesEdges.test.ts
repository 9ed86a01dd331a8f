// The closing tables of `npm run optimise` and `npm run calibrate`, on hand-made reports: every
// line, each branch (maximise or minimise, constraints with one bound or two, no feasible
// candidate, runner-ups better, worse or the same; a held-out loss or none, flags or none, rows
// past the limit, warnings or none), pinned as the user reads them.
import { describe, expect, it } from 'vitest';
import type { Interval } from '../../../src/experiment/analysis.ts';
import type { FitReport } from '../../../src/experiment/calibrate/report.ts';
import type { FreshResult, OptimiseContext, OptimiseReport } from '../../../src/experiment/optimise.ts';
import { formatFit } from '../../../src/cli/calibrateTable.ts';
import { formatOptimise } from '../../../src/cli/optimiseTable.ts';

const interval = (mean: number, ciLo: number, ciHi: number): Interval => ({ mean, ciLo, ciHi, lo: NaN, hi: NaN, n: 5 });

function optimiseContext(direction: 'maximise' | 'minimise'): OptimiseContext {
  return {
    plan: { factors: [{ path: 'firms[0].price' }, { path: 'behaviour.offerRate' }] },
    spec: { direction, objective: 'profit', restarts: 3 },
  } as unknown as OptimiseContext;
}

const candidate = (values: number[], mean: number, vsBest: Interval, indistinguishable: boolean): FreshResult =>
  ({ values, objective: interval(mean, NaN, NaN), constraints: [], vsBest, indistinguishable }) as unknown as FreshResult;

function optimiseReport(over: Partial<OptimiseReport> = {}): OptimiseReport {
  return {
    evaluations: 42,
    runs: 84,
    searchReplicates: [0, 1, 2, 3],
    freshReplicates: [4, 5, 6, 7, 8],
    best: {
      values: [1.25, 0.05],
      objective: interval(1234.4, 1200, 1269.04),
      constraints: [
        { name: 'retention', mean: interval(0.8, 0.75, 0.85), min: 0.7, max: null, shareMet: 0.8 },
        { name: 'share', mean: interval(0.3, 0.2, 0.4), min: 0.1, max: 0.5, shareMet: 0.666 },
        { name: 'churn', mean: interval(1.5, 1, 2), min: null, max: 2, shareMet: 0.125 },
      ],
    } as unknown as FreshResult,
    runnerUps: [],
    feasibleFound: true,
    ...over,
  };
}

const head = (verb: string) => [
  `${verb} profit over firms[0].price, behaviour.offerRate: 42 evaluations in 3 restarts, 84 runs.`,
  '',
  'Best: firms[0].price = 1.25, behaviour.offerRate = 0.05',
  '  profit on 5 fresh replicates (4 … 8; the search used 0 … 3): 1234 (1200 – 1269) (mean, 90% confidence interval)',
  '  constraint retention ≥ 0.7: 0.8 (0.75 – 0.85); met on 80% of the fresh replicates',
  '  constraint share ≥ 0.1 and ≤ 0.5: 0.3 (0.2 – 0.4); met on 67% of the fresh replicates',
  '  constraint churn ≤ 2: 1.5 (1 – 2); met on 13% of the fresh replicates',
];
const runnerUpsHead = [
  '',
  'Runner-ups, each minus the best on the same fresh replicates (90% interval); "same" = cannot be told from the best:',
  '',
  'firms[0].price   behaviour.offerRate   profit             minus best           verdict',
];
const text = (lines: string[]) => lines.join('\n') + '\n';

describe('formatOptimise', () => {
  const runnerUps = () => [
    candidate([1.5, 0.1], 1230, interval(-4.4, -9, 0.2), true),
    candidate([2, 0.2], 1100, interval(-134.4, -150, -120), false),
    candidate([0.5, 0.00005], 1300, interval(65.6, 10, 120), false),
  ];
  it('the best on fresh replicates, each constraint with its bounds and the share that met it; no runner-up, no table', () => {
    expect(formatOptimise(optimiseContext('maximise'), optimiseReport())).toBe(text(head('Maximised')));
  });
  it('maximising: a runner-up above the best is better on fresh, below it worse, and one whose interval holds 0 the same', () => {
    expect(formatOptimise(optimiseContext('maximise'), optimiseReport({ runnerUps: runnerUps() }))).toBe(
      text([
        ...head('Maximised'),
        ...runnerUpsHead,
        '1.5                              0.1     1230        -4.4 (-9 – 0.2)              same',
        '2                                0.2     1100   -134.4 (-150 – -120)             worse',
        '0.5                       0.00005000     1300        65.6 (10 – 120)   better on fresh',
      ]),
    );
  });
  it('minimising: below the best is better; a search with no feasible candidate says so', () => {
    expect(formatOptimise(optimiseContext('minimise'), optimiseReport({ runnerUps: runnerUps(), feasibleFound: false }))).toBe(
      text([
        ...head('Minimised'),
        "  No candidate met every constraint on the search's replicates: this is the least infeasible one, not a feasible policy.",
        ...runnerUpsHead,
        '1.5                              0.1     1230        -4.4 (-9 – 0.2)              same',
        '2                                0.2     1100   -134.4 (-150 – -120)   better on fresh',
        '0.5                       0.00005000     1300        65.6 (10 – 120)             worse',
      ]),
    );
  });
});

const targetRow = (i: number) => ({
  kind: 'retention',
  firm: 1,
  period: i,
  set: i < 2 ? ('fit' as const) : ('holdout' as const),
  observed: 0.9,
  simulated: 0.875,
  lo: 0.8,
  hi: 0.95,
  residual: 0.025,
  scaled: 0.5,
});

function fitReport(over: Partial<FitReport> = {}): FitReport {
  return {
    replicates: 8,
    restarts: [
      { start: [0.1, 2], values: [0.12, 2.5], loss: 0.75, evaluations: 40 },
      { start: [0.3, 1], values: [0.11, 2.4], loss: 0.8, evaluations: 40 },
    ],
    bootstrap: [{ start: [], values: [], loss: 0, evaluations: 0 }],
    loss: { fit: 0.75, holdout: 1.25, noise: 0.05, flatThreshold: 0.1, dataNoise: 0.2 },
    parameters: [
      { path: 'behaviour.offerRate', from: 0.01, to: 0.3, start: 0.1, value: 0.12, sd: 0.02, interval: [0.08, 0.16], flags: [] },
      { path: 'firms[0].price', from: 0.5, to: 3, start: 2, value: 2.5, sd: 0.5, interval: [1.5, 3], flags: ['flat', 'at-bound'] },
    ] as unknown as FitReport['parameters'],
    series: [{ kind: 'retention', firm: 1, fitPoints: 2, holdoutPoints: 1, rmseFit: 0.025, rmseHoldout: NaN }],
    rows: [0, 1, 2].map(targetRow),
    warnings: ['firms[0].price is flat: the data do not identify it', 'firms[0].price is at its bound'],
    ...over,
  };
}

const fitHead = (holdout: string) => [
  `Fitted 2 parameters to 3 observations (1 held out), 8 replicates per candidate, 2 restarts, 1 bootstrap refits.`,
  '',
  'parameter             start   fitted     sd   ~95% interval       bounds           flags',
  'behaviour.offerRate     0.1     0.12   0.02     0.08 – 0.16   0.01 – 0.3              ok',
  'firms[0].price            2      2.5    0.5         1.5 – 3      0.5 – 3   flat at-bound',
  '',
  `Loss (weighted RMSE in scale units): 0.75 in the fit${holdout}; its noise across replicate resamples 0.05; a parameter is flat below a rise of 0.1.`,
  "Noise in the data beyond the model's own: 0.2 scales (added to the data of each bootstrap refit; the sd is the refits' spread about the fit combined with that of equally good restarts).",
  'Restarts (start → fitted, loss): [0.12, 2.5] 0.75; [0.11, 2.4] 0.8',
  '',
  'series      firm   fit points   RMSE fit   held out   RMSE held out',
  'retention      1            2      0.025          1               –',
  '',
  'Observed against simulated (mean and the range of 90% of replicates), residual = observed − simulated:',
  '',
  'kind        firm   period       set   observed   simulated   90% of runs   residual   in scales',
];
const rowLine = (period: number, set: string) =>
  `retention      1   ${String(period).padStart(6)}   ${set.padStart(7)}        0.9       0.875    0.8 – 0.95      0.025         0.5`;

describe('formatFit', () => {
  it('every part of the report, a held-out loss, flags, and the warnings', () => {
    expect(formatFit(fitReport())).toBe(
      text([
        ...fitHead(', 1.25 on the held-out points'),
        rowLine(0, 'fit'),
        rowLine(1, 'fit'),
        rowLine(2, 'holdout'),
        '',
        'What the fit cannot tell:',
        '  - firms[0].price is flat: the data do not identify it',
        '  - firms[0].price is at its bound',
      ]),
    );
  });
  it('no held-out loss when there is none; no warning, the plain all-clear', () => {
    const r = fitReport({ loss: { ...fitReport().loss, holdout: NaN }, warnings: [] });
    expect(formatFit(r)).toBe(
      text([
        ...fitHead(''),
        rowLine(0, 'fit'),
        rowLine(1, 'fit'),
        rowLine(2, 'holdout'),
        '',
        'No parameter is flagged: each changes the fit by more than its noise, away from its bounds.',
      ]),
    );
  });
  it('prints 40 target rows, and counts the rest', () => {
    const lines = (n: number) => formatFit(fitReport({ rows: Array.from({ length: n }, (_, i) => targetRow(i)), warnings: [] })).split('\n');
    const forty = lines(40);
    expect(forty.filter((l) => l.startsWith('retention      1   '))).toHaveLength(41); // 40 rows and the series' row
    expect(forty.some((l) => l.includes('more rows'))).toBe(false);
    const more = lines(42);
    expect(more.filter((l) => l.startsWith('retention      1   '))).toHaveLength(41);
    expect(more).toContain('… 2 more rows in the residuals CSV');
    expect(more[0]).toBe('Fitted 2 parameters to 42 observations (40 held out), 8 replicates per candidate, 2 restarts, 1 bootstrap refits.');
  });
});
