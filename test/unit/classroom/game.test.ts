import { describe, expect, it } from 'vitest';
import { closeRound, marketFile, roundReady } from '../../../src/classroom/rounds.ts';
import { runMarket } from '../../../src/classroom/outcomes.ts';
import { teamView, teacherView } from '../../../src/classroom/views.ts';
import { parseScenarioValue } from '../../../src/scenario/parse.ts';
import { decision, driver, setUp, TEACHER } from './helpers.ts';

describe('a game through the reducer', () => {
  it('seats teams on firms in join order, opens a round, closes it when all have submitted', () => {
    const d = driver();
    const [a, b] = setUp(d, 2);
    expect(d.game.teams.map((t) => t.seat)).toEqual([0, 1]);
    expect(d.send(TEACHER, { t: 'start' }).reply).toEqual({ t: 'ok' });
    expect(d.game.markets).toBe(1);
    expect(roundReady(d.game, 1000)).toBe(false);
    d.send(a, { t: 'submit', round: 0, decision: decision({ price: 0.9 }) });
    expect(roundReady(d.game, 1000)).toBe(false);
    d.send(b, { t: 'submit', round: 0, decision: decision({ programme: 0.05 }) });
    expect(roundReady(d.game, 1000)).toBe(true);
    d.game = closeRound(d.game, 2000);
    expect(d.game.round).toBe(1);
    expect(d.game.outcomes[0]).toHaveLength(2);
    expect(d.game.deadline).toBe(2000 + 60_000);
  });

  it('closes at the deadline without the missing team; its draft is taken, else the schedule holds', () => {
    const d = driver();
    const [a, b, c] = setUp(d, 3);
    d.send(TEACHER, { t: 'start' });
    d.send(a, { t: 'submit', round: 0, decision: decision({ price: 1.2 }) });
    d.send(b, { t: 'draft', round: 0, decision: decision({ quality: 4.2 }) });
    void c;
    expect(roundReady(d.game, 1000 + 59_999)).toBe(false);
    expect(roundReady(d.game, 1000 + 60_000)).toBe(true);
    d.game = closeRound(d.game, 61_000);
    expect(d.game.decisions[0].map((h) => h?.how ?? null)).toEqual(['submitted', 'draft', null]);
    const file = marketFile(d.game, 0);
    expect(file.changes.filter((x) => x.firm === 2)).toEqual([]);
    expect(file.changes.find((x) => x.firm === 1 && x.lever === 'quality')).toEqual({ period: 0, firm: 1, lever: 'quality', value: 4.2 });
  });

  it('exports a scenario that validates and replays to the results the game showed', () => {
    const d = driver();
    const [a, b] = setUp(d, 2);
    d.send(TEACHER, { t: 'start' });
    for (let r = 0; r < 3; r++) {
      d.send(a, { t: 'submit', round: r, decision: decision({ programme: r === 1 ? 0.08 : 0, price: 1 - r * 0.05 }) });
      d.send(b, { t: 'submit', round: r, decision: decision({ acquisitionSpend: 1000 * r }) });
      d.game = closeRound(d.game, 5000 * (r + 1));
    }
    expect(d.game.phase).toBe('finished');
    const exported = teacherView(d.game, new Set(), 0, []).exports![0];
    const parsed = parseScenarioValue(JSON.parse(JSON.stringify(exported)));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.scenario.horizon).toBe(6);
    expect(parsed.scenario.firms.map((f) => f.name)).toEqual(['Team 1', 'Team 2', 'Rival B']);
    expect(runMarket(parsed.scenario, 6).outcomes).toEqual(d.game.outcomes[0]);
  });

  it('earlier periods do not change when a later round is played (a round replays the earlier ones)', () => {
    const d = driver();
    const [a] = setUp(d, 1);
    d.send(TEACHER, { t: 'start' });
    d.send(a, { t: 'submit', round: 0, decision: decision() });
    d.game = closeRound(d.game, 1);
    const first = d.game.outcomes[0].slice(0, 2);
    d.send(a, { t: 'submit', round: 1, decision: decision({ price: 2.5, quality: 1.5 }) });
    d.game = closeRound(d.game, 2);
    expect(d.game.outcomes[0].slice(0, 2)).toEqual(first);
    expect(d.game.outcomes[0][3][0].profit).not.toEqual(first[1][0].profit);
  });

  it('opens a second market when more teams join than the scenario has firms', () => {
    const d = driver();
    setUp(d, 4);
    d.send(TEACHER, { t: 'start' });
    expect(d.game.markets).toBe(2);
    const v = teamView(d.game, 3, 0)!;
    expect([v.market, v.firm]).toEqual([1, 0]);
    d.game = closeRound(d.game, 1);
    expect(d.game.outcomes).toHaveLength(2);
    expect(marketFile(d.game, 1).seed).toBe(12);
  });
});
