// The scenario format as rows (path, type, default, bounds, unit, meaning): the structure and
// bounds read from the zod schema's JSON Schema, so the documentation cannot drift from what
// the parser accepts; unit and meaning from the field's row in spec/.
import { z } from 'zod';
import { scenarioSchema } from './schema.ts';
import { fieldSpec, SCHEMA_VERSION } from './spec/index.ts';

export interface FieldRow {
  path: string;
  type: string;
  default: string;
  bounds: string;
  unit: string;
  meaning: string;
}

/** A node of the scenario's JSON Schema, as far as the docs need it. */
interface Node {
  type?: string;
  properties?: Record<string, Node>;
  required?: string[];
  items?: Node;
  oneOf?: Node[];
  anyOf?: Node[];
  default?: unknown;
  description?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  maxItems?: number;
  const?: unknown;
  enum?: unknown[];
}

/** The scenario schema as JSON Schema (input side: what a file may say). */
const scenarioJsonSchema = (): Node => z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }) as Node;

function bounds(n: Node): string {
  if (n.const !== undefined) return `= ${JSON.stringify(n.const)}`;
  if (n.enum) return n.enum.map((x) => JSON.stringify(x)).join(' \\| ');
  if (n.minimum !== undefined || n.maximum !== undefined) return `${n.minimum ?? '−∞'} … ${n.maximum ?? '∞'}`;
  if (n.maxLength !== undefined) return `≤ ${n.maxLength} characters`;
  if (n.maxItems !== undefined) return `≤ ${n.maxItems} items`;
  return '';
}

export function scenarioFieldRows(): FieldRow[] {
  const rows: FieldRow[] = [];
  const seen = new Set<string>();
  // `event`: the event type of the list item being walked (its fields' rows are that type's)
  const walk = (n: Node, path: string, event?: string, optional = false) => {
    // an optional section that documents itself (calibration) is one row: its own format
    // is described where it is written
    if (n.type === 'object' && n.description) {
      rows.push({ path, type: 'object', default: '(optional)', bounds: '', unit: '', meaning: n.description });
      return;
    }
    if (n.type === 'object' && n.properties) {
      for (const [k, v] of Object.entries(n.properties)) walk(v, path ? `${path}.${k}` : k, event, !(n.required ?? []).includes(k));
      return;
    }
    const item = n.type === 'array' ? n.items : undefined;
    if (item && (item.properties || item.oneOf || item.anyOf)) {
      for (const alt of item.oneOf ?? item.anyOf ?? [item]) {
        const type = alt.properties?.type?.const;
        walk(alt, `${path}[]`, typeof type === 'string' ? type : undefined);
      }
      return;
    }
    const spec = fieldSpec(path, event);
    const def = n.default !== undefined ? JSON.stringify(n.default) : spec?.optional || optional ? '(none)' : '(required)';
    // one row for a field every event type shares alike (the period), one per type otherwise
    const key = `${path} ${bounds(n)} ${def} ${spec?.doc ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    // the optional comparison section documents itself in its schema (spec/comparison.ts)
    rows.push({ path, type: n.type ?? 'any', default: def, bounds: bounds(n), unit: spec?.unit?.en ?? '', meaning: spec?.doc ?? n.description ?? '' });
  };
  // the optional experiment section has a format (and version) of its own: README, Experiments
  const { experiment: _section, ...fields } = scenarioJsonSchema().properties!;
  walk({ type: 'object', properties: fields }, '');
  return rows;
}

export function scenarioFormatMarkdown(): string {
  const rows = scenarioFieldRows();
  const lines = [
    `# Scenario file format (schema version ${SCHEMA_VERSION})`,
    '',
    'Generated from the field tables in `src/scenario/spec/` (through the zod schema, `src/scenario/schema.ts`) by `npm run docs`; do not edit by hand.',
    `A file needs only \`"schemaVersion": ${SCHEMA_VERSION}\` and what differs from the defaults. Unknown keys are errors.`,
    '',
    '**Time.** Every rate and duration is stated per month, whatever `periodUnit` is (day, week, month, quarter or year); the model converts each to the period length by the rule its unit names: a _chance per month_ or a _share of the gap per month_ compounds (per period 1 − (1 − r)^L for a period of L months, so a year of weekly periods gives the annual chance a year of months gives), an amount _per month_ (money, customers, points, a rate per month) is multiplied by L, and a duration in _months_ is divided by L. Months because the library and the sources behind the defaults are monthly: a month scenario runs exactly as written. The horizon, the burn-in and the schedule (`changes[].period`, `until`, `events[].period`, `duration`) count periods, as charts and CSV files do; switching the period unit in the editor rescales them so the run covers the same time. Files of version 1 stated rates per period of their `periodUnit` and are converted when read.',
    'An optional `experiment` section, with a `schemaVersion` of its own, holds an experiment on the scenario (the fields of an experiment file without `base`; see the README, _Experiments_).',
    '',
    '| field | type | default | bounds | unit | meaning |',
    '|---|---|---|---|---|---|',
    ...rows.map((r) => `| \`${r.path}\` | ${r.type} | \`${r.default}\` | ${r.bounds} | ${r.unit} | ${r.meaning.replace(/\|/g, '\\|')} |`),
    '',
    '## The optional `comparison` section',
    '',
    'A saved what-if comparison (written by _Compare strategies_, read back from a file or a share link). The section is optional and has a',
    '`version` of its own (now 1), so a file without it is as valid as before; a section without `version` is read as version 0 (each',
    "variant's `overrides`, which held from period 0) and migrated. It holds 2 to 4 `variants`, the baseline first. A variant is a list",
    "of lever settings; each holds from `fromPeriod` on and, from then on, wins over the scenario's scheduled `changes` of that firm and",
    'lever (the rule experiments and live levers use). Every variant is burnt in under the baseline, so all start from the same market.',
    'A firm index and a `fromPeriod` are checked against the scenario when the comparison runs, so an edit of the firms or the horizon',
    'never makes the scenario itself invalid.',
    '',
  ];
  return lines.join('\n');
}
