// Constants the kernel's rules and the TypeScript that prepares their inputs both read.

/** Sqrt(12): scales a centred uniform to unit standard deviation. */
export const UNIT_SD = 3.4641016151377544;
/** Share of a rival's fit a customer can judge before trying it. */
export const KNOWN_FIT = 0.5;
/** Most random words a driver may draw per customer and period (its DRAWS): the rows of the
 *  draw buffer. Raising it changes no result (draws are counter-based, kernel/draws.ts). */
export const MAX_DRAWS = 4;
/** Customers per chunk of the period loop: their draws (16 KB) and state (~50 KB) stay in the
 *  L1 and L2 caches from one mechanism to the next. */
export const CHUNK = 1024;
/** Entries of the programme stake table (src/model/params.ts): tenures of 0 to 730 periods, the
 *  24 months of the points horizon in days, and one more for any tenure beyond. */
export const STAKE_TABLE = 732;
