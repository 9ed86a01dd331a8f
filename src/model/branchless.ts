// Selections without a branch. The per-customer loops clamp and choose on data the CPU cannot
// predict (is this customer above 4.25? is the second rival better?); a mispredicted branch costs
// ~15 cycles, so a ternary there costs ~4 ns a customer where these cost ~1 (bench: npm run bench).
// V8 compiles `+(a < b)` to a flag-to-integer move, not a jump. For finite inputs each result is
// exactly the value the branching form would give: x·1 + y·0 = x.

/** a if `when` is 1, b if it is 0. */
export function select(when: number, a: number, b: number): number {
  return a * when + b * (1 - when);
}

/** x < lo ? lo : x > hi ? hi : x. */
export function clamp(x: number, lo: number, hi: number): number {
  const below = +(x < lo);
  const above = +(x > hi);
  return x * (1 - below - above) + lo * below + hi * above;
}

/** Math.max(0, x). */
export function positivePart(x: number): number {
  return (x + Math.abs(x)) * 0.5;
}
