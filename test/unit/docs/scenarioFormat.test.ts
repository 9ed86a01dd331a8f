import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioFieldRows, scenarioFormatMarkdown } from '../../../src/scenario/fieldTable.ts';

describe('the documented scenario format', () => {
  it('documents every field the schema accepts, with its bounds', () => {
    const rows = scenarioFieldRows();
    // a lever's value (a change, a comparison's setting) is bounded by the lever, checked in code
    expect(rows.filter((r) => r.path.endsWith('.value')).map((r) => r.path)).toEqual(['changes[].value', 'comparison.variants[].settings[].value']);
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.filter((r) => !r.meaning).map((r) => r.path)).toEqual([]);
    const numeric = rows.filter((r) => r.type === 'number' || r.type === 'integer');
    expect(numeric.filter((r) => !r.bounds && !r.path.endsWith('.value')).map((r) => r.path)).toEqual([]);
  });

  it('docs/scenario-format.md is up to date (npm run docs)', () => {
    expect(readFileSync(new URL('../../../docs/scenario-format.md', import.meta.url), 'utf8')).toBe(scenarioFormatMarkdown());
  });
});
