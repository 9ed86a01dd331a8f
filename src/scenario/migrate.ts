// Brings files written for older schema versions up to the current one, saying what changed.
import { SCHEMA_VERSION } from './schema.ts';
import { DEFAULT_FIRMS, FIELDS } from './spec/index.ts';
import { LEVER_BY_KEY } from './levers.ts';
import { fromPeriod, monthsPerPeriod } from './spec/time.ts';

type Migrated = { ok: true; value: Record<string, unknown>; notices: string[] } | { ok: false; error: string };
type Node = Record<string, unknown>;

const isNode = (x: unknown): x is Node => x !== null && typeof x === 'object' && !Array.isArray(x);

/** Version 0 was the unversioned draft format: `population` was a bare number and `firms`
 *  used `share` for what is now `initialShare`. */
function fromV0(v: Node): Node {
  const out: Node = { ...v, schemaVersion: 1 };
  if (typeof v.population === 'number') out.population = { size: v.population };
  if (Array.isArray(v.firms))
    out.firms = v.firms.map((f) => {
      if (!isNode(f)) return f;
      const { share, ...rest } = f;
      return share === undefined ? rest : { ...rest, initialShare: share };
    });
  return out;
}

/** Reads the number at `path` of the nodes on the way (default when missing) and writes the
 *  converted one; a list item of another event type, or anything not a number, is left for the
 *  parser to judge. Returns whether a value the file stated (or implied) changed. */
function convertAt(node: Node, path: string[], event: string | undefined, def: unknown, f: (x: number) => number): boolean {
  const [head, ...rest] = path;
  if (head.endsWith('[]')) {
    const list = node[head.slice(0, -2)];
    if (!Array.isArray(list)) return false;
    let changed = false;
    for (const item of list) if (isNode(item) && (event === undefined || item.type === event)) changed = convertAt(item, rest, undefined, def, f) || changed;
    return changed;
  }
  if (rest.length) {
    if (node[head] === undefined) node[head] = {};
    const next = node[head];
    return isNode(next) && convertAt(next, rest, event, def, f);
  }
  const x = node[head] === undefined ? def : node[head];
  if (typeof x !== 'number') return false;
  node[head] = f(x);
  return node[head] !== x;
}

/** Version 1 stated every rate per period of the file's periodUnit (week or month) and counted a
 *  terrorist's talk in periods. Version 2 states them per month (spec/time.ts): a month file's
 *  numbers stay as they are; a week file's are converted by their unit's rule, defaults
 *  included (a default of version 1 was per week in a week file), so the file means what it
 *  meant. */
function fromV1(v: Node): { value: Node; notices: string[] } {
  const out = structuredClone(v) as Node;
  out.schemaVersion = 2;
  const weeks = out.periodUnit === 'week';
  const len = weeks ? monthsPerPeriod('week') : 1;
  const wom = isNode(out.wordOfMouth) ? out.wordOfMouth : null;
  if (wom && 'terroristPeriods' in wom) {
    const { terroristPeriods, ...rest } = wom;
    out.wordOfMouth = { ...rest, terroristMonths: terroristPeriods };
  }
  const base = { satisfactionMemory: isNode(out.behaviour) ? out.behaviour.satisfactionMemory : undefined };
  if (!weeks) return { value: out, notices: ['Rates and durations are now stated per month; its periods are months, so its values are unchanged.'] };
  // a week file without firms had the default firms, whose costs were per week
  if (out.firms === undefined) out.firms = structuredClone(DEFAULT_FIRMS);
  if (isNode(out.wordOfMouth) || out.wordOfMouth === undefined) {
    const w = (out.wordOfMouth ?? {}) as Node;
    out.wordOfMouth = { ...w, terroristMonths: w.terroristMonths ?? 12 };
  }
  const changed: string[] = [];
  for (const f of FIELDS) {
    if (!f.time) continue;
    if (convertAt(out, f.path.split('.'), f.event, f.default, (x) => fromPeriod(x, f.time!, len))) changed.push(f.event ? `${f.path} (${f.event})` : f.path);
  }
  if (Array.isArray(out.changes))
    for (const c of out.changes) {
      const rule = isNode(c) && typeof c.lever === 'string' ? LEVER_BY_KEY[c.lever as keyof typeof LEVER_BY_KEY]?.unit.time : undefined;
      if (rule && typeof c.value === 'number') {
        c.value = fromPeriod(c.value, rule, len);
        changed.push(`changes[].value (${String(c.lever)})`);
      }
    }
  // a failure's and a quick recovery's effect on an experience is now stated for a month's
  // experience, and weighed by the memory's ratio in a shorter period (params.ts): the week's
  // values, stated as the month's that give them
  const b = isNode(out.behaviour) ? out.behaviour : {};
  const mWeek = typeof base.satisfactionMemory === 'number' ? base.satisfactionMemory : 0.3;
  if (typeof b.satisfactionMemory === 'number' && (isNode(out.service) || out.service === undefined)) {
    const service = (out.service ?? {}) as Node;
    for (const [key, def] of [
      ['failureImpact', 1.5],
      ['recoveryBonus', 0.8],
    ] as const) {
      const x = service[key] === undefined ? def : service[key];
      if (typeof x === 'number') service[key] = (x * mWeek) / b.satisfactionMemory;
      changed.push(`service.${key}`);
    }
    out.service = service;
    // quality noise is now a month's experience's, scaled to the period so that satisfaction
    // keeps a month's spread (params.ts: by the root of the ratio of m/(2 − m) for the two
    // memories): the week's noise, stated as the month's that gives it
    const x = b.qualityNoise === undefined ? 0.5 : b.qualityNoise;
    const spread = (m: number) => m / (2 - m);
    if (typeof x === 'number') {
      out.behaviour = { ...b, qualityNoise: x * Math.sqrt(spread(mWeek) / spread(b.satisfactionMemory)) };
      changed.push('behaviour.qualityNoise');
    }
  }
  const unique = [...new Set(changed)];
  return {
    value: out,
    notices: [
      `Rates and durations are now stated per month; its periods are weeks, so its rates per week were converted to per month: ${unique.join(', ')}.`,
      "The model's own rates (wallet-share adaptation, the points horizon, starting tenures) were per period in version 1 and are per month now, so weekly results differ a little from version 1's.",
    ],
  };
}

export function migrate(v: Record<string, unknown>): Migrated {
  // only a missing schemaVersion means the draft format; null or "1" is a mistake to report
  const version = v.schemaVersion === undefined ? 0 : v.schemaVersion;
  if (version === SCHEMA_VERSION) return { ok: true, value: v, notices: [] };
  if (version === 0 || version === 1) {
    const v2 = fromV1(version === 0 ? fromV0(v) : v);
    const first =
      version === 0
        ? `This file had no schemaVersion (version 0); it was migrated to version ${SCHEMA_VERSION}.`
        : `This file was written for schema version 1; it was migrated to version ${SCHEMA_VERSION}.`;
    // a draft's first line says enough unless its rates per week were converted
    const notices = version === 0 && v.periodUnit !== 'week' ? [first] : [first, ...v2.notices];
    return { ok: true, value: v2.value, notices };
  }
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: false, error: 'schemaVersion: must be a whole number' };
  return {
    ok: false,
    error: `schemaVersion: ${version} is not supported (this version of Loyalty Lab reads 0 to ${SCHEMA_VERSION})`,
  };
}
