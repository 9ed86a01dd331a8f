// The game on disk: written after every round and every accepted message, atomically (a
// temporary file in the same folder, flushed, then renamed over the old one: a crash leaves the
// old file or the new one, never half of one). Read back through zod like any input; the
// results are not stored but rebuilt from the decisions (rounds.ts replayJobs; the server runs
// them on its round workers), so they cannot disagree.
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { parseScenarioValue } from '../scenario/parse.ts';
import { decisionSchema } from './decision.ts';
import { RANKINGS } from './protocol.ts';
import type { GameState } from './state.ts';

const held = z.strictObject({ decision: decisionSchema, how: z.enum(['submitted', 'draft']) }).nullable();

const savedSchema = z.strictObject({
  version: z.literal(1),
  code: z.string(),
  teacherKey: z.string(),
  phase: z.enum(['setup', 'playing', 'finished']),
  config: z
    .strictObject({
      scenario: z.unknown(),
      source: z.string(),
      rounds: z.int().min(1),
      periodsPerRound: z.int().min(1),
      deadlineSeconds: z.int().min(1),
      budget: z.number().nullable(),
    })
    .nullable(),
  teams: z.array(z.strictObject({ id: z.int().min(0), name: z.string(), secret: z.string(), seat: z.int().min(0) })),
  markets: z.int().min(0),
  round: z.int().min(0),
  deadline: z.number().nullable(),
  decisions: z.array(z.array(held)),
  drafts: z.array(z.strictObject({ round: z.int(), decision: decisionSchema }).nullable()),
  // absent in games saved before the practice round and the round workers
  closing: z.boolean().default(false),
  practicing: z.boolean().default(false),
  practice: z
    .strictObject({ markets: z.int().min(1), decisions: z.array(held) })
    .nullable()
    .default(null),
  ranking: z.enum(RANKINGS),
});

export function serialiseGame(g: GameState): string {
  const { outcomes: _o, samples: _s, practiceResults: _p, ...rest } = g;
  void [_o, _s, _p];
  return JSON.stringify(rest);
}

export function saveGame(path: string, g: GameState): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, serialiseGame(g));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

/** The saved game (its results still to rebuild: rounds.ts replayJobs), or an error naming
 *  what is wrong with the file. */
export function restoreGame(text: string): { ok: true; game: GameState } | { ok: false; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'the saved game is not JSON' };
  }
  const r = savedSchema.safeParse(value);
  if (!r.success) return { ok: false, error: r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  const d = r.data;
  let config: GameState['config'] = null;
  if (d.config) {
    const s = parseScenarioValue(d.config.scenario);
    if (!s.ok) return { ok: false, error: `config.scenario: ${s.errors.join('; ')}` };
    config = { ...d.config, scenario: s.scenario };
  }
  return { ok: true, game: { ...d, config, outcomes: [], samples: [], practiceResults: [] } };
}

export function loadGame(path: string): ReturnType<typeof restoreGame> | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  return restoreGame(text);
}
