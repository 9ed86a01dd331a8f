// The scenario format as rows (path, type, default, bounds, unit, meaning): the structure and
// bounds read from the zod schema's JSON Schema, so the documentation cannot drift from what
// the parser accepts; unit and meaning from the field's row in spec/.
import { z } from 'zod';
import { scenarioSchema } from './schema.ts';
import { fieldSpec } from './spec/index.ts';

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
  items?: Node;
  oneOf?: Node[];
  anyOf?: Node[];
  default?: unknown;
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
  const walk = (n: Node, path: string) => {
    if (n.type === 'object' && n.properties) {
      for (const [k, v] of Object.entries(n.properties)) walk(v, path ? `${path}.${k}` : k);
      return;
    }
    const item = n.type === 'array' ? n.items : undefined;
    if (item && (item.properties || item.oneOf || item.anyOf)) {
      for (const alt of item.oneOf ?? item.anyOf ?? [item]) walk(alt, `${path}[]`);
      return;
    }
    if (seen.has(path + bounds(n))) return;
    seen.add(path + bounds(n));
    rows.push({
      path,
      type: n.type ?? 'any',
      default: n.default === undefined ? '(required)' : JSON.stringify(n.default),
      bounds: bounds(n),
      unit: fieldSpec(path)?.unit?.en ?? '',
      meaning: fieldSpec(path)?.doc ?? '',
    });
  };
  // the optional experiment section has a format (and version) of its own: README, Experiments
  const { experiment: _section, ...fields } = scenarioJsonSchema().properties!;
  walk({ type: 'object', properties: fields }, '');
  return rows;
}

export function scenarioFormatMarkdown(): string {
  const rows = scenarioFieldRows();
  const lines = [
    '# Scenario file format (schema version 1)',
    '',
    'Generated from the field tables in `src/scenario/spec/` (through the zod schema, `src/scenario/schema.ts`) by `npm run docs`; do not edit by hand.',
    'A file needs only `"schemaVersion": 1` and what differs from the defaults. Unknown keys are errors.',
    'An optional `experiment` section, with a `schemaVersion` of its own, holds an experiment on the scenario (the fields of an experiment file without `base`; see the README, _Experiments_).',
    '',
    '| field | type | default | bounds | unit | meaning |',
    '|---|---|---|---|---|---|',
    ...rows.map((r) => `| \`${r.path}\` | ${r.type} | \`${r.default}\` | ${r.bounds} | ${r.unit} | ${r.meaning.replace(/\|/g, '\\|')} |`),
    '',
  ];
  return lines.join('\n');
}
