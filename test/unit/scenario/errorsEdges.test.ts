// The error lines a user reads (src/scenario/errors.ts), pinned word for word at their edges:
// a key just short of and just past the length quoted back, a bound just below and at the
// size that gets thousands separators, an exclusive bound, the fifth and the sixth unknown key,
// the twentieth and the twenty-first problem. Every issue comes from a small zod schema built
// inside the test, so each line is worked out from the schema alone.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatIssues, formatPath, quoteKey } from '../../../src/scenario/errors.ts';

/** The lines formatIssues gives for `value` against `schema` (which must reject it). */
function lines(schema: z.ZodType, value: unknown, max?: number): string[] {
  const r = schema.safeParse(value);
  if (r.success) throw new Error('expected the value to be rejected');
  return max === undefined ? formatIssues(r.error.issues) : formatIssues(r.error.issues, max);
}

describe('quoteKey', () => {
  it('quotes a key of 40 characters whole, and cuts one of 41 to 40 and an ellipsis', () => {
    const forty = 'k'.repeat(40);
    expect(quoteKey(forty)).toBe(`"${forty}"`);
    expect(quoteKey(forty + 'z')).toBe(`"${forty}…"`);
    expect(quoteKey('a'.repeat(39) + 'bcd')).toBe(`"${'a'.repeat(39)}b…"`);
  });
  it('escapes every colon, so a line still splits at its first colon', () => {
    expect(quoteKey('a:b:c')).toBe('"a\\u003ab\\u003ac"');
  });
  it('escapes quotes and backslashes as JSON does', () => {
    expect(quoteKey('say "hi"\\')).toBe('"say \\"hi\\"\\\\"');
  });
});

describe('formatPath', () => {
  it('names the root when there is no path', () => {
    expect(formatPath([])).toBe('(root)');
  });
  it('joins names with dots and writes indices in brackets', () => {
    expect(formatPath(['firms', 2, 'price'])).toBe('firms[2].price');
    expect(formatPath([0, 'x'])).toBe('[0].x');
    expect(formatPath(['$a_1', 'b'])).toBe('$a_1.b');
  });
  it('quotes a name that is not an identifier, anywhere in it', () => {
    expect(formatPath(['a b'])).toBe('["a b"]');
    expect(formatPath(['1a'])).toBe('["1a"]');
    expect(formatPath(['a-'])).toBe('["a-"]');
    expect(formatPath(['market', 'a-b', 0])).toBe('market["a-b"][0]');
    expect(formatPath(['m', ''])).toBe('m[""]');
  });
  it('writes a symbol by its description, quoted', () => {
    expect(formatPath(['m', Symbol('s')])).toBe('m["Symbol(s)"]');
  });
});

describe('formatIssues: bounds', () => {
  it('writes thousands separators from 10,000 on, on either side of zero', () => {
    expect(lines(z.object({ n: z.number().max(10_000) }), { n: 20_000 })).toEqual(['n: must be ≤ 10,000']);
    expect(lines(z.object({ n: z.number().max(9_999) }), { n: 20_000 })).toEqual(['n: must be ≤ 9999']);
    expect(lines(z.object({ n: z.number().min(-10_000) }), { n: -20_000 })).toEqual(['n: must be ≥ -10,000']);
    expect(lines(z.object({ n: z.number().min(-9_999) }), { n: -20_000 })).toEqual(['n: must be ≥ -9999']);
  });
  it('writes a bound that is not whole as it is', () => {
    expect(lines(z.object({ n: z.number().max(12_345.5) }), { n: 20_000 })).toEqual(['n: must be ≤ 12345.5']);
  });
  it('writes an exclusive bound with < or >', () => {
    expect(lines(z.object({ n: z.number().gt(0) }), { n: 0 })).toEqual(['n: must be > 0']);
    expect(lines(z.object({ n: z.number().lt(1) }), { n: 1 })).toEqual(['n: must be < 1']);
  });
  it('counts characters of text and items of a list', () => {
    expect(lines(z.object({ s: z.string().min(1) }), { s: '' })).toEqual(['s: must have at least 1 character(s)']);
    expect(lines(z.object({ s: z.string().max(2) }), { s: 'abc' })).toEqual(['s: must have at most 2 character(s)']);
    expect(lines(z.object({ l: z.array(z.number()).min(2) }), { l: [1] })).toEqual(['l: needs at least 2 item(s)']);
    expect(lines(z.object({ l: z.array(z.number()).max(1) }), { l: [1, 2] })).toEqual(['l: must have at most 1 item(s)']);
  });
  it('keeps only the tightest bound of a side, in whichever order zod reports them', () => {
    // z.int() reports the safe-integer bound first, then the field's own
    expect(lines(z.object({ n: z.int().max(10) }), { n: 1e308 })).toEqual(['n: must be ≤ 10']);
    expect(lines(z.object({ n: z.int().min(-10) }), { n: -1e308 })).toEqual(['n: must be ≥ -10']);
    // and the tighter bound first, the looser after it
    expect(lines(z.object({ n: z.number().max(3).max(5) }), { n: 9 })).toEqual(['n: must be ≤ 3']);
    expect(lines(z.object({ n: z.number().min(5).min(3) }), { n: 0 })).toEqual(['n: must be ≥ 5']);
  });
  it('keeps every length a text or a list breaks: only numbers are narrowed to the tightest', () => {
    // zod reports both maxima of a text, and both minima of a list
    expect(lines(z.object({ s: z.string().max(2).max(3) }), { s: 'abcd' })).toEqual([
      's: must have at most 2 character(s)',
      's: must have at most 3 character(s)',
    ]);
    expect(lines(z.object({ l: z.array(z.number()).min(3).min(2) }), { l: [1] })).toEqual(['l: needs at least 3 item(s)', 'l: needs at least 2 item(s)']);
    const issue = (code: 'too_big' | 'too_small', origin: 'string' | 'array', bound: number): z.core.$ZodIssue =>
      code === 'too_big'
        ? { code, origin, maximum: bound, inclusive: true, path: ['t'], message: '' }
        : { code, origin, minimum: bound, inclusive: true, path: ['t'], message: '' };
    expect(formatIssues([issue('too_big', 'array', 4), issue('too_big', 'array', 2)])).toEqual([
      't: must have at most 4 item(s)',
      't: must have at most 2 item(s)',
    ]);
    expect(formatIssues([issue('too_small', 'string', 1), issue('too_small', 'string', 3)])).toEqual([
      't: must have at least 1 character(s)',
      't: must have at least 3 character(s)',
    ]);
  });
  it('keeps one line per field when two fields break the same bound', () => {
    expect(lines(z.object({ x: z.number().max(5), y: z.number().max(5) }), { x: 9, y: 7 })).toEqual(['x: must be ≤ 5', 'y: must be ≤ 5']);
    expect(lines(z.object({ x: z.number().min(5), y: z.number().min(5) }), { x: 0, y: 1 })).toEqual(['x: must be ≥ 5', 'y: must be ≥ 5']);
  });
  it('keeps both sides of one field', () => {
    const issues: z.core.$ZodIssue[] = [
      { code: 'too_big', origin: 'number', maximum: 5, inclusive: true, path: ['n'], message: '' },
      { code: 'too_small', origin: 'number', minimum: 7, inclusive: true, path: ['n'], message: '' },
    ];
    expect(formatIssues(issues)).toEqual(['n: must be ≤ 5', 'n: must be ≥ 7']);
  });
});

