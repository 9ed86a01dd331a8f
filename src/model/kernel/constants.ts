// Constants the kernel's rules and the TypeScript that prepares their inputs both read.

/** Sqrt(12): scales a centred uniform to unit standard deviation. */
export const UNIT_SD = 3.4641016151377544;
/** Share of a rival's fit a customer can judge before trying it. */
export const KNOWN_FIT = 0.5;
/** Random 32-bit words every customer gets every period, used or not, so a decision changed by
 *  a strategy lever never shifts another customer's random numbers. */
export const DRAWS_PER_CUSTOMER = 4;
/** Customers per chunk of the period loop: their draws (16 KB) and state (~50 KB) stay in the
 *  L1 and L2 caches from one mechanism to the next. */
export const CHUNK = 1024;
/** Entries of the programme stake table (src/model/params.ts): tenures of 0 to 730 periods, the
 *  24 months of the points horizon in days, and one more for any tenure beyond. */
export const STAKE_TABLE = 732;
