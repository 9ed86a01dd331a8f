// A catalogue of bad scenario inputs, one per message template the parser can produce, and the
// lines they give. Shared by the error-translation test and the term-table test.
import { defaultScenario, parseScenarioText, parseScenarioValue, serialiseScenario } from '../../../src/scenario/parse.ts';
import { decodeShareLink } from '../../../src/scenario/share.ts';

export const base = JSON.parse(serialiseScenario(defaultScenario()));
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
  '{"schemaVersion":2,"horizon":0}',
  '{"schemaVersion":2,"horizon":5000}',
  '{"schemaVersion":2,"horizon":1.5}',
  '{"schemaVersion":2,"horizon":"x"}',
  '{"schemaVersion":2,"periodUnit":"fortnight"}',
  '{"schemaVersion":1,"periodUnit":"month"}',
  '{"schemaVersion":1,"periodUnit":"week","behaviour":{"offerRate":0.02}}',
  '{"periodUnit":"week"}',
  '{"schemaVersion":2,"firms":[]}',
  '{"schemaVersion":2,"firms":[{"name":""}]}',
  `{"schemaVersion":2,"firms":[{"name":"${'x'.repeat(60)}"}]}`,
  '{"schemaVersion":2,"foo":1,"bar":2}',
  '{"schemaVersion":2,"events":[{"type":"meteor","period":1}]}',
  '{"schemaVersion":2,"__proto__":{"x":1}}',
  `{"schemaVersion":2,"meta":${deep(20)}}`,
  `{"schemaVersion":2,"changes":[${Array(1200).fill('1').join(',')}]}`,
  `{"schemaVersion":2,"meta":{${Array.from({ length: 120 }, (_, i) => `"k${i}":1`).join(',')}}}`,
  '{"schemaVersion":2,"horizon":1e400}',
  '{"schemaVersion":3}',
  '{"schemaVersion":"1"}',
  '{"population":500}',
  '{"schemaVersion":2,"changes":[{"period":1,"firm":5,"lever":"price","value":1}]}',
  '{"schemaVersion":2,"changes":[{"period":1,"firm":0,"lever":"price","value":9}]}',
  '{"schemaVersion":2,"changes":[{"period":4,"firm":0,"lever":"price","value":1,"until":4}]}',
  '{"schemaVersion":2,"firms":[{"initialShare":0}]}',
  '{"schemaVersion":2,"population":{"size":1000000},"horizon":1040,"replicates":200}',
  '{"schemaVersion":2,"events":[{"type":"qualityIncident","period":1,"firm":6}]}',
  '{"schemaVersion":2,"meta":{"tags":[' + Array(30).fill('"t"').join(',') + ']}}',
  withPatch((s) => ((s.firms as unknown[])[0] = 5)),
  withPatch((s) => (s.population = [])),
  ' '.repeat(1_100_000),
];

export function lines(): string[] {
  const out: string[] = [];
  for (const text of CATALOGUE) {
    const r = parseScenarioText(text);
    out.push(...(r.ok ? r.notices : r.errors));
  }
  for (const v of [null, 3, 'text', () => 1, new Date(0), { schemaVersion: 2, horizon: NaN }]) {
    const r = parseScenarioValue(v);
    if (!r.ok) out.push(...r.errors);
  }
  for (const link of ['nonsense', 's1.', 's1.AAAA', 's9.abc', 's1.' + 'A'.repeat(300_000)]) {
    const r = decodeShareLink(link);
    if (!r.ok) out.push(...r.errors);
  }
  return out;
}
