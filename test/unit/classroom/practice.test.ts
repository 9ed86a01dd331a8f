// The practice round: played like a round, its results shown, then the market starts over, so
// the graded game begins from the same state; practice decisions never reach the export or the
// leaderboard. And while a round is being run, late decisions are refused with a reason.
import { describe, expect, it } from 'vitest';
import { closeRound, freezeRound, marketFile, replayMarkets, roundReady } from '../../../src/classroom/rounds.ts';
import { restoreGame, serialiseGame } from '../../../src/classroom/store.ts';
import { teacherView, teamView } from '../../../src/classroom/views.ts';
import { decision, driver, setUp, TEACHER } from './helpers.ts';

/** Two teams play the graded game's first two rounds with the same decisions. */
function playGraded(d: ReturnType<typeof driver>, a: Parameters<typeof d.send>[0], b: Parameters<typeof d.send>[0]) {
  expect(d.send(TEACHER, { t: 'start' }).reply).toEqual({ t: 'ok' });
  for (let r = 0; r < 2; r++) {
    d.send(a, { t: 'submit', round: r, decision: decision({ price: 0.95 - r * 0.05 }) });
    d.send(b, { t: 'submit', round: r, decision: decision({ programme: 0.04 }) });
    d.game = closeRound(d.game, 10_000 * (r + 1));
  }
}

describe('the practice round', () => {
  it('shows its results, then the graded game starts from the scenario as if it had not been played', () => {
    const d = driver();
    const [a, b] = setUp(d, 2);
    expect(d.send(TEACHER, { t: 'practice' }).reply).toEqual({ t: 'ok' });
    expect([d.game.phase, d.game.practicing, d.game.round]).toEqual(['playing', true, 0]);
    expect(d.send(TEACHER, { t: 'start' }).reply).toMatchObject({ t: 'error', error: /^t: the practice round is still open/ });
    d.send(a, { t: 'submit', round: 0, decision: decision({ price: 2.4, quality: 1.5 }) });
    d.send(b, { t: 'draft', round: 0, decision: decision({ programme: 0.1, acquisitionSpend: 5000 }) });
    d.game = closeRound(d.game, 5000);

    // the practice results are there for the screens; the game is set up again, with no decisions or drafts
    expect(d.game.phase).toBe('setup');
    expect(d.game.practicing).toBe(false);
    expect(d.game.decisions).toEqual([]);
    expect(d.game.drafts).toEqual([null, null]);
    expect(d.game.outcomes).toEqual([]);
    expect(d.game.practiceResults[0].outcomes).toHaveLength(2);
    const practiced = teamView(d.game, 0, 0)!;
    expect(practiced.practice?.history).toHaveLength(2);
    expect(practiced.history).toEqual([]);
    expect(teacherView(d.game, new Set(), 0, []).practiceOutcomes[0]).toHaveLength(2);
    // after a restart the practice results come back from the saved practice decisions
    const back = restoreGame(serialiseGame(d.game));
    expect(back.ok && replayMarkets(back.game).practiceResults).toEqual(d.game.practiceResults);

    playGraded(d, a, b);
    // the same class without a practice round: the same graded results, the same file
    const fresh = driver();
    const [fa, fb] = setUp(fresh, 2);
    playGraded(fresh, fa, fb);
    expect(d.game.outcomes).toEqual(fresh.game.outcomes);
    expect(marketFile(d.game, 0)).toEqual(marketFile(fresh.game, 0));
    expect(marketFile(d.game, 0).changes.some((c) => c.value === 2.4 || c.value === 5000)).toBe(false);
    expect(teamView(d.game, 0, 0)!.history).toEqual(teamView(fresh.game, 0, 0)!.history);
  });

  it('practice decisions stay out of the debrief, the leaderboard and the export', () => {
    const d = driver();
    const [a, b] = setUp(d, 2, { rounds: 1, periodsPerRound: 1 });
    d.send(TEACHER, { t: 'practice' });
    d.send(a, { t: 'submit', round: 0, decision: decision({ price: 2.5 }) });
    d.game = closeRound(d.game, 1);
    d.send(TEACHER, { t: 'start' });
    d.send(b, { t: 'submit', round: 0, decision: decision({ price: 0.9 }) });
    d.game = closeRound(d.game, 2);
    expect(d.game.phase).toBe('finished');
    const v = teacherView(d.game, new Set(), 0, []);
    expect(v.debrief!.map((x) => x.decisions)).toEqual([[null], [{ decision: decision({ price: 0.9 }), how: 'submitted' }]]);
    const changes = (v.exports![0] as { changes: { firm: number; lever: string; value: number }[] }).changes;
    expect(changes.filter((c) => c.firm === 0)).toEqual([]);
    expect(changes).toContainEqual({ period: 0, firm: 1, lever: 'price', value: 0.9 });
    expect(v.leaderboard.map((s) => s.name).sort()).toEqual(['Team 1', 'Team 2']);
  });

  it('new settings drop an earlier practice round (its results belong to other settings)', () => {
    const d = driver();
    const [a] = setUp(d, 1);
    d.send(TEACHER, { t: 'practice' });
    d.send(a, { t: 'submit', round: 0, decision: decision() });
    d.game = closeRound(d.game, 1);
    expect(d.game.practice).not.toBeNull();
    d.send(TEACHER, { t: 'setup', scenario: { library: 'small' }, rounds: 4, periodsPerRound: 1, deadlineSeconds: 60, budget: null });
    expect(d.game.practice).toBeNull();
    expect(teamView(d.game, 0, 0)!.practice).toBeNull();
  });

  it('a team arriving during the practice round is seated, and plays in the graded game', () => {
    const d = driver();
    setUp(d, 3);
    d.send(TEACHER, { t: 'practice' });
    expect(d.game.markets).toBe(1);
    const late = d.send({ role: 'guest' }, { t: 'join', code: 'ABC234', name: 'Late' });
    expect(late.reply).toMatchObject({ t: 'joined', team: 3 });
    d.game = closeRound(d.game, 1);
    expect(teamView(d.game, 3, 0)!.practice).toBeNull();
    d.send(TEACHER, { t: 'start' });
    expect(d.game.markets).toBe(2);
    expect(d.send(late.session, { t: 'submit', round: 0, decision: decision() }).reply).toEqual({ t: 'ok' });
  });

  it('only the teacher starts one, and only before the game', () => {
    const d = driver();
    const [a] = setUp(d, 1);
    expect(d.send(a, { t: 'practice' }).reply).toMatchObject({ t: 'error', error: /^key:/ });
    d.send(TEACHER, { t: 'start' });
    expect(d.send(TEACHER, { t: 'practice' }).reply).toMatchObject({ t: 'error', error: /^t: the game has started/ });
  });
});

