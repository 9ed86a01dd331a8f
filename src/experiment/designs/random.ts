// The designs' own random numbers, seeded from the experiment seed and the design's name so a
// design is the same on every machine and never shares a stream with the model's replicates.
import xor4096 from 'seedrandom/lib/xor4096.js';

export type Uniform = () => number;

export function designRandom(seed: number, design: string): Uniform {
  const g = xor4096(`loyalty-lab/experiment/${design}/${seed}`);
  return () => g.double();
}

/** Fisher–Yates: a uniformly random order of 0 … n − 1. */
export function permutation(n: number, random: Uniform): number[] {
  const p = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [p[i], p[j]] = [p[j], p[i]];
  }
  return p;
}
