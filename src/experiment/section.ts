// The experiment as a section of a scenario file: the scenario around it is the base. The
// section is validated with the scenario (scenario/schema.ts), so a file, a share link or an
// autosave that carries it brings it back as it was; here it is made into a plan like an
// experiment file's, the section itself left out of the base (a run never sees it, and the
// experiment's fingerprint is the same as for a file of its own with that base).
import { planExperiment, type PlanResult } from './plan.ts';
import { EXPERIMENT_SCHEMA_VERSION, type Experiment, type ExperimentSection } from './schema.ts';
import type { Scenario } from '../scenario/schema.ts';

/** The scenario without its experiment section: the base the experiment runs on. */
export function withoutExperiment(s: Scenario): Scenario {
  if (s.experiment === undefined) return s;
  const { experiment: _section, ...base } = s;
  return base as Scenario;
}

/** The scenario carrying `section` (or none). */
export function withExperiment(s: Scenario, section: ExperimentSection | undefined): Scenario {
  const base = withoutExperiment(s);
  return section === undefined ? base : { ...base, experiment: section };
}

/** The experiment of a scenario's section, with the scenario as its embedded base: what an
 *  experiment file of its own would say. */
export function experimentOf(s: Scenario): Experiment | null {
  if (!s.experiment) return null;
  // the saved results are not part of the experiment (nor of its fingerprint)
  const { results: _saved, ...section } = s.experiment;
  return { ...section, schemaVersion: EXPERIMENT_SCHEMA_VERSION, base: withoutExperiment(s) as unknown as Record<string, unknown> };
}

/** The plan of a scenario's experiment section; errors name the field as in the scenario file
 *  (`experiment.factors[0].path: …`). */
export function planSection(s: Scenario): PlanResult {
  const e = experimentOf(s);
  if (!e) return { ok: false, errors: ['experiment: the scenario has no experiment section'] };
  const r = planExperiment(e, withoutExperiment(s));
  return r.ok ? r : { ok: false, errors: r.errors.map((x) => (x.startsWith('base') ? x.replace(/^base[.: ]\s?/, '') : `experiment.${x}`)) };
}
