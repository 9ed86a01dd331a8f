// The experiment as a section of a scenario file: validated with the scenario (errors name
// `experiment.…`), kept through a save, a share link and a reload, planned like a file of its
// own with the same base, and run by `npm run experiment -- scenario.json`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExperimentCli } from '../../../src/cli/experimentRun.ts';
import { parseExperimentValue } from '../../../src/experiment/parse.ts';
import { planExperiment } from '../../../src/experiment/plan.ts';
import { experimentOf, planSection, withExperiment, withoutExperiment } from '../../../src/experiment/section.ts';
import { experimentSectionSchema } from '../../../src/experiment/schema.ts';
import { parseScenarioText, parseScenarioValue, serialiseScenario } from '../../../src/scenario/parse.ts';
import { decodeShareLink, encodeShareLink } from '../../../src/scenario/share.ts';
import { tempDir } from '../cli/helpers.ts';
import { tinyScenario } from './helpers.ts';

const section = {
  schemaVersion: 1,
  factors: [{ path: 'firms[0].programme', range: { from: 0, to: 0.1 }, fromPeriod: 2 }],
  design: { type: 'sweep', n: 3 },
  replicates: 2,
  seed: 3,
  outputs: [{ name: 'profit', measure: 'profit', statistic: 'total', discounted: true }],
};

const scenarioWithSection = (s: unknown = section) => parseScenarioValue({ ...tinyScenario(), experiment: s });

describe('the experiment section of a scenario', () => {
  it('is optional, and kept through a file, a share link and back', () => {
    expect(tinyScenario().experiment).toBeUndefined();
    const r = scenarioWithSection();
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.scenario.experiment).toEqual(experimentSectionSchema.parse(section));
    const file = parseScenarioText(serialiseScenario(r.scenario));
    expect(file.ok && file.scenario).toEqual(r.scenario);
    const link = decodeShareLink(encodeShareLink(r.scenario));
    expect(link.ok && link.scenario).toEqual(r.scenario);
  });

  it.each([
    [{ ...section, schemaVersion: 2 }, 'experiment.schemaVersion'],
    [{ ...section, design: { type: 'sweep' } }, 'experiment.design.n: a sweep over a range needs n'],
    [{ ...section, factors: [{ path: 'firms[0].price' }] }, 'experiment.factors[0]: needs either a range'],
    [{ ...section, outputs: [{ measure: 'nps', discounted: true }] }, 'experiment.outputs[0].discounted: only money can be discounted'],
    [{ ...section, replicates: 1e9 }, 'experiment.replicates'],
    [{ ...section, base: 'x.json' }, 'experiment'],
  ])('refuses a bad section naming its field (%#)', (bad, message) => {
    const r = scenarioWithSection(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toContain(message);
  });

  it('plans like an experiment file with the scenario as its base (same fingerprint), without the section in the base', () => {
    const r = scenarioWithSection();
    if (!r.ok) throw new Error(r.errors.join('\n'));
    const p = planSection(r.scenario);
    const file = parseExperimentValue({ ...section, base: tinyScenario() });
    if (!p.ok || !file.ok) throw new Error('not planned');
    const q = planExperiment(file.experiment, tinyScenario());
    expect(q.ok && q.plan.digest).toBe(p.plan.digest);
    expect(p.plan.base.experiment).toBeUndefined();
    expect(experimentOf(r.scenario)?.base).toEqual(withoutExperiment(r.scenario));
    expect(withExperiment(withoutExperiment(r.scenario), r.scenario.experiment)).toEqual(r.scenario);
  });

  it('names the field of a section that cannot be planned against its scenario', () => {
    const r = scenarioWithSection({ ...section, factors: [{ path: 'firms[9].price', range: { from: 1, to: 2 } }], design: { type: 'sweep', n: 2 } });
    if (!r.ok) throw new Error(r.errors.join('\n'));
    const p = planSection(r.scenario);
    expect(p.ok ? [] : p.errors).toEqual(['experiment.factors[0].path: firms[9].price is not a numeric field of the base scenario']);
  });

  it('npm run experiment runs a scenario file with the section, as the same experiment in a file of its own', async () => {
    const dir = tempDir();
    const r = scenarioWithSection();
    if (!r.ok) throw new Error(r.errors.join('\n'));
    writeFileSync(join(dir, 'scenario.json'), serialiseScenario(r.scenario));
    writeFileSync(join(dir, 'exp.json'), JSON.stringify({ ...section, base: tinyScenario() }));
    const io = { stdout: () => {}, stderr: () => {}, stderrIsTTY: false };
    const setup = { workerEntry: new URL('../../../src/cli/experimentMain.ts', import.meta.url) };
    expect(await runExperimentCli([join(dir, 'scenario.json'), '--out', join(dir, 'a.csv'), '-q'], io, setup)).toBe(0);
    expect(await runExperimentCli([join(dir, 'exp.json'), '--out', join(dir, 'b.csv'), '-q'], io, setup)).toBe(0);
    const a = readFileSync(join(dir, 'a.csv'), 'utf8');
    expect(a.trim().split('\n')).toHaveLength(7);
    expect(a).toBe(readFileSync(join(dir, 'b.csv'), 'utf8'));
    let err = '';
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ schemaVersion: 1, experiment: { ...section, design: { type: 'lhs', n: 0 } } }));
    expect(await runExperimentCli([join(dir, 'bad.json')], { ...io, stderr: (t) => (err += t) }, setup)).toBe(2);
    expect(err).toContain('experiment.design.n: must be ≥ 1');
  });
});
