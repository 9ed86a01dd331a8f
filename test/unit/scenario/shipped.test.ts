// The scenario files shipped in scenarios/: each loads cleanly and fits in a short link.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioText, serialiseScenario } from '../../../src/scenario/parse.ts';
import { decodeShareLink, encodeShareLink } from '../../../src/scenario/share.ts';

const dir = new URL('../../../scenarios/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('shipped scenarios', () => {
  it('include default.json', () => {
    expect(files).toContain('default.json');
  });
  it.each(files)('%s loads without notices, survives a save and a share link', (f) => {
    const r = parseScenarioText(readFileSync(new URL(f, dir), 'utf8'));
    expect(r.ok ? r.notices : r.errors).toEqual([]);
    if (!r.ok) return;
    expect(parseScenarioText(serialiseScenario(r.scenario))).toEqual(r);
    const link = encodeShareLink(r.scenario);
    expect(link.length).toBeLessThan(2000);
    expect(decodeShareLink(link)).toEqual(r);
  });
});
