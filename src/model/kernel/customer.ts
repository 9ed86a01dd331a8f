// Codes of the customers' categorical state, shared by every mechanism (population.ts builds the
// named objects the rest of the app reads from these, so each code is written once).

/** provider of someone outside the category. */
export const NO_PROVIDER = 255;

// Bits of `happened`: what happened to a customer this period (reset every period).
export const FAILURE = 1;
export const MAJOR = 2;
export const COMPLAINED = 4;
export const RESOLVED = 8;
export const QUICK = 16;
export const OFFER = 32;
export const SEARCHED = 64;
/** Arrived from a rival this period. */
export const SWITCHED = 128;
/** Left the provider this period (to a rival or out of the category). */
export const LEFT = 256;
/** Arrived from outside the category this period. */
export const ENTERED = 512;

// Bits of `traits`, fixed for life. A kinship tie is to one firm, stored from bit 4.
export const KIN = 1;
export const NUMBER_TIE = 2;
export const KIN_FIRM_SHIFT = 4;
