declare module 'seedrandom/lib/alea.js' {
  /** seedrandom's Alea generator: a uniform in [0, 1) per call. */
  export default function alea(seed: string): () => number;
}
