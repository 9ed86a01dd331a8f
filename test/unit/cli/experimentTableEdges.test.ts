// The closing table of `npm run experiment` on hand-made results (no simulation): a sweep's
// means with their 90% intervals, the differences from the first level and where they cross
// zero (or that they stay above, below or level), the number format at its edges, the 40-point
// limit, and the Morris and Latin-hypercube tables' shape.
import { describe, expect, it } from 'vitest';
import { formatExperiment } from '../../../src/cli/experimentTable.ts';
import { plan } from '../experiment/helpers.ts';

// a sweep of firms[0].price over 0.8, 1 and 1.2, 2 replicates: results[point * 2 + replicate]
const sweep = (results: number[], parts: Record<string, unknown> = {}) => formatExperiment(plan(parts), Float64Array.from(results));
const lines = (text: string) => text.split('\n');
const verdict = (text: string) => lines(text).at(-2);

describe('formatExperiment: a sweep', () => {
  it('every line: the points, the differences from the first level, where they cross zero', () => {
    // point means 11, 21, 7; differences 0, 10 (10 and 10), −4 (−5 and −3): zero crossed at 1 + 0.2 · 10/14
    // a 90% interval of 2 replicates is the mean ± t(0.95, 1 df) · s / √2 = mean ± 6.314 · |x1 − x2| / 2
    expect(sweep([10, 12, 20, 22, 5, 9])).toBe(
      [
        'Experiment: 3 design points (sweep) × 2 replicates on the same seeds. Per output: mean (90% confidence interval of the mean).',
        '',
        'point   firms[0].price   total_profit_firm0',
        '0                  0.8   11 (4.686 – 17.31)',
        '1                    1   21 (14.69 – 27.31)',
        '2                  1.2   7 (-5.628 – 19.63)',
        '',
        'Difference from firms[0].price = 0.8, replicate by replicate (90% confidence interval):',
        '',
        'firms[0].price    total_profit_firm0',
        '0.8                        0 (0 – 0)',
        '1                       10 (10 – 10)',
        '1.2              -4 (-10.31 – 2.314)',
        'total_profit_firm0: the difference crosses zero at firms[0].price ≈ 1.143',
        '',
      ].join('\n'),
    );
  });
  it('above, below or level with the first level at every other level', () => {
    expect(verdict(sweep([10, 12, 20, 22, 30, 30]))).toBe('total_profit_firm0: above the first level at every other level');
    expect(verdict(sweep([10, 12, 2, 4, 3, 5]))).toBe('total_profit_firm0: below the first level at every other level');
    // a point with no result: no crossing, and not every other level above
    const missing = sweep([10, 12, NaN, NaN, 13, 15]);
    expect(verdict(missing)).toBe('total_profit_firm0: level with the first level at every other level');
    expect(lines(missing)).toContain('1                    1                    –');
    // a level equal to the first crosses zero there
    expect(verdict(sweep([10, 12, 10, 12, 3, 5]))).toBe('total_profit_firm0: the difference crosses zero at firms[0].price ≈ 1');
  });
  it('two crossings, listed; below where the only other result is below', () => {
    // 4 levels: differences 0, 10, −4, 6: zero crossed between the 2nd and 3rd levels and the 3rd and 4th
    const four = formatExperiment(plan({ design: { type: 'sweep', n: 4 } }), Float64Array.from([10, 10, 20, 20, 6, 6, 16, 16]));
    expect(verdict(four)).toMatch(/^total_profit_firm0: the difference crosses zero at firms\[0\]\.price ≈ \d\.\d+, \d\.\d+$/);
    expect(verdict(sweep([10, 12, NaN, NaN, 5, 9]))).toBe('total_profit_firm0: level with the first level at every other level');
  });
  it('levels not in rising order: the differences, but no crossing', () => {
    const text = sweep([10, 12, 20, 22, 5, 9], { factors: [{ path: 'firms[0].price', levels: [1.2, 0.8, 1] }], design: { type: 'sweep' } });
    expect(text).toContain('Difference from firms[0].price = 1.2, replicate by replicate');
    expect(text.endsWith('1                -4 (-10.31 – 2.314)\n')).toBe(true);
    expect(text).not.toContain('crosses zero');
    // equal levels are not rising either
    const flat = sweep([10, 12, 20, 22, 5, 9], { factors: [{ path: 'firms[0].price', levels: [0.8, 1, 1] }], design: { type: 'sweep' } });
    expect(flat).not.toMatch(/crosses zero|first level at every other level/);
  });
  it('the title without its control characters, or "Experiment"', () => {
    expect(lines(sweep([1, 1, 1, 1, 1, 1], { title: 'A\u0000B\u001fC\u007fD\u009fE\u00a0F' }))[0]).toMatch(/^A\?B\?C\?D\?E\u00a0F: 3 design points \(sweep\)/);
    expect(lines(sweep([1, 1, 1, 1, 1, 1], { title: '' }))[0]).toMatch(/^Experiment: 3 design points/);
  });
  it('one replicate: a mean without an interval; the number format at its edges; 40 points shown', () => {
    const values = [0, NaN, 0.0005, 0.001, 9999, 10000, -10000, -0.0005, 12.34567, ...Array.from({ length: 33 }, (_, i) => i)];
    const text = formatExperiment(plan({ replicates: 1, design: { type: 'sweep', n: 42 } }), Float64Array.from(values));
    const rows = lines(text).slice(3, 43);
    expect(rows).toHaveLength(40);
    const cells = rows.map((r) => r.split(/\s+/));
    expect(cells.map((c) => c[0])).toEqual(Array.from({ length: 40 }, (_, i) => String(i)));
    expect(cells.slice(0, 9).map((c) => c[2])).toEqual(['0', '–', '0.0005000', '0.001', '9999', '1.000e+4', '-1.000e+4', '-0.0005000', '12.35']);
    expect(cells[1][1]).toBe('0.8098'); // 0.8 + 0.4/41, to 4 significant digits
    expect(rows[0]).toMatch(/ 0$/); // one replicate: no interval after the mean
    expect(lines(text)[43]).toBe('… 2 more points in the CSV');
    // the differences from point 0 (value 0) show the same numbers, also for 40 points only
    const diffs = lines(text).slice(lines(text).indexOf('firms[0].price   total_profit_firm0') + 1, -2);
    expect(diffs).toHaveLength(40);
    expect(diffs.slice(0, 9).map((r) => r.split(/\s+/)[1])).toEqual(['0', '–', '0.0005000', '0.001', '9999', '1.000e+4', '-1.000e+4', '-0.0005000', '12.35']);
  });
  it('exactly 40 points: all shown, none counted', () => {
    const text = formatExperiment(
      plan({ replicates: 1, design: { type: 'sweep', n: 40 } }),
      Float64Array.from({ length: 40 }, (_, i) => i),
    );
    expect(text).not.toContain('more points');
    expect(lines(text)[42]).toMatch(/^39 /);
  });
  it('one level only: no differences to show', () => {
    const text = formatExperiment(plan({ factors: [{ path: 'firms[0].price', levels: [1] }], design: { type: 'sweep' } }), Float64Array.from([4, 6]));
    expect(text).not.toContain('Difference from');
    expect(lines(text)).toContain('0                    1   5 (-1.314 – 11.31)');
  });
});

