// Shared fixtures for the scenario tests: the default scenario as plain JSON data.
import { defaultScenario, serialiseScenario } from '../../../src/scenario/parse.ts';

export const DEFAULT_TEXT = serialiseScenario(defaultScenario());

/** A fresh, mutable copy of the default scenario as parsed JSON. */
export function baseValue(): Record<string, any> {
  return JSON.parse(DEFAULT_TEXT);
}

/** Every error line is `<path or (location)>: <message>`. */
export const ERROR_LINE = /^[^:]+: .+/;
