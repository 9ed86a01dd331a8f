// The shapes charts draw. Series functions build these from model output; components only
// map them to pixels.

export interface Point {
  x: number;
  y: number;
}

export interface Line {
  key: string;
  label: string;
  color: string;
  points: Point[];
  dash?: string;
  /** Optional 90% band around the line (lo ≤ y ≤ hi per x). */
  band?: { x: number; lo: number; hi: number }[];
}

export interface Layer {
  key: string;
  label: string;
  color: string;
  points: { x: number; y0: number; y1: number }[];
}
