// The experiment's closing table on stdout: per design point, each output's mean with the 90%
// confidence interval of the mean; for a sweep, the difference from the first level (paired,
// on common random numbers) and where it crosses zero; for Morris, the elementary effects; for
// a Latin hypercube or Sobol sample, first-order effects.
import { crossings, firstOrderEffects, morrisEffects, summarisePoints, type Interval } from '../experiment/analysis.ts';
import type { Plan } from '../experiment/plan.ts';

/** Points listed before the rest are only counted (they are all in the CSV). */
const MAX_POINTS_SHOWN = 40;

const num = (x: number) =>
  !Number.isFinite(x) ? '–' : Math.abs(x) >= 1e4 || (x !== 0 && Math.abs(x) < 1e-3) ? x.toPrecision(4) : String(Number(x.toPrecision(4)));
const cell = (i: Interval) => (i.n === 0 ? '–' : i.n > 1 ? `${num(i.mean)} (${num(i.ciLo)} – ${num(i.ciHi)})` : num(i.mean));

/** A title from a stranger's file, without control characters (escape sequences) for the terminal. */
// eslint-disable-next-line no-control-regex
const printable = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');

function table(header: string[], rows: string[][]): string {
  const widths = header.map((_, j) => Math.max(...[header, ...rows].map((r) => [...r[j]].length)));
  const line = (r: string[]) =>
    r
      .map((x, j) => (j < 1 ? x.padEnd(widths[j]) : x.padStart(widths[j])))
      .join('   ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

export function formatExperiment(plan: Plan, results: Float64Array): string {
  const points = summarisePoints(plan, results);
  const e = plan.experiment;
  const out: string[] = [
    `${printable(e.title) || 'Experiment'}: ${plan.points.length} design points (${e.design.type}) × ${plan.replicates} replicates on the same seeds. ` +
      `Per output: mean (90% confidence interval of the mean).`,
    '',
  ];
  const shown = points.slice(0, MAX_POINTS_SHOWN);
  const header = ['point', ...plan.factors.map((f) => f.path), ...plan.outputs.map((o) => o.name)];
  const rows = shown.map((p) => [String(p.point), ...p.factors.map(num), ...p.outputs.map(cell)]);
  out.push(table(header, rows));
  if (points.length > shown.length) out.push(`… ${points.length - shown.length} more points in the CSV`);
  if (e.design.type === 'sweep' && points.length > 1) {
    const x = plan.factors[0].path;
    out.push('', `Difference from ${x} = ${num(points[0].factors[0])}, replicate by replicate (90% confidence interval):`, '');
    out.push(
      table(
        [x, ...plan.outputs.map((o) => o.name)],
        shown.map((p) => [num(p.factors[0]), ...p.vsFirst.map(cell)]),
      ),
    );
    const xs = points.map((p) => p.factors[0]);
    const sorted = xs.every((v, i) => i === 0 || v > xs[i - 1]);
    if (sorted)
      plan.outputs.forEach((o, j) => {
        const at = crossings(
          xs.slice(1),
          points.slice(1).map((p) => p.vsFirst[j].mean),
          0,
        );
        const sign = points.slice(1).map((p) => Math.sign(p.vsFirst[j].mean));
        out.push(
          at.length
            ? `${o.name}: the difference crosses zero at ${x} ≈ ${at.map(num).join(', ')}`
            : `${o.name}: ${sign.every((s) => s < 0) ? 'below' : sign.every((s) => s > 0) ? 'above' : 'level with'} the first level at every other level`,
        );
      });
  }
  if (e.design.type === 'morris') {
    out.push('', "Elementary effects per unit of each factor's range (μ*: how much it matters; σ: interactions, non-linearity):", '');
    const ee = morrisEffects(plan, points);
    out.push(
      table(
        ['output', 'factor', 'μ*', 'μ', 'σ'],
        ee.map((x) => [x.output, x.factor, num(x.muStar), num(x.mu), num(x.sigma)]),
      ),
    );
  }
  if (e.design.type === 'lhs' || e.design.type === 'sobol') {
    out.push(
      '',
      "First-order effects: the share of each output's variance across points that each factor explains alone (screening; rough below a few hundred points):",
      '',
    );
    const s1 = firstOrderEffects(plan, points);
    out.push(
      table(
        ['output', 'factor', 'S1'],
        s1.map((x) => [x.output, x.factor, Number.isFinite(x.s1) ? x.s1.toFixed(2) : '–']),
      ),
    );
  }
  return out.join('\n') + '\n';
}
