// What the user is setting up for a comparison (kept outside the panel so it survives tab
// and language switches). It is saved with the scenario, as its optional `comparison` section
// (src/scenario/spec/comparison.ts): every edit hands the section on (`changed`), and a
// scenario opened from a file or a link with a section brings its comparison back (`load`).
import type { BandKind } from '../series/bands.ts';
import type { LeverSetting } from '../../scenario/leverSettings.ts';
import { comparisonSection, type Variant } from '../../scenario/variants.ts';
import { MAX_VARIANTS, type Comparison } from '../../scenario/spec/comparison.ts';

export { MAX_VARIANTS };

export interface SetupNames {
  baseline: string;
  service: string;
  programme: string;
  variant: (letter: string) => string;
}

export class CompareSetup {
  variants = $state<Variant[]>([]);
  /** Replicates per variant; null follows the scenario's own `replicates` until the user sets it. */
  replicates = $state<number | null>(null);
  band = $state<BandKind>('percentile');
  /** Whether the runs count cohorts, for the cohort curves with bands (opt-in: it costs time
   *  and memory); saved as the section's `cohorts`. */
  cohorts = $state(false);
  private readonly names: SetupNames;
  private readonly changed: (section: Comparison) => void;

  /** Starts with a baseline and two ready-made variants (better service, a loyalty programme). */
  constructor(names: SetupNames, changed: (section: Comparison) => void = () => {}) {
    this.names = names;
    this.changed = changed;
    this.variants = [
      { name: names.baseline, settings: [] },
      { name: names.service, settings: [{ firm: 0, lever: 'recoveryRate', value: 0.8, fromPeriod: 0 }] },
      { name: names.programme, settings: [{ firm: 0, lever: 'programme', value: 0.05, fromPeriod: 0 }] },
    ];
  }

  /** The setup as the scenario file's `comparison` section. */
  section(): Comparison {
    return comparisonSection($state.snapshot(this.variants) as Variant[], this.replicates, this.band, this.cohorts);
  }

  /** Takes a saved comparison (from a file, a link or the autosave). */
  load(c: Comparison): void {
    this.variants = c.variants.map((v) => ({ name: v.name, settings: v.settings.map((x) => ({ ...x })) }));
    this.replicates = c.replicates ?? null;
    this.band = c.band;
    this.cohorts = c.cohorts ?? false;
  }

  /** Whether `c` is what this setup would save (so loading it back changes nothing). */
  same(c: Comparison | undefined): boolean {
    return c !== undefined && JSON.stringify(c) === JSON.stringify(this.section());
  }

  private edited(): void {
    this.changed(this.section());
  }

  addVariant(): void {
    if (this.variants.length >= MAX_VARIANTS) return;
    this.variants.push({
      name: this.names.variant(String.fromCharCode(65 + this.variants.length - 1)),
      settings: [{ firm: 0, lever: 'price', value: 0.95, fromPeriod: 0 }],
    });
    this.edited();
  }

  removeVariant(i: number): void {
    if (i > 0 && this.variants.length > 2) {
      this.variants.splice(i, 1);
      this.edited();
    }
  }

  rename(i: number, name: string): void {
    this.variants[i].name = name;
    this.edited();
  }

  addSetting(i: number, x: LeverSetting = { firm: 0, lever: 'quality', value: 4, fromPeriod: 0 }): void {
    this.variants[i].settings.push(x);
    this.edited();
  }

  setSetting(i: number, j: number, patch: Partial<LeverSetting>): void {
    Object.assign(this.variants[i].settings[j], patch);
    this.edited();
  }

  removeSetting(i: number, j: number): void {
    this.variants[i].settings.splice(j, 1);
    this.edited();
  }

  setReplicates(n: number | null): void {
    this.replicates = n;
    this.edited();
  }

  setBand(b: BandKind): void {
    this.band = b;
    this.edited();
  }

  setCohorts(on: boolean): void {
    this.cohorts = on;
    this.edited();
  }
}
