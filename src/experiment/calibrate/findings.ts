// What a fit cannot tell, as data: each finding a kind and its numbers, so the command line
// words it in English (report.ts, warningsOf) and the app in the interface's language
// (src/ui/calibrate/findings.ts), from the same rules. Worst first: per parameter (not
// identified, at a bound, poorly determined), then the fit as a whole, per series, out of sample.

/** What the rules read of a report; a saved calibration (the scenario's `calibration`
 *  section) carries the same. */
export interface FindingsInput {
  parameters: readonly { path: string; from: number; to: number; sd: number; profileRise: number; flags: readonly string[] }[];
  loss: { fit: number; holdout: number; flatThreshold: number };
  series: readonly { kind: string; firm: number }[];
  rows: readonly { kind: string; firm: number; period: number; set: 'fit' | 'holdout'; residual: number }[];
}

export type Finding =
  | { kind: 'flat'; path: string; from: number; to: number; rise: number; threshold: number }
  | { kind: 'bound'; path: string; side: 'lower' | 'upper'; bound: number }
  /** At a bound of 0: the fit switches that mechanism off. */
  | { kind: 'off'; path: string }
  | { kind: 'wide'; path: string; sd: number }
  | { kind: 'poor'; loss: number }
  | { kind: 'systematic'; series: string; firm: number; changes: number; points: number }
  | { kind: 'holdout'; holdout: number; fit: number };

/** Fewest fit points of a series for the runs check of its residuals. */
const SYSTEMATIC_MIN_POINTS = 6;
/** A typical miss above this many scales is a poor fit. */
const POOR_LOSS = 2;

export function findingsOf(r: FindingsInput): Finding[] {
  const out: Finding[] = [];
  for (const p of r.parameters) {
    if (p.flags.includes('flat')) out.push({ kind: 'flat', path: p.path, from: p.from, to: p.to, rise: p.profileRise, threshold: r.loss.flatThreshold });
    const lower = p.flags.includes('at-lower-bound');
    if (lower || p.flags.includes('at-upper-bound')) {
      const bound = lower ? p.from : p.to;
      out.push(bound === 0 ? { kind: 'off', path: p.path } : { kind: 'bound', path: p.path, side: lower ? 'lower' : 'upper', bound });
    }
    if (p.flags.includes('wide') && !p.flags.includes('flat')) out.push({ kind: 'wide', path: p.path, sd: p.sd });
  }
  if (r.loss.fit > POOR_LOSS) out.push({ kind: 'poor', loss: r.loss.fit });
  for (const s of r.series) {
    // residuals that keep one sign for long stretches are a shape the model does not make (a
    // trend, a bend), not noise: a runs count (Wald–Wolfowitz), read simply
    const signs = r.rows
      .filter((x) => x.kind === s.kind && x.firm === s.firm && x.set === 'fit')
      .sort((a, b) => a.period - b.period)
      .map((x) => Math.sign(x.residual))
      .filter((x) => x !== 0 && Number.isFinite(x));
    const runs = signs.filter((x, i) => i === 0 || x !== signs[i - 1]).length;
    if (signs.length >= SYSTEMATIC_MIN_POINTS && runs <= Math.max(2, signs.length / 4))
      out.push({ kind: 'systematic', series: s.kind, firm: s.firm, changes: runs - 1, points: signs.length });
  }
  if (Number.isFinite(r.loss.holdout) && r.loss.holdout > 2 * Math.max(r.loss.fit, 0.5))
    out.push({ kind: 'holdout', holdout: r.loss.holdout, fit: r.loss.fit });
  return out;
}
