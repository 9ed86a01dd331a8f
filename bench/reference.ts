// The reference step that `npm run bench` measures the full period step against, in the same
// process and run, so the speed it reports is a ratio that does not depend on the machine
// (absolute speeds of the same build differ 2–3× between machines of the same kind). It is the
// least a per-customer model can do: one draw from seedrandom's Alea, a state update over
// Float32Arrays, one comparison and, now and then, a switch of provider.
import alea from 'seedrandom/lib/alea.js';

export interface ReferencePopulation {
  readonly satisfaction: Float32Array;
  readonly provider: Uint8Array;
  readonly quality: Float32Array;
  readonly random: () => number;
}

export function createReference(size: number, firms = 3): ReferencePopulation {
  const random = alea(`reference:${size}`);
  const satisfaction = Float32Array.from({ length: size }, () => 1 + 4 * random());
  const provider = Uint8Array.from({ length: size }, () => Math.floor(firms * random()));
  const quality = Float32Array.from({ length: firms }, (_, k) => 3.5 + 0.25 * k);
  return { satisfaction, provider, quality, random };
}

/** One period of the reference: satisfaction moves towards the provider's quality plus noise;
 *  an unhappy customer switches to the next firm with a small chance. Returns the switches. */
export function referenceStep(r: ReferencePopulation): number {
  const { satisfaction, provider, quality, random } = r;
  const firms = quality.length;
  let switches = 0;
  for (let i = 0; i < satisfaction.length; i++) {
    const u = random();
    const k = provider[i];
    const s = satisfaction[i] + 0.2 * (quality[k] + (u - 0.5) - satisfaction[i]);
    satisfaction[i] = s;
    if (u * 5 < 3 - s) {
      provider[i] = (k + 1) % firms;
      switches++;
    }
  }
  return switches;
}
