// A lesson over a real live run (the worker API in-process): the run stops at each card's
// period, the card shows, and Continue runs on to the next.
import { describe, expect, it } from 'vitest';
import type { Remote } from 'comlink';
import { createSimApi, type SimApi } from '../../../../workers/simApi.ts';
import { LiveRun } from '../../../../src/ui/run/liveRun.svelte.ts';
import { LessonPlayer } from '../../../../src/ui/teach/lessonPlayer.svelte.ts';
import { teachView } from '../../../../src/ui/teach/view.svelte.ts';
import { scenarioWith } from '../../../helpers.ts';
import type { SimWorker } from '../../../../src/ui/spawn.ts';
import type { Lesson } from '../../../../src/lessons/types.ts';

const spawn = (): SimWorker => ({ api: createSimApi() as unknown as Remote<SimApi>, terminate: () => {}, onError: () => {} });
const scenario = scenarioWith({ seed: 5, population: { size: 600 }, horizon: 10 });
const t = (s: string) => ({ en: s, zh: `中${s}` });
const lesson: Lesson = {
  id: 'test',
  scenario: 'default',
  title: t('L'),
  summary: t('S'),
  cards: [
    { period: 0, title: t('start'), body: t('b'), chart: 'retention' },
    {
      period: 4,
      title: t('four'),
      body: t('b'),
      chart: 'mix',
      question: {
        kind: 'choice',
        prompt: t('q'),
        choices: [
          { text: t('a'), correct: true, feedback: t('f') },
          { text: t('b'), correct: false, feedback: t('g') },
        ],
      },
    },
    { period: 10, title: t('end'), body: t('b') },
  ],
};

describe('lesson player', () => {
  it('pauses the run at every card, spotlights its chart, and runs on after Continue', async () => {
    const live = new LiveRun(spawn, scenario);
    const opened: string[] = [];
    const player = new LessonPlayer(live, (name) => (opened.push(name), true));
    expect(player.start(lesson)).toBe(true);
    expect(opened).toEqual(['default']);
    expect(player.card?.title.en).toBe('start');
    expect(teachView.spotlight).toBe('retention');
    await live.run(); // a card is open: the run does not move
    expect(live.period).toBe(0);

    player.next();
    await until(() => live.status === 'paused' && live.period === 4);
    expect(player.card?.title.en).toBe('four');
    expect(teachView.spotlight).toBe('mix');
    player.answer(1);
    player.answer(0); // the first answer stands
    expect(player.answers).toEqual({ 1: 1 });

    player.next();
    await until(() => live.status === 'done');
    expect(live.period).toBe(10);
    expect(player.card?.title.en).toBe('end');
    player.next();
    expect(player.finished).toBe(true);
    expect(player.score).toEqual({ right: 0, asked: 1 });
    expect(teachView.spotlight).toBeNull();
    player.quit();
    expect(live.pauseAt()).toBeNull();
  });

  it('refuses a lesson whose scenario cannot be opened', () => {
    const player = new LessonPlayer(new LiveRun(spawn, scenario), () => false);
    expect(player.start(lesson)).toBe(false);
    expect(player.lesson).toBeNull();
  });
});

async function until(ok: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}
