// What the calibration view is set to (kept while the user visits other views): the observed
// data as text, the free parameters with their bounds, the hold-out and the search's settings
// (the command line's defaults). Checking is in plain functions (inputs.ts).
import type { Suggestion } from '../../experiment/calibrate/kinds.ts';

export interface ParamChoice {
  path: string;
  from: number;
  to: number;
}

export class CalibrateSetup {
  csv = $state('');
  /** The file the data came from, if any (for the status line). */
  source = $state<string | null>(null);
  params = $state<ParamChoice[]>([]);
  holdout = $state(0);
  replicates = $state(8);
  restarts = $state(3);
  evaluations = $state(40);
  bootstrap = $state(8);

  has(path: string): boolean {
    return this.params.some((p) => p.path === path);
  }

  toggle(s: Suggestion): void {
    if (this.has(s.path)) this.params = this.params.filter((p) => p.path !== s.path);
    else this.params = [...this.params, { path: s.path, from: s.from, to: s.to }];
  }

  remove(i: number): void {
    this.params = this.params.filter((_, j) => j !== i);
  }
}
