// Shared chart geometry: every chart is drawn in the same viewBox and scales with its card.
export const W = 520;
export const H = 300;
export const MARGIN = { top: 12, right: 16, bottom: 40, left: 58 } as const;
export const FONT = 'system-ui, -apple-system, "Segoe UI", "Noto Sans SC", "PingFang SC", sans-serif';
export const INK = '#222222';
export const MUTED = '#666666';
export const GRID = '#e3e3e3';

export type Scale = ((v: number) => number) & { ticks(n?: number): number[]; domain(): number[]; range(): number[] };