describe('formatIssues: types, keys and choices', () => {
  it('says "a" or "an" by the word that follows', () => {
    expect(lines(z.object({ o: z.object({}) }), { o: 1 })).toEqual(['o: must be an object']);
    expect(lines(z.object({ l: z.array(z.number()) }), { l: 'x' })).toEqual(['l: must be an array (a list)']);
    expect(lines(z.object({ b: z.boolean() }), { b: 1 })).toEqual(['b: must be a boolean']);
    expect(lines(z.object({ n: z.number() }), { n: 'x' })).toEqual(['n: must be a number']);
  });
  it('says a whole number for a fraction where an integer goes', () => {
    expect(lines(z.object({ n: z.int() }), { n: 1.5 })).toEqual(['n: must be a whole number']);
  });
  it('lists one, two and five unknown keys by name, and counts past five', () => {
    const none = z.strictObject({});
    const keys = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 1]));
    expect(lines(none, keys(1))).toEqual(['(root): unknown key "k0"']);
    expect(lines(none, keys(2))).toEqual(['(root): unknown keys "k0", "k1"']);
    expect(lines(none, keys(5))).toEqual(['(root): unknown keys "k0", "k1", "k2", "k3", "k4"']);
    expect(lines(none, keys(6))).toEqual(['(root): unknown keys "k0", "k1", "k2", "k3", "k4" … (6 in all)']);
  });
  it('lists the allowed values of a choice as JSON', () => {
    expect(lines(z.object({ c: z.enum(['a', 'b']) }), { c: 'z' })).toEqual(['c: must be one of "a", "b"']);
    expect(lines(z.object({ c: z.literal(3) }), { c: 4 })).toEqual(['c: must be one of 3']);
  });
  it("passes a rule's own message on", () => {
    const rule = z.object({ n: z.number() }).refine((v) => v.n > 1, { message: 'must be above one', path: ['n'] });
    expect(lines(rule, { n: 0 })).toEqual(['n: must be above one']);
  });
});

describe('formatIssues: how many lines', () => {
  const many = (n: number) => z.object(Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}`, z.number()])));
  it('lists 20 problems whole', () => {
    const out = lines(many(20), {});
    expect(out).toHaveLength(20);
    expect(out[19]).toBe('f19: must be a number');
  });
  it('lists 20 of 21 and counts the one left', () => {
    const out = lines(many(21), {});
    expect(out).toHaveLength(21);
    expect(out[19]).toBe('f19: must be a number');
    expect(out[20]).toBe('(more): 1 further problem(s) not listed');
  });
  it('takes another limit', () => {
    expect(lines(many(5), {}, 2)).toEqual(['f0: must be a number', 'f1: must be a number', '(more): 3 further problem(s) not listed']);
  });
});
