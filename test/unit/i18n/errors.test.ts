// Every error and notice the scenario parser can produce has a Chinese form: a catalogue of
// bad inputs, one per message template, and thousands of random mutations of a valid file.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseScenarioValue } from '../../../src/scenario/parse.ts';
import { base, lines } from './errorCatalogue.ts';
import { errorLine, messageZh, noticeLine, reportLine } from '../../../src/i18n/errors.ts';

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

  it('names levers and fields in Chinese and quotes the mainland way', () => {
    expect(errorLine('changes[0].value: price must be between 0.2 and 3', 'zh')).toBe('changes[0].value：“价格”必须介于 0.2 与 3 之间');
    expect(errorLine('firms: at least one firm needs an initialShare above 0', 'zh')).toBe('firms：至少有一家企业的“初始份额”需大于 0');
    expect(errorLine('periodUnit: must be one of "week", "month"', 'zh')).toBe('periodUnit：必须是以下之一：“week”、“month”');
    expect(errorLine('(link): not a Loyalty Lab share link', 'zh')).toBe('（链接）：不是忠诚实验室的分享链接');
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
