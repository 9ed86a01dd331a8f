// Target CSVs: the documented shape is read; hostile or broken files get errors that name the
// line and the column.
import { describe, expect, it } from 'vitest';
import { parseTargetsText, MAX_TARGET_BYTES, MAX_TARGET_ROWS } from '../../../src/experiment/calibrate/targets.ts';
import { holdOut } from '../../../src/experiment/calibrate/simulate.ts';
import { parseFit, setupCalibration } from '../../../src/experiment/calibrate/setup.ts';
import { smallMarket } from './helpers.ts';

const errorsOf = (text: string) => {
  const r = parseTargetsText(text);
  return r.ok ? [] : r.errors;
};

describe('the documented shape', () => {
  it('reads kind, firm, period, value, weight and scale, with defaults', () => {
    const r = parseTargetsText('\uFEFF# observed\r\nkind,firm,period,value,weight,scale\r\nretention,0,0,0.98,,\r\n\r\nNPS,1,3,32,2,10\r\n');
    expect(r).toEqual({
      ok: true,
      targets: [
        { kind: 'retention', firm: 0, period: 0, value: 0.98, weight: 1, scale: 0.01, line: 3 },
        { kind: 'nps', firm: 1, period: 3, value: 32, weight: 2, scale: 10, line: 5 },
      ],
    });
  });
  it('columns in any order; firm, weight and scale may be left out', () => {
    const r = parseTargetsText('value,period,kind\n0.3,2,share\n');
    expect(r.ok && r.targets[0]).toEqual({ kind: 'share', firm: 0, period: 2, value: 0.3, weight: 1, scale: 0.01, line: 2 });
  });
});

describe('hostile target files', () => {
  it.each([
    ['kind,period,valu\n', 'line 1, column 3: unknown column "valu" (expected kind, firm, period, value, weight, scale)'],
    ['kind,period\n', 'line 1: the header has no "value" column (needed: kind, period, value)'],
    ['kind,period,value,period\n', 'line 1, column 4: "period" appears twice'],
    ['kind,period,value\nretention,1,NaN\n', 'line 2, column value: "NaN" is not a number'],
    ['kind,period,value\nretention,1,Infinity\n', 'line 2, column value: "Infinity" is not a number'],
    ['kind,period,value\nnps,1,1e400\n', 'line 2, column value: must be a finite number (got 1e400)'],
    ['kind,period,value\nnps,1,1e300\n', 'line 2, column value: a nps must be between -100 and 100 (got 1e300)'],
    ['kind,period,value\nretention,1,1.2\n', 'line 2, column value: a retention must be between 0 and 1 (got 1.2)'],
    ['kind,period,value\nretention,1.5,0.9\n', 'line 2, column period: must be a whole number from 0 to 100000 (got 1.5)'],
    ['kind,period,value\nretention,-1,0.9\n', 'line 2, column period: must be a whole number from 0 to 100000 (got -1)'],
    ['kind,period,value\nretention,,0.9\n', 'line 2, column period: is empty'],
    ['kind,period,value\nretention,1\n', 'line 2: 2 cells, but the header has 3 columns'],
    [
      'kind,period,value\nloyalty,1,0.5\n',
      'line 2, column kind: "loyalty" is not a kind of target (retention, churn, share, nps, satisfaction, survival, retentionbyband)',
    ],
    ['kind,period,value,weight\nretention,1,0.9,-1\n', 'line 2, column weight: must be between 0 and 1000000 (got -1)'],
    ['kind,period,value,scale\nretention,1,0.9,0\n', 'line 2, column scale: must be greater than 0 and at most 1e6 (got 0)'],
    ['kind,period,value\nretention,1,0.9\nretention,1,0.8\n', 'line 3: retention of firm 0 at period 1 is also on line 2'],
    ['kind,period,value,weight\nretention,1,0.9,0\n', 'column weight: every weight is 0, so nothing would be fitted'],
    ['kind,period,value\n', '(file): has a header but no rows of data'],
    ['', '(file): has no header line (kind,firm,period,value,weight,scale)'],
    ['kind,period,value\n\0', '(file): is not text (it holds a NUL byte)'],
  ])('%j → %s', (text, error) => {
    expect(errorsOf(text)).toContain(error);
  });
  it('reads the cohort kinds: survival by age from 1, retention by satisfaction band 0 … 15', () => {
    const r = parseTargetsText('kind,firm,period,value\nsurvival,1,12,0.6\nretentionbyband,0,15,0.93\nsurvival,1,1,0.97\n');
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.targets.map((t) => [t.kind, t.firm, t.period, t.value, t.scale])).toEqual([
      ['survival', 1, 12, 0.6, 0.01],
      ['retentionbyband', 0, 15, 0.93, 0.01],
      ['survival', 1, 1, 0.97, 0.01],
    ]);
  });
  it.each([
    ['kind,period,value\nsurvival,0,1\n', "line 2, column period: a survival row's period is the age in periods, a whole number from 1 to 100000 (got 0)"],
    ['kind,period,value\nsurvival,3,1.2\n', 'line 2, column value: a survival must be between 0 and 1 (got 1.2)'],
    [
      'kind,period,value\nretentionbyband,16,0.9\n',
      "line 2, column period: a retentionbyband row's period is the satisfaction band, a whole number from 0 (1–1.25) to 15 (4.75–5) (got 16)",
    ],
    [
      'kind,period,value\nretentionbyband,2.5,0.9\n',
      "line 2, column period: a retentionbyband row's period is the satisfaction band, a whole number from 0 (1–1.25) to 15 (4.75–5) (got 2.5)",
    ],
    ['kind,period,value\nretentionbyband,3,-0.1\n', 'line 2, column value: a retentionbyband must be between 0 and 1 (got -0.1)'],
    ['kind,period,value\nsurvival,2,0.9\nsurvival,2,0.8\n', 'line 3: survival of firm 0 at period 2 is also on line 2'],
  ])('cohort kinds: %j → %s', (text, error) => {
    expect(errorsOf(text)).toContain(error);
  });
  it('a file past the size or row limit is refused without reading it all', () => {
    expect(errorsOf('x'.repeat(MAX_TARGET_BYTES + 1))).toEqual([`(file): larger than the 1 MB limit for targets`]);
    const rows = Array.from({ length: MAX_TARGET_ROWS + 1 }, (_, i) => `share,${i},0.5`).join('\n');
    expect(errorsOf(`kind,period,value\n${rows}`)).toContain(`line ${MAX_TARGET_ROWS + 2}: more than ${MAX_TARGET_ROWS} rows, the limit of one file`);
  });
  it('stops listing after 20 errors', () => {
    const e = errorsOf(`kind,period,value\n${'retention,x,0.5\n'.repeat(50)}`);
    expect(e).toHaveLength(21);
    expect(e.at(-1)).toBe('(file): stopped after 20 errors');
  });
  it('periods past the horizon and firms the scenario lacks are named with their line', () => {
    const r = parseTargetsText('kind,firm,period,value\nshare,0,40,0.3\nshare,7,1,0.3\n');
    if (!r.ok) throw new Error(r.errors.join());
    const s = setupCalibration(smallMarket(500, 20), r.targets, [], {
      replicates: 2,
      seed: 1,
      holdout: 0,
      restarts: 1,
      evaluations: 5,
      bootstrap: 2,
      engine: 'wasm',
    });
    expect(s.ok ? [] : s.errors).toEqual([
      "targets line 2, column period: 40 is past the scenario's horizon (periods 0 … 19)",
      'targets line 3, column firm: the scenario has 3 firms (0 … 2)',
    ]);
  });
});

