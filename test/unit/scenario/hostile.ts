// Hostile scenario files of up to 1 MB: deep nesting, huge arrays, many keys, many bad entries.
// parse.test.ts checks each is refused with errors; bench/parse.bench.ts measures how fast.
export const HOSTILE_FILES: readonly string[] = [
  `{"meta":${'['.repeat(490_000)}${']'.repeat(490_000)}}`,
  `{"meta":{"tags":[${new Array(490_000).fill('0').join(',')}]}}`,
  `{"market":{${Array.from({ length: 80_000 }, (_, i) => `"k${i}":1`).join(',')}}}`,
  `{"changes":[${new Array(330_000).fill('{}').join(',')}]}`,
  `{"events":[${new Array(22_000).fill('{"type":"priceWar","period":-1,"firms":[99]}').slice(0, 22_000).join(',')}]}`,
  `{"a":${'{"a":'.repeat(160_000)}1${'}'.repeat(160_001)}`,
  `[${new Array(330_000).fill('[]').join(',')}]`,
  `{"meta":{"x":[${new Array(450).fill(`[${new Array(999).fill(0).join(',')}]`).join(',')}]}}`,
  `{"changes":[${new Array(1000).fill('{"period":-1,"firm":99,"lever":"x","value":"y","z":1}').join(',')}],"events":[${new Array(1000).fill('{"type":"x"}').join(',')}]}`,
];
