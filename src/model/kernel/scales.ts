// The scales every mechanism shares (MODEL.md §1): satisfaction and expectation on 1–5 (an
// expectation may run a little above the best experience), and the Jones–Sasser zones on the
// satisfaction scale: defection ≤ 3.75 < indifference ≤ 4.5 < affection.
export const SATISFACTION_MIN = 1;
export const SATISFACTION_MAX = 5;
export const EXPECTATION_MAX = 5.5;
export const DEFECTION_ZONE = 3.75;
export const AFFECTION_ZONE = 4.5;
