// What the user is setting up for a comparison (kept outside the panel so it survives tab
// and language switches).
import type { BandKind } from '../series/bands.ts';
import type { LeverKey } from '../../scenario/levers.ts';
import type { LeverOverride, Variant } from './variants.ts';

export const MAX_VARIANTS = 4;

export interface SetupNames {
  baseline: string;
  service: string;
  programme: string;
  variant: (letter: string) => string;
}

export class CompareSetup {
  variants = $state<Variant[]>([]);
  private readonly names: SetupNames;

  /** Starts with a baseline and two ready-made variants (better service, a loyalty programme). */
  constructor(names: SetupNames) {
    this.names = names;
    this.variants = [
      { name: names.baseline, overrides: [] },
      { name: names.service, overrides: [{ firm: 0, lever: 'recoveryRate', value: 0.8 }] },
      { name: names.programme, overrides: [{ firm: 0, lever: 'programme', value: 0.05 }] },
    ];
  }
  /** Replicates per variant; null follows the scenario's own `replicates` until the user sets it. */
  replicates = $state<number | null>(null);
  band = $state<BandKind>('percentile');

  addVariant(): void {
    if (this.variants.length >= MAX_VARIANTS) return;
    this.variants.push({ name: this.names.variant(String.fromCharCode(65 + this.variants.length - 1)), overrides: [{ firm: 0, lever: 'price', value: 0.95 }] });
  }

  removeVariant(i: number): void {
    if (i > 0 && this.variants.length > 2) this.variants.splice(i, 1);
  }

  addOverride(i: number, o: LeverOverride = { firm: 0, lever: 'quality', value: 4 }): void {
    this.variants[i].overrides.push(o);
  }

  setOverride(i: number, j: number, patch: Partial<{ firm: number; lever: LeverKey; value: number }>): void {
    Object.assign(this.variants[i].overrides[j], patch);
  }

  removeOverride(i: number, j: number): void {
    this.variants[i].overrides.splice(j, 1);
  }
}
