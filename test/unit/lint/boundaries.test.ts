// The lint rules that guard the model's boundaries fire: each forbidden import and Math.random
// in a file under src/model is an error, the same lines elsewhere are not, and Svelte files are
// linted as TypeScript. Sources are linted as text under a made-up path, so no fixture file has
// to sit in the tree (where `npm test`'s lint check would fail on it).
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../../..', import.meta.url).pathname });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath });
  return r.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? `parse: ${m.message}`);
}

const FORBIDDEN = [
  "import { t } from '../i18n/index.svelte.ts';",
  "import { GLOSSARY } from '../i18n/glossary.ts';",
  "import { firmLines } from '../ui/series/time.ts';",
  "import Card from '../ui/charts/ChartCard.svelte';",
  "import { expose } from '../../workers/sim.worker.ts';",
  "import { parseArgs } from '../cli/args.ts';",
  "import { mount } from 'svelte';",
  "import { scaleLinear } from 'd3';",
  "import { scaleLinear } from 'd3-scale';",
  "import * as Comlink from 'comlink';",
];

describe('lint: the model stays pure', () => {
  it.each(FORBIDDEN)('refuses %s in src/model', async (line) => {
    expect(await ruleIds(`${line}\nexport const x = [${line.match(/import \*? ?(?:as )?\{? ?(\w+)/)![1]}];\n`, 'src/model/fixture.ts')).toContain(
      'no-restricted-imports',
    );
  });

  it('allows the same imports outside the model, and the model its own modules', async () => {
    expect(await ruleIds("import { scaleLinear } from 'd3';\nexport const s = scaleLinear();\n", 'src/ui/fixture.ts')).toEqual([]);
    expect(await ruleIds("import { LEVERS } from '../scenario/levers.ts';\nexport const n = LEVERS.length;\n", 'src/model/fixture.ts')).toEqual([]);
  });

  it('refuses Math.random (and crypto) in src/model, not in the UI', async () => {
    const code = 'export const draw = () => Math.random();\n';
    expect(await ruleIds(code, 'src/model/drivers/fixture.ts')).toContain('no-restricted-properties');
    expect(await ruleIds(code, 'src/ui/fixture.ts')).toEqual([]);
    expect(await ruleIds('export const draw = () => crypto.getRandomValues(new Uint32Array(1))[0];\n', 'src/model/fixture.ts')).toContain(
      'no-restricted-globals',
    );
  });

  it('lints Svelte components with their TypeScript', async () => {
    const code = '<script lang="ts">\n  let n: number = $state(1);\n  const unused: string = "x";\n</script>\n\n<p>{n}</p>\n';
    expect(await ruleIds(code, 'src/ui/Fixture.svelte')).toEqual(['@typescript-eslint/no-unused-vars']);
  });

  it('lints the kernel (portable AssemblyScript, valid TypeScript) like the rest of the model', async () => {
    const code = 'export function pick(from: i32, to: i32): i32 { return Math.random() < 0.5 ? from : to; }\n';
    for (const path of ['src/model/drivers/Fixture.ts', 'src/model/kernel/Fixture.ts']) expect(await ruleIds(code, path)).toEqual(['no-restricted-properties']);
  });
});
