// Every error and notice the Experiments view shows has a Chinese form: a catalogue of bad
// experiment sections and saved summaries, one per message template of the planner, the
// optimiser's checks, the section's schema and the saved-results reader, each line fed through
// the table the view uses, in the term table's words.
import { describe, expect, it } from 'vitest';
import { summarisePoints } from '../../../../src/experiment/analysis.ts';
import { resolveObjective } from '../../../../src/experiment/objective.ts';
import { pointScenario, type Plan } from '../../../../src/experiment/plan.ts';
import { readSavedResults, summariseForSaving } from '../../../../src/experiment/saved.ts';
import { planSection } from '../../../../src/experiment/section.ts';
import { runCandidate } from '../../../../src/experiment/optimise.ts';
import { experimentLine } from '../../../../src/i18n/experimentLines.ts';
import { retiredIn } from '../../../../src/i18n/terms.ts';
import { parseScenarioValue } from '../../../../src/scenario/parse.ts';
import { tinyScenario } from '../../experiment/helpers.ts';

const good = {
  schemaVersion: 1,
  factors: [{ path: 'firms[0].price', range: { from: 0.8, to: 1.2 } }],
  design: { type: 'sweep', n: 3 },
  replicates: 2,
  outputs: [
    { name: 'profit', measure: 'profit', statistic: 'total' },
    { name: 'retention', measure: 'retention' },
  ],
};

/** The lines a section gives: schema errors, else planning errors, else the optimiser's checks. */
function linesOf(section: Record<string, unknown>, scenario: Record<string, unknown> = {}): string[] {
  const r = parseScenarioValue({ ...tinyScenario(), ...scenario, experiment: { ...good, ...section } });
  if (!r.ok) return r.errors;
  const p = planSection(r.scenario);
  if (!p.ok) return p.errors;
  const spec = p.plan.experiment.optimise;
  const o = spec ? resolveObjective(p.plan, spec) : null;
  return Array.isArray(o) ? o.map((e) => `experiment.${e}`) : [];
}

function planFor(section: Record<string, unknown>): Plan {
  const r = parseScenarioValue({ ...tinyScenario(), experiment: { ...good, ...section } });
  if (!r.ok) throw new Error(r.errors.join('\n'));
  const p = planSection(r.scenario);
  if (!p.ok) throw new Error(p.errors.join('\n'));
  return p.plan;
}

const thrown = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return [(e as Error).message];
  }
  return [];
};