describe('a round being run', () => {
  it('refuses late decisions and a second close with a reason, and changes nothing', () => {
    const d = driver();
    const [a, b] = setUp(d, 2);
    d.send(TEACHER, { t: 'start' });
    d.send(a, { t: 'submit', round: 0, decision: decision() });
    d.send(b, { t: 'draft', round: 0, decision: decision({ price: 1.1 }) });
    d.game = freezeRound(d.game);
    expect(roundReady(d.game, Number.MAX_SAFE_INTEGER)).toBe(false);
    const frozen = d.game;
    expect(d.send(b, { t: 'submit', round: 0, decision: decision({ price: 1.3 }) }).reply).toEqual({
      t: 'error',
      error: 'round: round 1 has closed and is being run; this decision came too late',
    });
    expect(d.send(b, { t: 'draft', round: 0, decision: decision({ price: 1.3 }) }).reply).toMatchObject({ t: 'error', error: /being run/ });
    expect(d.send(TEACHER, { t: 'endRound' }).reply).toMatchObject({ t: 'error', error: /being run/ });
    expect(d.game).toBe(frozen);
    // the draft was taken as the frozen decision; a heartbeat is answered and changes nothing
    expect(d.game.decisions[0][1]).toEqual({ decision: decision({ price: 1.1 }), how: 'draft' });
    expect(d.send(b, { t: 'ping' }).reply).toEqual({ t: 'pong', now: 1000 });
    expect(d.game).toBe(frozen);
  });
});
