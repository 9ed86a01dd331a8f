// The shipped scenarios by name (file name without `.json`), for lessons: the same validated
// library the gallery shows (src/ui/library/shipped.ts).
import { shippedGallery } from '../library/shipped.ts';
import type { Scenario } from '../../scenario/schema.ts';

export function shippedScenario(name: string): Scenario | null {
  return shippedGallery().entries.find((e) => e.id === name)?.scenario ?? null;
}

/** Names of the shipped scenarios that validated, by name. */
export function shippedNames(): string[] {
  return shippedGallery()
    .entries.map((e) => e.id)
    .sort();
}
