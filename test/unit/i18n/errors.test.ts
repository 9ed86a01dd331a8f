// Every error and notice the scenario parser can produce has a Chinese form: a catalogue of
// bad inputs, one per message template, and thousands of random mutations of a valid file.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultScenario, parseScenarioText, parseScenarioValue, serialiseScenario } from '../../../src/scenario/parse.ts';
import { decodeShareLink } from '../../../src/scenario/share.ts';
import { errorLine, messageZh, noticeLine, reportLine } from '../../../src/i18n/errors.ts';

const base = JSON.parse(serialiseScenario(defaultScenario()));
const withPatch = (patch: (s: Record<string, unknown>) => void) => {
  const s = structuredClone(base);
  patch(s);
  return JSON.stringify(s);
};
const deep = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);

const CATALOGUE: string[] = [
  '',
  'not json',
  '[1,2]',
  '{"schemaVersion":1,"horizon":0}',
  '{"schemaVersion":1,"horizon":5000}',
  '{"schemaVersion":1,"horizon":1.5}',
  '{"schemaVersion":1,"horizon":"x"}',
  '{"schemaVersion":1,"periodUnit":"day"}',
  '{"schemaVersion":1,"firms":[]}',
  '{"schemaVersion":1,"firms":[{"name":""}]}',
  `{"schemaVersion":1,"firms":[{"name":"${'x'.repeat(60)}"}]}`,
  '{"schemaVersion":1,"foo":1,"bar":2}',
  '{"schemaVersion":1,"events":[{"type":"meteor","period":1}]}',
  '{"schemaVersion":1,"__proto__":{"x":1}}',
  `{"schemaVersion":1,"meta":${deep(20)}}`,
  `{"schemaVersion":1,"changes":[${Array(1200).fill('1').join(',')}]}`,
  `{"schemaVersion":1,"meta":{${Array.from({ length: 120 }, (_, i) => `"k${i}":1`).join(',')}}}`,
  '{"schemaVersion":1,"horizon":1e400}',
  '{"schemaVersion":3}',
  '{"schemaVersion":"1"}',
  '{"population":500}',
  '{"schemaVersion":1,"changes":[{"period":1,"firm":5,"lever":"price","value":1}]}',
  '{"schemaVersion":1,"changes":[{"period":1,"firm":0,"lever":"price","value":9}]}',
  '{"schemaVersion":1,"firms":[{"initialShare":0}]}',
  '{"schemaVersion":1,"population":{"size":1000000},"horizon":1040,"replicates":200}',
  '{"schemaVersion":1,"events":[{"type":"qualityIncident","period":1,"firm":6}]}',
  '{"schemaVersion":1,"meta":{"tags":[' + Array(30).fill('"t"').join(',') + ']}}',
  withPatch((s) => ((s.firms as unknown[])[0] = 5)),
  withPatch((s) => (s.population = [])),
  ' '.repeat(1_100_000),
];

function lines(): string[] {
  const out: string[] = [];
  for (const text of CATALOGUE) {
    const r = parseScenarioText(text);
    out.push(...(r.ok ? r.notices : r.errors));
  }
  for (const v of [null, 3, 'text', () => 1, new Date(0), { schemaVersion: 1, horizon: NaN }]) {
    const r = parseScenarioValue(v);
    if (!r.ok) out.push(...r.errors);
  }
  for (const link of ['nonsense', 's1.', 's1.AAAA', 's9.abc', 's1.' + 'A'.repeat(300_000)]) {
    const r = decodeShareLink(link);
    if (!r.ok) out.push(...r.errors);
  }
  return out;
}

const translated = (line: string) => reportLine(line, 'zh') !== line;

describe('scenario errors in Chinese', () => {
  it('translates every message of the catalogue', () => {
    const all = lines();
    expect(all.length).toBeGreaterThan(30);
    expect(all.filter((l) => !translated(l))).toEqual([]);
  });

  it('keeps the path as written and translates the message', () => {
    expect(errorLine('firms[1].price: must be ≥ 0.2', 'zh')).toBe('firms[1].price：必须 ≥ 0.2');
    expect(errorLine('(file): is empty', 'zh')).toBe('（文件）：为空');
    expect(errorLine('firms[1].price: must be ≥ 0.2', 'en')).toBe('firms[1].price: must be ≥ 0.2');
    expect(noticeLine('This file had no schemaVersion (version 0); it was migrated to version 1.', 'zh')).toContain('版本 0');
    expect(messageZh('something new')).toBeNull();
  });

  it('translates the errors of thousands of random mutations of a valid file', () => {
    const leafPaths: (string | number)[][] = [];
    const walk = (v: unknown, p: (string | number)[]) => {
      if (v !== null && typeof v === 'object') for (const [k, c] of Object.entries(v)) walk(c, [...p, Array.isArray(v) ? Number(k) : k]);
      else leafPaths.push(p);
    };
    walk(base, []);
    const value = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.double(), fc.integer({ min: -1e9, max: 1e9 }), fc.string());
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(leafPaths.length - 1), value), { minLength: 1, maxLength: 4 }), (edits) => {
        const s = structuredClone(base);
        for (const [at, v] of edits) {
          const path = leafPaths[at];
          let o = s;
          for (const k of path.slice(0, -1)) o = o[k];
          o[path[path.length - 1]] = v;
        }
        const r = parseScenarioValue(s);
        if (!r.ok) for (const l of r.errors) expect(translated(l), l).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
