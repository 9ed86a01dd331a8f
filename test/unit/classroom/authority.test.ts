// Fuzz and authority: malformed, oversized, out-of-order and cross-team messages are refused
// with an error naming the field, and the state does not change.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMessage, MAX_MESSAGE_BYTES } from '../../../src/classroom/protocol.ts';
import { serialiseGame } from '../../../src/classroom/store.ts';
import { teamView } from '../../../src/classroom/views.ts';
import { closeRound } from '../../../src/classroom/rounds.ts';
import { decision, driver, GUEST, setUp, TEACHER } from './helpers.ts';

function started() {
  const d = driver();
  const teams = setUp(d, 3);
  d.send(TEACHER, { t: 'start' });
  return { d, teams };
}

describe('bad input leaves the game as it was and tells the sender', () => {
  it.each([
    ['not JSON', '{"t":"join",', /message: not JSON/],
    ['unknown type', JSON.stringify({ t: 'hack' }), /t: /],
    ['extra key', JSON.stringify({ t: 'start', admin: true }), /message: .*admin/i],
    ['price out of bounds', JSON.stringify({ t: 'submit', round: 0, decision: decision({ price: 99 }) }), /decision\.price: must be ≤ 3/],
    ['NaN smuggled as string', JSON.stringify({ t: 'submit', round: 0, decision: { ...decision(), quality: 'NaN' } }), /decision\.quality/],
    ['missing lever', JSON.stringify({ t: 'submit', round: 0, decision: { price: 1 } }), /decision\.quality/],
    ['oversized', JSON.stringify({ t: 'join', code: 'ABC234', name: 'x'.repeat(MAX_MESSAGE_BYTES) }), /too large/],
    ['name too long', JSON.stringify({ t: 'join', code: 'ABC234', name: 'x'.repeat(41) }), /name: must be at most 40/],
  ])('%s', (_, text, error) => {
    const r = readMessage(Buffer.byteLength(text), text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(error);
  });

  it('random bytes and random JSON never throw and never change the state', () => {
    const { d, teams } = started();
    const before = serialiseGame(d.game);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ t: 'submit', round: 0, decision: v })),
        ),
        (text) => {
          for (const s of [GUEST, teams[0], TEACHER]) {
            let msg: unknown;
            try {
              msg = JSON.parse(text);
            } catch {
              msg = text;
            }
            const r = d.send(s, msg);
            if (r.reply.t === 'error') expect(r.reply.error).toMatch(/\w+: /);
          }
        },
      ),
      { numRuns: 300 },
    );
    // the fuzzer may not send a valid decision by chance (it would be accepted: that is fine)
    expect(serialiseGame(d.game)).toBe(before);
  });

  it('out-of-order: a decision for another round, before the start or after the end', () => {
    const d = driver();
    const [a] = setUp(d, 1);
    const before = serialiseGame(d.game);
    expect(d.send(a, { t: 'submit', round: 0, decision: decision() }).reply).toEqual({
      t: 'error',
      error: 'round: no round is open (the game is not started)',
    });
    d.send(TEACHER, { t: 'start' });
    const started = serialiseGame(d.game);
    expect(d.send(a, { t: 'submit', round: 1, decision: decision() }).reply).toMatchObject({ error: /round: round 2 is not open \(round 1 is\)/ });
    expect(serialiseGame(d.game)).toBe(started);
    expect(
      d.send(TEACHER, { t: 'setup', scenario: { library: 'small' }, rounds: 9, periodsPerRound: 1, deadlineSeconds: 5, budget: null }).reply,
    ).toMatchObject({ error: /setup: the game has started/ });
    expect(before).not.toBe(started);
  });

  it('authority: teams cannot use teacher controls, guests cannot decide, a wrong key is refused', () => {
    const { d, teams } = started();
    const before = serialiseGame(d.game);
    for (const msg of [{ t: 'endRound' }, { t: 'reassign', team: 1 }, { t: 'ranking', by: 'nps' }, { t: 'start' }, { t: 'practice' }])
      expect(d.send(teams[0], msg).reply).toMatchObject({ error: /key: only the teacher/ });
    expect(d.send(GUEST, { t: 'submit', round: 0, decision: decision() }).reply).toMatchObject({ error: /t: only a team/ });
    expect(d.send(GUEST, { t: 'teacher', key: 'wrong-key-0000000000' }).reply).toMatchObject({ error: /key: not the teacher key/ });
    expect(d.send(GUEST, { t: 'resume', code: 'ABC234', secret: 'not-a-real-secret-000' }).reply).toMatchObject({ error: /secret: no team holds it/ });
    expect(serialiseGame(d.game)).toBe(before);
  });

  it('cross-team: a team sets only its own firm and never sees another team’s decision', () => {
    const { d, teams } = started();
    d.send(teams[1], { t: 'submit', round: 0, decision: decision({ price: 2.2 }) });
    d.send(teams[2], { t: 'draft', round: 0, decision: decision({ price: 0.4 }) });
    d.send(teams[0], { t: 'submit', round: 0, decision: decision({ price: 1.1 }) });
    expect(d.game.decisions[0].map((h) => h?.decision.price)).toEqual([1.1, 2.2]);
    const seen = JSON.stringify(teamView(d.game, 0, 0));
    expect(seen).not.toMatch(/2\.2|0\.4/);
    // a team session claiming another team's id with its own secret is refused
    const forged = { role: 'team' as const, team: 1, secret: (teams[0] as { secret: string }).secret };
    expect(d.send(forged, { t: 'submit', round: 0, decision: decision({ price: 0.3 }) }).reply).toMatchObject({ error: /secret: the teacher has reassigned/ });
    expect(d.game.decisions[0][1]?.decision.price).toBe(2.2);
  });

  it('reassigning a firm revokes the old device and gives the teacher a new secret', () => {
    const { d, teams } = started();
    const r = d.send(TEACHER, { t: 'reassign', team: 0 });
    expect(r.reply.t).toBe('reassigned');
    expect(d.send(teams[0], { t: 'submit', round: 0, decision: decision() }).reply).toMatchObject({ error: /reassigned/ });
    const fresh = d.send(GUEST, { t: 'resume', code: 'ABC234', secret: (r.reply as { secret: string }).secret });
    expect(fresh.reply).toMatchObject({ t: 'joined', team: 0 });
    expect(d.send(fresh.session, { t: 'submit', round: 0, decision: decision() }).reply).toEqual({ t: 'ok' });
  });

  it('a budget refuses a decision whose forecast spend is over it, naming the numbers', () => {
    const d = driver();
    const [a] = setUp(d, 1, { budget: 5000 });
    d.send(TEACHER, { t: 'start' });
    expect(d.send(a, { t: 'submit', round: 0, decision: decision({ acquisitionSpend: 3000 }) }).reply).toMatchObject({
      error: /decision: forecast strategy spend 6000 is over the budget of 5000/,
    });
    expect(d.send(a, { t: 'submit', round: 0, decision: decision({ acquisitionSpend: 2000 }) }).reply).toEqual({ t: 'ok' });
  });

  it('duplicate team names and wrong codes are refused', () => {
    const d = driver();
    setUp(d, 1);
    expect(d.send(GUEST, { t: 'join', code: 'ABC234', name: 'team 1' }).reply).toMatchObject({ error: /name: a team called/ });
    expect(d.send(GUEST, { t: 'join', code: 'ZZZ999', name: 'New' }).reply).toMatchObject({ error: /code: not the join code/ });
  });
});

