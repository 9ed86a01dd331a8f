// `npm run experiment` in process, where a run fails part-way: the output is written
// atomically, as the writer promises (src/cli/sink.ts), so an existing file stays as it was.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExperimentCli } from '../../../src/cli/experimentRun.ts';
import { experimentValue } from '../experiment/helpers.ts';
import { tempDir, writeTinyScenario } from './helpers.ts';

describe('a run that fails part-way', () => {
  it('leaves an existing output untouched and no temporary file (a bad design point after good ones)', async () => {
    const dir = tempDir();
    writeTinyScenario(dir, {}, 'base.json');
    const file = join(dir, 'e.json');
    // points 0–5 run; point 6 gives every firm an initial share of 0
    const share = (firm: number, levels: number[]) => ({ path: `firms[${firm}].initialShare`, levels });
    writeFileSync(
      file,
      JSON.stringify(experimentValue({ factors: [share(0, [0.5, 0]), share(1, [0.5, 0]), share(2, [0, 0])], design: { type: 'factorial' } })),
    );
    writeFileSync(join(dir, 'out.csv'), 'previous results\n');
    let stderr = '';
    const io = { stdout: () => {}, stderr: (t: string) => (stderr += t), stderrIsTTY: false };
    const code = await runExperimentCli([file, '--out', join(dir, 'out.csv'), '-q'], io, { workerEntry: new URL('file:///unused') });
    expect(code).toBe(2);
    expect(stderr).toContain('design point 6 (firms[0].initialShare=0, firms[1].initialShare=0, firms[2].initialShare=0)');
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe('previous results\n');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
