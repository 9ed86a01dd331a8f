import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeRound, replayMarkets } from '../../../src/classroom/rounds.ts';
import { loadGame, restoreGame, saveGame, serialiseGame } from '../../../src/classroom/store.ts';
import { decision, driver, setUp, TEACHER } from './helpers.ts';

describe('the saved game', () => {
  it('round-trips: a restored game has the same state and rebuilds the same results', () => {
    const d = driver();
    const [a, b] = setUp(d, 2);
    d.send(TEACHER, { t: 'start' });
    d.send(a, { t: 'submit', round: 0, decision: decision({ price: 0.8 }) });
    d.send(b, { t: 'draft', round: 0, decision: decision({ programme: 0.1 }) });
    d.game = closeRound(d.game, 100);
    d.send(a, { t: 'draft', round: 1, decision: decision({ quality: 4 }) });
    const dir = mkdtempSync(join(tmpdir(), 'classroom-'));
    const path = join(dir, 'game.json');
    saveGame(path, d.game);
    expect(readdirSync(dir)).toEqual(['game.json']);
    const back = loadGame(path);
    expect(back?.ok).toBe(true);
    if (!back?.ok) return;
    expect(serialiseGame(back.game)).toBe(serialiseGame(d.game));
    const rebuilt = replayMarkets(back.game);
    expect(rebuilt.outcomes).toEqual(d.game.outcomes);
    expect(rebuilt.samples).toEqual(d.game.samples);
    expect(readFileSync(path, 'utf8')).not.toMatch(/outcomes/);
  });

  it('a damaged file is reported by field, not half-loaded', () => {
    const d = driver();
    setUp(d, 1);
    const saved = JSON.parse(serialiseGame(d.game));
    saved.teams[0].seat = -1;
    const r = restoreGame(JSON.stringify(saved));
    expect(r).toMatchObject({ ok: false, error: /teams\.0\.seat/ });
    expect(restoreGame('{')).toMatchObject({ ok: false, error: /not JSON/ });
    expect(loadGame('/nonexistent/game.json')).toBeNull();
  });
});
