// A finished calibration kept with its scenario: the scenario with the identified fitted values
// written in (calibratedScenario, as the command line writes it) and the `calibration` section
// (src/scenario/calibrationSection.ts) holding the targets, the settings and the fit report, so
// the scenario opened later, from a file or a share link, shows how it was made and how well
// it fits. Read back by `savedFit`, which gives what the app's charts and findings read.
import { parseScenarioValue, type ParseResult } from '../../scenario/parse.ts';
import { CALIBRATION_VERSION, MAX_SAVED_TARGETS, type CalibrationSection } from '../../scenario/calibrationSection.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { FindingsInput } from './findings.ts';
import type { FitReport, TargetRow } from './report.ts';
import { calibratedScenario } from './scenarioOut.ts';
import type { CalibrationContext } from './simulate.ts';

const orNull = (x: number): number | null => (Number.isFinite(x) ? x : null);
const orNaN = (x: number | null): number => x ?? NaN;

export function calibrationSection(ctx: CalibrationContext, report: FitReport, holdout: number): CalibrationSection {
  return {
    version: CALIBRATION_VERSION,
    targets: ctx.targets.map((t) => ({ kind: t.kind, firm: t.firm, period: t.period, value: t.value, weight: t.weight, scale: t.scale })),
    holdout,
    settings: { replicates: ctx.replicates, restarts: ctx.restarts, evaluations: ctx.evaluations, bootstrap: ctx.bootstrap, seed: ctx.plan.base.seed },
    parameters: report.parameters.map((p) => ({
      path: p.path,
      from: p.from,
      to: p.to,
      start: p.start,
      value: p.value,
      sd: p.sd,
      interval: [p.interval[0], p.interval[1]],
      profileRise: orNull(p.profileRise),
      flags: [...p.flags],
      written: !p.flags.includes('flat'),
    })),
    loss: {
      fit: orNull(report.loss.fit),
      holdout: orNull(report.loss.holdout),
      noise: orNull(report.loss.noise),
      flatThreshold: orNull(report.loss.flatThreshold),
    },
    series: report.series.map((s) => ({
      ...s,
      kind: s.kind as CalibrationSection['series'][number]['kind'],
      rmseFit: orNull(s.rmseFit),
      rmseHoldout: orNull(s.rmseHoldout),
    })),
    rows: report.rows.map((r) => ({ set: r.set, simulated: orNull(r.simulated), lo: orNull(r.lo), hi: orNull(r.hi) })),
  };
}

/** The scenario the analyst started from with the identified fitted values written in (a
 *  parameter the data do not identify keeps its value: its fit is one of many) and the
 *  calibration section; validated as any scenario. */
export function calibratedWithSection(base: Scenario, ctx: CalibrationContext, report: FitReport, holdout: number): ParseResult {
  if (ctx.targets.length > MAX_SAVED_TARGETS)
    return { ok: false, errors: [`calibration.targets: ${ctx.targets.length} targets, more than the ${MAX_SAVED_TARGETS} a scenario keeps`] };
  const raw = structuredClone(base) as Record<string, unknown>;
  delete raw.calibration;
  const written = ctx.plan.factors.flatMap((f, j) =>
    report.parameters[j].flags.includes('flat') ? [] : [{ keys: f.keys, value: report.parameters[j].value }],
  );
  const out = calibratedScenario(raw, base, written);
  if (!out.ok) return out;
  return parseScenarioValue({ ...out.value, calibration: calibrationSection(ctx, report, holdout) });
}

export interface SavedFit extends FindingsInput {
  /** The report's rows, as saved. */
  rows: TargetRow[];
  parameters: (CalibrationSection['parameters'][number] & { profileRise: number })[];
  loss: { fit: number; holdout: number; noise: number; flatThreshold: number };
  series: { kind: string; firm: number; fitPoints: number; holdoutPoints: number; rmseFit: number; rmseHoldout: number }[];
}

/** A saved calibration as numbers (null read as NaN), rows joined to their targets. */
export function savedFit(c: CalibrationSection): SavedFit {
  return {
    parameters: c.parameters.map((p) => ({ ...p, profileRise: orNaN(p.profileRise) })),
    loss: { fit: orNaN(c.loss.fit), holdout: orNaN(c.loss.holdout), noise: orNaN(c.loss.noise), flatThreshold: orNaN(c.loss.flatThreshold) },
    series: c.series.map((s) => ({ ...s, rmseFit: orNaN(s.rmseFit), rmseHoldout: orNaN(s.rmseHoldout) })),
    rows: c.targets.map((t, i) => {
      const r = c.rows[i];
      const simulated = orNaN(r.simulated);
      return {
        kind: t.kind,
        firm: t.firm,
        period: t.period,
        set: r.set,
        observed: t.value,
        simulated,
        lo: orNaN(r.lo),
        hi: orNaN(r.hi),
        residual: t.value - simulated,
        scaled: (t.value - simulated) / t.scale,
      };
    }),
  };
}
