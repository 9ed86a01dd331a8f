// How often the calibration's ~95% intervals hold the true values, over many seeds of the
// recovery case (test/unit/calibrate/recoveryCase.ts: data made by the model at known values,
// fitted from the defaults). The unit test checks a few seeds; this measures the coverage the
// README states.
//   node scripts/run-ts.mjs scripts/calibration-coverage.ts [--from 1] [--seeds 20]
import { covers, KNOWN, recoveryFit } from '../test/unit/calibrate/recoveryCase.ts';

const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const from = arg('from', 1);
const seeds = arg('seeds', 20);
const held = new Map<string, number>();
const widths = new Map<string, number[]>();
for (let seed = from; seed < from + seeds; seed++) {
  const t0 = performance.now();
  const r = recoveryFit(seed);
  const c = covers(r);
  const cells = r.parameters.map((p) => {
    held.set(p.path, (held.get(p.path) ?? 0) + (c[p.path] ? 1 : 0));
    widths.set(p.path, [...(widths.get(p.path) ?? []), p.interval[1] - p.interval[0]]);
    return `${p.path.replace('behaviour.', '')} ${p.value.toPrecision(3)} [${p.interval[0].toPrecision(3)}, ${p.interval[1].toPrecision(3)}] ${c[p.path] ? 'holds' : 'MISSES'} ${KNOWN[p.path]}`;
  });
  console.log(`seed ${seed}: ${cells.join('; ')} (loss ${r.loss.fit.toFixed(2)}, ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
for (const [path, n] of held) {
  const w = widths.get(path)!;
  console.log(
    `${path}: the interval holds ${KNOWN[path]} for ${n} of ${seeds} seeds (${((100 * n) / seeds).toFixed(0)}%); median width ${[...w].sort((a, b) => a - b)[Math.floor(w.length / 2)].toPrecision(2)}`,
  );
}