describe('a game that cannot outgrow its scenario file', () => {
  const eight = {
    schemaVersion: 1,
    population: { size: 500 },
    burnIn: 0,
    firms: Array.from({ length: 8 }, (_, k) => ({ name: `F${k}`, initialShare: 0.125 })),
  };

  it('refuses more rounds than the file can hold changes for, naming the most', () => {
    const d = driver();
    const r = d.send(TEACHER, { t: 'setup', scenario: { file: eight }, rounds: 24, periodsPerRound: 1, deadlineSeconds: 60, budget: null });
    expect(r.reply).toEqual({ t: 'error', error: 'rounds: at most 13 rounds with this scenario (its file can hold 1000 scheduled changes)' });
    expect(d.game.config).toBeNull();
  });

  it('at the most rounds, eight teams moving every lever every round still play to the end', () => {
    const d = driver();
    d.send(TEACHER, { t: 'setup', scenario: { file: eight }, rounds: 13, periodsPerRound: 1, deadlineSeconds: 60, budget: null });
    const teams = Array.from({ length: 8 }, (_, i) => d.send(GUEST, { t: 'join', code: 'ABC234', name: `T${i}` }).session);
    d.send(TEACHER, { t: 'start' });
    for (let r = 0; r < 13; r++) {
      const v = r % 2;
      teams.forEach((s) =>
        d.send(s, {
          t: 'submit',
          round: r,
          decision: {
            quality: 3 + v,
            price: 1 + v / 10,
            programme: v / 20,
            recoveryRate: v / 2,
            lockIn: v,
            promise: v / 2,
            personalisation: v / 2,
            focusHighValue: v / 2,
            acquisitionSpend: 100 * v,
          },
        }),
      );
      d.game = closeRound(d.game, r);
    }
    expect(d.game.phase).toBe('finished');
    expect(d.game.outcomes[0]).toHaveLength(13);
  });
});
