// An experiment's outputs: one number per run for each requested measure, firm, segment,
// window and statistic, accumulated period by period so a run never keeps its periods.
import { SEGMENTS, valueOf, type Measure, type PeriodSummary } from '../model/index.ts';
import type { Output } from './schema.ts';
import { pow } from '../model/portableMath.ts';

export interface ResolvedOutput {
  name: string;
  measure: Measure;
  firm: number;
  segment: number;
  from: number;
  to: number;
  statistic: Output['statistic'];
  discounted: boolean;
}

/** `total_profit_firm0_disc` etc.: a readable column name when the file gives none. */
export function outputName(o: Output, horizon: number): string {
  const parts = [o.statistic, o.measure, `firm${o.firm}`];
  if (o.segment !== 'all') parts.push(o.segment);
  if (o.window && (o.window.from !== 0 || o.window.to !== horizon - 1)) parts.push(`p${o.window.from}to${o.window.to}`);
  if (o.discounted) parts.push('disc');
  return parts.join('_');
}

export function resolveOutput(o: Output, horizon: number): ResolvedOutput {
  return {
    name: o.name ?? outputName(o, horizon),
    measure: o.measure,
    firm: o.firm,
    segment: SEGMENTS.indexOf(o.segment),
    from: o.window?.from ?? 0,
    to: o.window?.to ?? horizon - 1,
    statistic: o.statistic,
    discounted: o.discounted,
  };
}

export interface OutputTally {
  add(summary: PeriodSummary): void;
  /** One value per output; NaN where the measure was never defined in the window (e.g. the
   *  retention of a firm without customers). */
  values(): Float64Array;
}

/** `periodDiscount`: the scenario's discount rate per period (model: (1 + annual)^(1/periods a year) − 1). */
export function createOutputTally(outputs: readonly ResolvedOutput[], periodDiscount: number): OutputTally {
  const sum = new Float64Array(outputs.length);
  const count = new Float64Array(outputs.length);
  const final = new Float64Array(outputs.length).fill(NaN);
  return {
    add(summary) {
      const t = summary.period;
      // cash at the end of period t, brought back to the start of the run
      const discount = pow(1 + periodDiscount, -(t + 1));
      for (let i = 0; i < outputs.length; i++) {
        const o = outputs[i];
        if (t < o.from || t > o.to) continue;
        let x = valueOf(summary, o.firm, o.measure, o.segment);
        if (o.discounted) x *= discount;
        if (t === o.to) final[i] = x;
        if (Number.isFinite(x)) {
          sum[i] += x;
          count[i]++;
        }
      }
    },
    values() {
      return Float64Array.from(outputs, (o, i) => {
        if (o.statistic === 'final') return final[i];
        if (count[i] === 0) return NaN;
        return o.statistic === 'total' ? sum[i] : sum[i] / count[i];
      });
    },
  };
}
