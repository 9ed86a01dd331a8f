// The registry of per-customer mechanisms, in the order they act on a chunk of customers in a
// period. The period loop (kernel/period.ts) calls applyDrivers() and knows no mechanism.
// Every driver is one module with the same shape (src/model/README.md): the customer state it
// owns (CUSTOMER_ARRAYS in layout.ts), its own random stream (STREAM, a fixed id, and DRAWS
// words per customer: kernel/draws.ts, so adding a driver or a draw never shifts another
// driver's numbers), and `apply(from, to, K, t)` over a chunk. Word of mouth acts on firms,
// after the measures (wordOfMouth.ts).
// Adding a mechanism: one file, and one line here (AssemblyScript has no closures to keep in a
// list, so the registry is this call sequence).
import * as experience from './experience.ts';
import * as decision from './decision.ts';
import * as loyalty from './loyalty.ts';
import * as tally from './tally.ts';

export function applyDrivers(from: i32, to: i32, K: i32, t: i32): void {
  experience.apply(from, to, K, t);
  decision.apply(from, to, K, t);
  loyalty.apply(from, to, K, t);
  tally.apply(from, to, K, t);
}
