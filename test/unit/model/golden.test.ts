// Golden results: every shipped scenario at 3,000 customers over its horizon (replicate 0),
// against a committed file per scenario (golden/*.json): headline measures per firm and period,
// rounded to 6 significant digits so a diff is readable, plus hashes of every measure at full
// precision and of the final population arrays, so any change of behaviour, however small,
// fails here. Both engines must give the file.
//
// A deliberate change of the model: re-record with
//   UPDATE_GOLDEN=1 npx vitest run test/unit/model/golden.test.ts
// and say in the commit what changed and why.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, valueOf, type Engine, type Measure, type Population } from '../../../src/model/index.ts';
import { shipped } from './scenarios.ts';

const DIR = new URL('./golden/', import.meta.url);
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const SIZE = 3000;
const MAX_PERIODS = 96;
const HEADLINE: readonly Measure[] = [
  'customers',
  'retention',
  'acquired',
  'marketShare',
  'meanSatisfaction',
  'meanTrust',
  'walletShare',
  'nps',
  'profit',
  'share_value',
  'share_inertia',
  'share_price',
  'js_apostle',
  'js_terrorist',
  'failures',
];

const round = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(6)) : String(x));

function hashArrays(arrays: ArrayBufferView[]): string {
  const h = createHash('sha256');
  for (const a of arrays) h.update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  return h.digest('hex').slice(0, 16);
}

function populationArrays(pop: Population): ArrayBufferView[] {
  return Object.keys(pop)
    .sort()
    .map((name) => pop[name as keyof Population])
    .filter((v): v is never => ArrayBuffer.isView(v));
}

function record(name: string, engine: Engine) {
  const s = shipped(name, (x) => ({ ...x, population: { ...x.population, size: SIZE } }));
  const sim = createSimulation(s, 0, engine);
  const periods = Math.min(s.horizon, MAX_PERIODS);
  const headline: Record<string, (number | string)[][]> = {};
  const measures = createHash('sha256');
  for (let t = 0; t < periods; t++) {
    const summary = sim.step();
    measures.update(new Uint8Array(summary.values.buffer.slice(0)));
    measures.update(new Uint8Array(summary.moves.buffer.slice(0)));
    for (let k = 0; k < summary.firms; k++) (headline[s.firms[k].name] ??= []).push(HEADLINE.map((m) => round(valueOf(summary, k, m))));
  }
  return {
    scenario: name,
    customers: SIZE,
    periods,
    columns: HEADLINE,
    measuresHash: measures.digest('hex').slice(0, 16),
    populationHash: hashArrays(populationArrays(sim.pop)),
    headline,
  };
}

/** JSON with one period of one firm a line, so a diff shows which periods moved. */
function format(g: ReturnType<typeof record>): string {
  const { headline, ...head } = g;
  const firms = Object.entries(headline).map(([firm, rows]) => `  ${JSON.stringify(firm)}: [\n${rows.map((r) => `   ${JSON.stringify(r)}`).join(',\n')}\n  ]`);
  const top = Object.entries(head).map(([k, v]) => ` ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  return `{\n${top.join(',\n')},\n "headline": {\n${firms.join(',\n')}\n }\n}\n`;
}

const names = readdirSync(new URL('../../../scenarios/', import.meta.url))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

describe('golden results of the shipped scenarios', () => {
  it.each(names)('%s', (name) => {
    const file = new URL(`${name}.json`, DIR);
    const text = format(record(name, 'wasm'));
    if (UPDATE) {
      mkdirSync(DIR, { recursive: true });
      writeFileSync(file, text);
    }
    expect(existsSync(file), `${name}: no golden file; record it with UPDATE_GOLDEN=1`).toBe(true);
    expect(text).toBe(readFileSync(file, 'utf8'));
    expect(format(record(name, 'typescript')), 'the typescript engine').toBe(text);
  });
});