function catalogue(): string[] {
  const range = (from: number, to: number) => ({ range: { from, to } });
  const sections: Record<string, unknown>[] = [
    { factors: [{ path: 'firms[0]..price', ...range(1, 2) }] },
    { factors: [{ path: 'seed', ...range(1, 2) }] },
    { factors: [{ path: 'replicates', ...range(1, 2) }] },
    { factors: [{ path: 'horizon', ...range(1, 2) }] },
    { factors: [{ path: 'schemaVersion', ...range(1, 2) }] },
    { factors: [{ path: 'firms[7].price', ...range(1, 2) }] },
    { factors: [{ path: 'behaviour.offerRate', ...range(0, 0.1), fromPeriod: 2 }] },
    { factors: [{ path: 'firms[0].price', ...range(1, 2), fromPeriod: 99 }] },
    { factors: [{ path: 'population.size', levels: [500.5, 600] }], design: { type: 'sweep' } },
    { factors: [{ path: 'firms[0].price', ...range(0.8, 9) }] },
    { factors: [{ path: 'behaviour.offerRate', ...range(0, 7) }] },
    {
      factors: [
        { path: 'firms[0].price', ...range(1, 2) },
        { path: 'firms[0].price', ...range(1, 2) },
      ],
      design: { type: 'factorial', n: 2 },
    },
    { factors: [{ path: 'firms[0].price', levels: [1, 2] }], design: { type: 'sweep', n: 3 } },
    { outputs: [{ measure: 'profit', firm: 4 }] },
    { outputs: [{ measure: 'profit', window: { from: 0, to: 40 } }] },
    {
      outputs: [
        { name: 'a', measure: 'profit' },
        { name: 'a', measure: 'nps' },
      ],
    },
    { outputs: [{ name: 'point', measure: 'profit' }] },
    { factors: [{ path: 'firms[0].price', ...range(0.8, 1.2) }], design: { type: 'sweep', n: 1000 }, replicates: 200 },
    { factors: [{ path: 'firms[0].price', range: { from: 1, to: 2 }, levels: [1] }] },
    { factors: [{ path: 'firms[0].price', ...range(2, 1) }] },
    { outputs: [{ measure: 'nps', discounted: true }] },
    { outputs: [{ measure: 'profit', window: { from: 3, to: 1 } }] },
    {
      factors: [
        { path: 'firms[0].price', ...range(1, 2) },
        { path: 'firms[0].quality', ...range(1, 2) },
      ],
    },
    { design: { type: 'sweep' } },
    { design: { type: 'morris', r: 2, p: 3 } },
    { outputs: [{ name: '1st', measure: 'profit' }] },
    { outputs: [{ name: 'profit', measure: 'profit' }], optimise: { objective: 'profit', constraints: [{ output: 'profit' }] } },
    { optimise: { objective: 'share', constraints: [{ output: 'retention', min: 0.9, max: 0.8 }] } },
    { factors: [{ path: 'firms[0].price', levels: [1, 1.1] }], design: { type: 'sweep' }, optimise: { objective: 'profit' } },
    { replicates: 200, optimise: { objective: 'profit', restarts: 20, evaluations: 5000 } },
    { factors: [{ path: 'firms[0].price', ...range(0.8, Number.MAX_VALUE) }] },
  ];
  const lines = sections.flatMap((s) => linesOf(s));
  const missing = parseScenarioValue(tinyScenario());
  if (missing.ok) {
    const p = planSection(missing.scenario);
    if (!p.ok) lines.push(...p.errors);
  }
  lines.push('experiment.optimise: missing');
  // a run that reaches a bad design point or candidate
  const zero = (f: number) => ({ path: `firms[${f}].initialShare`, levels: [0, 0.5] });
  const shares = planFor({ factors: [zero(0), zero(1), zero(2)], design: { type: 'factorial' } });
  lines.push(...thrown(() => pointScenario(shares, 0)));
  lines.push(...thrown(() => runCandidate({ plan: shares, engine: 'wasm' }, [0, 0, 0], [0])));
  // the saved results summary, dropped
  const plan = planFor({ optimise: { objective: 'profit', constraints: [{ output: 'retention', min: 0.5 }], restarts: 2, evaluations: 4 } });
  const summary = summariseForSaving(plan, summarisePoints(plan, new Float64Array(plan.runs * 2).fill(1)))!;
  const candidate = {
    factors: [1],
    search: [1, 0],
    objective: [1, 0, 2],
    vsBest: [0, 0, 0],
    indistinguishable: true,
    constraints: [{ mean: [1, 1, 1], shareMet: 1 }],
  };
  const step = { restart: 0, factors: [1], means: [1, 1], score: [1, 0], reused: false };
  const optimisation = { evaluations: 4, runs: 8, feasibleFound: true, candidates: [candidate], path: [step] };
  const spoilt: unknown[] = [
    { ...summary, fingerprint: 'zz' },
    { ...summary, fingerprint: '0123456789abcdef' },
    { ...summary, points: summary.points.slice(1) },
    { ...summary, points: [{ factors: [1], outputs: [[1, 2]] }] },
    { ...summary, points: [{ factors: ['x'], outputs: [] }] },
    { ...summary, script: '<x>' },
    { ...summary, charts: { curveOutput: 1.5 } },
    { ...summary, charts: { curveOutput: 99 } },
    { ...summary, points: Array.from({ length: 400 }, () => ({ factors: [0.123456], outputs: Array(50).fill([1.234567, 2.345678, 3.456789]) })) },
    { ...summary, optimisation: { ...optimisation, candidates: [] } },
    { ...summary, optimisation: { ...optimisation, candidates: [{ ...candidate, factors: [1, 2] }] } },
    { ...summary, optimisation: { ...optimisation, candidates: [{ ...candidate, constraints: [] }] } },
    { ...summary, optimisation: { ...optimisation, candidates: [{ ...candidate, shareMet: 2 }] } },
    { ...summary, optimisation: { ...optimisation, candidates: [{ ...candidate, constraints: [{ mean: [1, 1, 1], shareMet: 2 }] }] } },
    { ...summary, optimisation: { ...optimisation, path: [{ ...step, restart: 5 }] } },
    { ...summary, optimisation: { ...optimisation, path: [{ ...step, means: [1] }] } },
    { ...summary, optimisation: { ...optimisation, feasibleFound: 'yes' } },
    { ...summary, optimisation: { ...optimisation, runs: -1 } },
    { ...summary, optimisation: { ...optimisation, evaluations: 1.5 } },
  ];
  for (const s of spoilt) {
    const r = readSavedResults(s, plan);
    if (!r.ok) lines.push(r.notice);
  }
  const noOptimise = planFor({});
  const carried = readSavedResults({ ...summary, fingerprint: noOptimise.digest, points: [], optimisation }, noOptimise);
  if (!carried.ok) lines.push(carried.notice);
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  const cyc = readSavedResults(cyclic, plan);
  if (!cyc.ok) lines.push(cyc.notice);
  return lines;
}

describe('experiment errors and notices in Chinese', () => {
  const lines = catalogue();

  it('the catalogue reaches every kind of line', () => {
    if (process.env.DUMP_LINES) for (const l of lines) console.log(`${l}\n  ${experimentLine(l, 'zh')}`);
    expect(lines.length).toBeGreaterThanOrEqual(45);
    for (const kind of ['the saved results were dropped', 'run it again for results', 'the limit of one experiment', 'design point 0', 'candidate ('])
      expect(lines.some((l) => l.includes(kind))).toBe(true);
  });

  it('translates every line, keeps the path and uses the term table', () => {
    const untranslated: string[] = [];
    for (const line of lines) {
      const zh = experimentLine(line, 'zh');
      expect(experimentLine(line, 'en')).toBe(line);
      // the message part must not stay in English: no run of three English words is left
      // outside the path, quoted names and the field keys a user types (range {from, to}, …)
      const message = zh.slice(zh.indexOf('：') + 1);
      if (zh === line || /\b[a-z]{2,} [a-z]{2,} [a-z]{2,}\b/.test(message.replace(/factorial、lhs 或 sobol/, ''))) untranslated.push(line);
      expect(retiredIn(message), zh).toEqual([]);
    }
    expect(untranslated).toEqual([]);
  });

  it('says a dropped summary and a limit in Chinese numbers', () => {
    expect(experimentLine('experiment.results: larger than 200,000 characters; the saved results were dropped', 'zh')).toBe(
      'experiment.results：超过 20 万个字符；已舍弃保存的结果',
    );
    expect(experimentLine('experiment.results: saved for a different experiment or base scenario; run it again for results', 'zh')).toBe(
      'experiment.results：保存时对应的是另一个实验或基础情景；请重新运行以得到结果',
    );
  });
});