describe('--fit', () => {
  it('reads PATH=FROM:TO and refuses the rest by name', () => {
    expect(parseFit('behaviour.offerRate=0.01:0.3')).toEqual({ text: 'behaviour.offerRate=0.01:0.3', path: 'behaviour.offerRate', from: 0.01, to: 0.3 });
    expect(parseFit('behaviour.offerRate=0.3:0.01')).toBe("--fit 'behaviour.offerRate=0.3:0.01': FROM must be less than TO");
    expect(parseFit('behaviour.offerRate=a:1')).toBe("--fit 'behaviour.offerRate=a:1': the bounds must be finite numbers");
    expect(parseFit('behaviour.offerRate')).toMatch(/expected PATH=FROM:TO/);
  });
  it("bounds outside the field's, unknown fields and levers get errors naming the --fit", () => {
    const targets = [{ kind: 'share' as const, firm: 0, period: 1, value: 0.3, weight: 1, scale: 0.01, line: 2 }];
    const fits = ['behaviour.offerRate=0:2', 'behaviour.nothing=0:1', 'firms[0].price=0.5:2'].map(
      (t) => parseFit(t) as Exclude<ReturnType<typeof parseFit>, string>,
    );
    const s = setupCalibration(smallMarket(500, 10), targets, fits, {
      replicates: 2,
      seed: 1,
      holdout: 0,
      restarts: 1,
      evaluations: 5,
      bootstrap: 2,
      engine: 'wasm',
    });
    expect(s.ok ? [] : s.errors).toEqual([
      "--fit 'firms[0].price=0.5:2': firms[0].price is a firm's strategy lever, a decision you know, not a property of the market to estimate (fit behaviour.*, market.* or population.* fields)",
    ]);
    const s2 = setupCalibration(smallMarket(500, 10), targets, fits.slice(0, 2), {
      replicates: 2,
      seed: 1,
      holdout: 0,
      restarts: 1,
      evaluations: 5,
      bootstrap: 2,
      engine: 'wasm',
    });
    const errors = s2.ok ? [] : s2.errors;
    expect(errors[0]).toMatch(/^--fit 'behaviour.offerRate=0:2': 2 is out of bounds/);
    expect(errors[1]).toBe("--fit 'behaviour.nothing=0:1': behaviour.nothing is not a numeric field of the base scenario");
  });
});

describe('hold-out', () => {
  it('holds out the last fraction of each series by period, keeping at least one point in the fit', () => {
    const t = (kind: 'share' | 'nps', period: number) => ({ kind, firm: 0, period, value: 0.3, weight: 1, scale: 1, line: 0 });
    const marked = holdOut([t('share', 3), t('share', 0), t('share', 1), t('share', 2), t('nps', 5)], 0.25);
    expect(marked.map((x) => x.holdout)).toEqual([true, false, false, false, false]);
    expect(holdOut([t('share', 0), t('share', 1)], 0.9).map((x) => x.holdout)).toEqual([false, true]);
  });
});
