// One customer's story, period by period, from the inspector's appended states.
import { periodNumber } from './time.ts';
import type { CustomerState } from '../../model/index.ts';
import type { Point } from './types.ts';

export interface StoryRow {
  period: number;
  provider: number;
  satisfaction: number;
  loyaltyType: string | null;
  jsClass: string | null;
  events: string[];
  /** Provider changed since the previous row (or the customer entered or left). */
  changed: boolean;
}

export function storyRows(states: readonly CustomerState[]): StoryRow[] {
  return states.map((s, i) => ({
    period: s.period,
    provider: s.provider,
    satisfaction: s.satisfaction,
    loyaltyType: s.loyaltyType,
    jsClass: s.jsClass,
    events: s.events,
    changed: i > 0 && states[i - 1].provider !== s.provider,
  }));
}

export function satisfactionPath(states: readonly CustomerState[]): Point[] {
  return states.map((s) => ({ x: periodNumber(s.period), y: s.satisfaction }));
}

/** Totals for the story's header line. */
export function storyTotals(states: readonly CustomerState[]): { offers: number; failures: number; complaints: number; changes: number } {
  const has = (s: CustomerState, e: string) => s.events.includes(e);
  return {
    offers: states.filter((s) => has(s, 'offer')).length,
    failures: states.filter((s) => has(s, 'failure')).length,
    complaints: states.filter((s) => has(s, 'complained')).length,
    changes: storyRows(states).filter((r) => r.changed).length,
  };
}