describe('formatExperiment: screening designs', () => {
  const two = [
    { path: 'firms[0].price', range: { from: 0.8, to: 1.2 } },
    { path: 'behaviour.offerRate', range: { from: 0, to: 0.2 } },
  ];
  it('Morris: a row of elementary effects per output and factor, and no sweep or first-order table', () => {
    const p = plan({ factors: two, design: { type: 'morris', r: 2, p: 4 } });
    const text = formatExperiment(
      p,
      Float64Array.from({ length: p.runs }, (_, i) => i * 1.5),
    );
    expect(text).toContain("\n\nElementary effects per unit of each factor's range (μ*: how much it matters; σ: interactions, non-linearity):\n\n");
    const at = lines(text).findIndex((l) => /^output +factor +μ\* +μ +σ$/.test(l));
    expect(at).toBeGreaterThan(0);
    expect(lines(text)[at + 1]).toMatch(/^total_profit_firm0 +firms\[0\]\.price +\S+ +\S+ +\S+$/);
    expect(lines(text)[at + 2]).toMatch(/^total_profit_firm0 +behaviour\.offerRate +4\.5 +-4\.5 +0$/);
    expect(lines(text)[at + 3]).toBe('');
    expect(text).not.toMatch(/Difference from|First-order/);
  });
  it('Latin hypercube and Sobol: first-order effects to 2 decimals, "–" where there is no variance', () => {
    for (const type of ['lhs', 'sobol']) {
      const p = plan({ factors: two, design: { type, n: 4 } });
      const text = formatExperiment(
        p,
        Float64Array.from({ length: p.runs }, (_, i) => i * 1.5),
      );
      expect(text).toContain(
        "\n\nFirst-order effects: the share of each output's variance across points that each factor explains alone (screening; rough below a few hundred points):\n\n",
      );
      const at = lines(text).findIndex((l) => /^output +factor +S1$/.test(l));
      expect(lines(text)[at + 1]).toMatch(/^total_profit_firm0 +firms\[0\]\.price +\d\.\d\d$/);
      expect(lines(text)[at + 2]).toMatch(/^total_profit_firm0 +behaviour\.offerRate +\d\.\d\d$/);
      expect(text).not.toMatch(/Difference from|Elementary/);
      const flat = formatExperiment(p, new Float64Array(p.runs).fill(3));
      expect(lines(flat).slice(-3, -1)).toEqual(['total_profit_firm0        firms[0].price    –', 'total_profit_firm0   behaviour.offerRate    –']);
    }
  });
});
