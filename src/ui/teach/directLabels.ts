// Direct labels, so lines and layers can be told apart without matching colours to a legend
// (colour-blind readers, greyscale print). Pure placement arithmetic in pixels.

/** Moves label positions apart to at least `gap` pixels, keeping their order and the band
 *  [lo, hi]; returns the new positions in the input order. */
export function spreadLabels(ys: readonly number[], gap: number, lo: number, hi: number): number[] {
  const order = ys.map((y, i) => ({ y: Math.min(hi, Math.max(lo, y)), i })).sort((a, b) => a.y - b.y);
  for (let k = 1; k < order.length; k++) order[k].y = Math.max(order[k].y, order[k - 1].y + gap);
  // pushed past the bottom: shift the stack back up
  const over = order.length ? order[order.length - 1].y - hi : 0;
  if (over > 0) for (const o of order) o.y -= over;
  for (let k = order.length - 2; k >= 0; k--) order[k].y = Math.min(order[k].y, order[k + 1].y - gap);
  const out = new Array<number>(ys.length);
  for (const o of order) out[o.i] = o.y;
  return out;
}

/** Where a stacked layer is thickest (in data units): the spot for its label. */
export function thickestPoint(points: readonly { x: number; y0: number; y1: number }[]): { x: number; mid: number; thickness: number } | null {
  let best: { x: number; mid: number; thickness: number } | null = null;
  for (const p of points) {
    const th = p.y1 - p.y0;
    if (Number.isFinite(th) && (!best || th > best.thickness)) best = { x: p.x, mid: (p.y0 + p.y1) / 2, thickness: th };
  }
  return best;
}

/** Hatching patterns drawn over stacked layers. Value loyalty, usually the largest layer, stays
 *  plain; other layers get a texture by key, unknown keys one by index. */
export const HATCHES = ['none', 'diagonal', 'dots', 'horizontal', 'cross', 'vertical', 'back-diagonal'] as const;
export type Hatch = (typeof HATCHES)[number];
const BY_KEY: Record<string, Hatch> = {
  value: 'none',
  monopoly: 'dots',
  inertia: 'diagonal',
  price: 'back-diagonal',
  incentive: 'horizontal',
  kinship: 'vertical',
  churned: 'cross',
};
export const hatchOf = (key: string, i: number): Hatch => BY_KEY[key] ?? HATCHES[i % HATCHES.length];
