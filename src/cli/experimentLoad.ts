// Reads an experiment file and its base scenario (embedded, or a file named relative to the
// experiment file), or a scenario file with an experiment section, and makes the plan; every
// error names the field or file it is about.
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseExperimentText, MAX_EXPERIMENT_BYTES } from '../experiment/parse.ts';
import { planExperiment, type PlanResult } from '../experiment/plan.ts';
import { planSection } from '../experiment/section.ts';
import { parseScenarioText, parseScenarioValue } from '../scenario/parse.ts';
import { readScenarioFile } from './load.ts';

function readText(path: string): string | { error: string } {
  try {
    const st = statSync(path);
    if (!st.isFile()) return { error: '(file): is not a file' };
    // checked before reading, so a huge file is never loaded
    if (st.size > MAX_EXPERIMENT_BYTES) return { error: `(file): larger than the ${MAX_EXPERIMENT_BYTES / 1e6} MB limit for an experiment` };
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? '(file): no such file' : `(file): cannot be read (${code ?? 'error'})` };
  }
}

/** basePath: the base scenario's file, when the experiment names one. */
export function loadExperiment(path: string): PlanResult & { notices?: string[]; basePath?: string } {
  const text = readText(path);
  if (typeof text !== 'string') return { ok: false, errors: [text.error] };
  if (isScenarioWithExperiment(text)) {
    const scenario = parseScenarioText(text);
    if (!scenario.ok) return scenario;
    const plan = planSection(scenario.scenario);
    return plan.ok ? { ...plan, notices: scenario.notices } : plan;
  }
  const parsed = parseExperimentText(text);
  if (!parsed.ok) return parsed;
  const e = parsed.experiment;
  const basePath = typeof e.base === 'string' ? resolve(dirname(path), e.base) : undefined;
  const base = basePath ? readScenarioFile(basePath) : parseScenarioValue(e.base);
  // `base.firms[1].price: …` for an embedded scenario; `base (file.json) firms[1].price: …` for a file
  const under = (x: string) => (typeof e.base === 'string' ? `base (${e.base}) ${x}` : x.startsWith('(') ? `base ${x}` : `base.${x}`);
  if (!base.ok) return { ok: false, errors: base.errors.map(under) };
  const plan = planExperiment(e, base.scenario);
  return plan.ok ? { ...plan, notices: base.notices, basePath } : plan;
}

/** A scenario file (no `base`) that carries an `experiment` section. Anything else is read as
 *  an experiment file, whose errors then say what is missing. */
function isScenarioWithExperiment(text: string): boolean {
  try {
    const v: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return v !== null && typeof v === 'object' && !Array.isArray(v) && !Object.hasOwn(v, 'base') && Object.hasOwn(v, 'experiment');
  } catch {
    return false;
  }
}
