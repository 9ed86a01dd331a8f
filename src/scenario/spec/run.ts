// The run: format version, what the file is about (meta), seed, replicates, horizon.
import { z } from 'zod';
import { LIMITS, SCHEMA_VERSION } from './limits.ts';
import { choice, group, int, list, literal, text } from './field.ts';
import { UNIT } from './units.ts';
import { PERIOD_UNITS } from './time.ts';

const bilingual = (max: number, en: readonly [string, string], zh: readonly [string, string], docEn: string, docZh: string) =>
  group({ en: text(max, '', en, docEn), zh: text(max, '', zh, docZh) });

export const META = group({
  title: bilingual(120, ['Title (English)', '标题（英文）'], ['Title (Chinese)', '标题（中文）'], 'Title, English.', 'Title, Simplified Chinese.'),
  description: bilingual(
    2000,
    ['Description (English)', '说明（英文）'],
    ['Description (Chinese)', '说明（中文）'],
    'What the scenario sets up, English.',
    'What the scenario sets up, Chinese.',
  ),
  watch: bilingual(
    1000,
    ['What to watch (English)', '观察要点（英文）'],
    ['What to watch (Chinese)', '观察要点（中文）'],
    'What to watch in the charts, English.',
    'What to watch in the charts, Chinese.',
  ),
  lesson: bilingual(
    1000,
    ['Lesson (English)', '要点（英文）'],
    ['Lesson (Chinese)', '要点（中文）'],
    'The lesson it demonstrates, English.',
    'The lesson it demonstrates, Chinese.',
  ),
  tags: list(z.string().max(40), 20, [], ['Tags', '标签'], 'Topics, for the gallery.'),
});

export const SCHEMA_VERSION_FIELD = literal(
  SCHEMA_VERSION,
  ['Format version', '格式版本'],
  'Format version of the file. Files without it are read as version 0 and migrated.',
);

export const RUN = {
  seed: int(0, 2 ** 32 - 1, 1, ['Seed', '随机种子'], 'Seed of the random streams; replicate r uses stream (seed, r). Same seed ⇒ bit-identical results.'),
  replicates: int(1, LIMITS.replicates, 10, ['Replicates', '重复次数'], 'Independent runs of the same scenario (different streams), for uncertainty bands.'),
  horizon: int(1, LIMITS.horizon, 120, ['Periods', '期数'], 'Number of periods to simulate.', UNIT.periods),
  burnIn: int(
    0,
    LIMITS.horizon,
    12,
    ['Burn-in periods', '预热期数'],
    "Periods run before period 0, under period 0's conditions and not reported, so the drawn population settles (who stays with whom, trust, expectations).",
    UNIT.periods,
  ),
  periodUnit: choice(
    PERIOD_UNITS,
    'month',
    ['Period', '周期单位'],
    'Length of a period (365, 52, 12, 4 or 1 a year). Rates and durations are stated per month whatever it is, and converted to it by the model; the horizon, burn-in and the schedule count periods.',
  ),
};
