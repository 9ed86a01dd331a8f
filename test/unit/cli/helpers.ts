// A tiny scenario on disk and an in-process CLI with captured output.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/run.ts';
import { serialiseScenario } from '../../../src/scenario/parse.ts';
import { scenarioWith, type ScenarioOverrides } from '../../helpers.ts';

export const WORKER_ENTRY = new URL('../../../src/cli/main.ts', import.meta.url);

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'loyalty-lab-cli-'));
}

/** Population 500, horizon 6, 2 replicates: a run takes milliseconds. */
export function writeTinyScenario(dir: string, overrides: ScenarioOverrides = {}, name = 'tiny.json'): string {
  const path = join(dir, name);
  const s = scenarioWith({ population: { size: 500 }, horizon: 6, replicates: 2, seed: 7, ...overrides });
  writeFileSync(path, serialiseScenario(s));
  return path;
}

export async function cli(argv: string[], stderrIsTTY = false) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stderrIsTTY }, { workerEntry: WORKER_ENTRY });
  return { code, stdout, stderr };
}
