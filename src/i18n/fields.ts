// Labels of the scenario's fields, by path without indices ('firms[1].unitCost' → 'firms.unitCost').
// The labels live with the fields, one row each, in src/scenario/spec/*.ts (levers' labels in
// src/scenario/levers.ts); this is their lookup for the editor.
import { FIELDS, type Text } from '../scenario/spec/index.ts';

/** 'firms[2].unitCost' (or the row path 'firms[].unitCost') → 'firms.unitCost' */
export function labelKey(path: string): string {
  return path.replace(/\[\d*\]/g, '');
}

export const FIELD_LABELS: Readonly<Record<string, Text>> = Object.fromEntries(FIELDS.map((f) => [labelKey(f.path), f.label]));

export function fieldLabel(path: string, lang: 'en' | 'zh'): string {
  const hit = FIELD_LABELS[labelKey(path)];
  if (hit) return hit[lang];
  const last = path.split('.').at(-1) ?? path;
  return last.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());
}
