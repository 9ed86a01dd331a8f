// npm run bench, part 3: how fast hostile input is refused (the unit tests check that it is refused,
// never how fast). Each figure is also given as a ratio to JSON.parse of the 1 MB file measured in
// the same run, since machines of the same kind differ 2–3× in absolute speed.
import { parseScenarioText } from '../src/scenario/parse.ts';
import { decodeShareLink, encodeShareLink } from '../src/scenario/share.ts';
import type { Scenario } from '../src/scenario/schema.ts';
import { HOSTILE_FILES } from '../test/unit/scenario/hostile.ts';

function ms(f: () => unknown, runs = 5): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    f();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const reference = `{"meta":{"tags":[${new Array(200_000).fill('"abcd"').join(',')}]}}`;
const ref = ms(() => JSON.parse(reference));
console.log(`reference: JSON.parse of a ${(reference.length / 1e6).toFixed(1)} MB array: ${ref.toFixed(1)} ms`);
let worst = 0;
HOSTILE_FILES.forEach((text, n) => {
  const t = ms(() => parseScenarioText(text));
  worst = Math.max(worst, t);
  console.log(`hostile file ${n + 1} (${(text.length / 1e6).toFixed(2)} MB): refused in ${t.toFixed(1)} ms (${(t / ref).toFixed(1)}× the reference)`);
});
const bomb = encodeShareLink(' '.repeat(50e6) as unknown as Scenario);
const tb = ms(() => decodeShareLink(bomb), 3);
console.log(`zip-bomb share link (50 MB of spaces): refused in ${tb.toFixed(1)} ms (${(tb / ref).toFixed(1)}× the reference)`);
const huge = 'x'.repeat(50e6);
const th = ms(() => parseScenarioText(huge), 3);
console.log(`50 MB string: refused in ${th.toFixed(1)} ms; slowest hostile file ${worst.toFixed(1)} ms`);
