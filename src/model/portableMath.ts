// Math.pow, Math.exp and Math.log are not the same function in every JavaScript engine: Node 20
// and Chromium 156 disagree in the last bit on about one argument in ten (measured; see the
// README, "Determinism"). Results must be bit-identical in Node and the browser, so every power
// the model and its outputs take goes through stdlib's pow, a port of fdlibm written with
// + − × ÷ only, which IEEE 754 rounds the same way everywhere.
import stdlibPow from '@stdlib/math-base-special-pow';

/** x to the power y, the same to the last bit in every engine. */
export const pow: (x: number, y: number) => number = stdlibPow;
