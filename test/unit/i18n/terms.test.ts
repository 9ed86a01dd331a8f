// The term table holds: no Chinese string of the app (interface, glossary, lessons, scenario
// texts, field and lever labels, library tags, default names, error templates) uses a rendering
// or a form that src/i18n/terms.ts retires, and the legend and glossary read their terms from it.
import { describe, expect, it } from 'vitest';
import { zh } from '../../../src/i18n/zh.ts';
import { GLOSSARY } from '../../../src/i18n/glossary.ts';
import { FIELD_LABELS } from '../../../src/i18n/fields.ts';
import { reportLine } from '../../../src/i18n/errors.ts';
import { TERMS, retiredIn } from '../../../src/i18n/terms.ts';
import { DEFAULT_NAMES } from '../../../src/i18n/names.ts';
import { LEVERS } from '../../../src/scenario/levers.ts';
import { LESSONS, lessonFromMeta } from '../../../src/lessons/index.ts';
import { TAG_LABELS } from '../../../src/ui/library/tags.ts';
import { shippedGallery } from '../../../src/ui/library/shipped.ts';
import { lines } from './errorCatalogue.ts';

interface Text {
  where: string;
  text: string;
}

/** Every string found under a `zh` key, however deep. */
function zhTexts(value: unknown, where: string): Text[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => (k === 'zh' && typeof v === 'string' ? [{ where: `${where}.zh`, text: v }] : zhTexts(v, `${where}.${k}`)));
}

function allChinese(): Text[] {
  const gallery = shippedGallery();
  return [
    ...Object.entries(zh).map(([k, text]) => ({ where: `zh.ts ${k}`, text })),
    ...zhTexts(GLOSSARY, 'glossary'),
    ...zhTexts(FIELD_LABELS, 'fields'),
    ...zhTexts(LEVERS, 'levers'),
    ...zhTexts(TAG_LABELS, 'tags'),
    ...zhTexts(DEFAULT_NAMES, 'names'),
    ...zhTexts(LESSONS, 'lessons'),
    ...gallery.entries.flatMap((e) => [
      ...zhTexts(e.scenario.meta, `scenarios/${e.id}.json meta`),
      ...zhTexts(lessonFromMeta(e.id, e.scenario), `lessonFromMeta(${e.id})`),
    ]),
    // the message only: the path before ：is the file's own key and stays as written
    ...lines().map((l) => ({ where: `error "${l}"`, text: reportLine(l, 'zh').replace(/^[^：]*：/, '') })),
  ];
}

describe('the Chinese term table', () => {
  it('finds no retired rendering in any Chinese string of the app', () => {
    const texts = allChinese();
    expect(texts.length).toBeGreaterThan(900);
    const hits = texts.flatMap(({ where, text }) => retiredIn(text).map((r) => `${where}: «${r.found}» → ${r.use}`));
    expect(hits).toEqual([]);
  });

  it('reads every scenario text and lesson card', () => {
    const wheres = allChinese().map((t) => t.where);
    for (const w of ['zh.ts', 'glossary', 'fields', 'levers', 'tags', 'names', 'lessons', 'scenarios/leaky-bucket.json', 'lessonFromMeta(default)', 'error'])
      expect(
        wheres.some((x) => x.startsWith(w)),
        w,
      ).toBe(true);
    expect(shippedGallery().entries.length).toBeGreaterThanOrEqual(11);
  });

  it('catches each retired rendering the review found', () => {
    const old = [
      '图利者',
      '人质',
      '叛逃者',
      '流失者',
      '忠诚者',
      '冷漠区',
      '恐怖分子（暴徒）',
      '客户保持率',
      '流失与获取',
      '获客投入',
      '转换流向',
      '期望',
      '放开管制',
      '信息等限制',
      '更便宜的报价',
      '挖角促销力度',
      '按服务人数计费',
      '本课要点',
      '不是 Loyalty Lab 的分享链接',
      '种子 {seed}',
      '在位企业',
      '「{chart}」',
      '点击"运行"',
      '第 36 月',
      '第 {t} 月',
      '20,000 名',
      'initialShare 需大于 0',
      'Jones 和 Sasser',
      'Jones–Sasser 类别',
    ];
    for (const s of old) expect(retiredIn(s), s).not.toEqual([]);
  });

  it('lets the current renderings and the fixed terms through', () => {
    const ok = [
      '图利型顾客',
      '人质型顾客',
      '被释放的“人质”',
      '流失型',
      '忠诚型',
      '“恐怖分子”',
      '冷淡区',
      '顾客保持率',
      '客户占有率',
      '获客',
      '获客支出',
      '顾客转移流向',
      '预期',
      '放松管制',
      '法律、技术、地理和知识等约束',
      '促销',
      '忠诚实验室',
      '随机种子 {seed}',
      '原垄断企业',
      '第 36 个月',
      '第 {t} 个月',
      '2 万名',
      '保留号码',
      '约 33.2 万美元',
      '65–85%',
    ];
    for (const s of ok) expect(retiredIn(s), s).toEqual([]);
  });

  it("gives the legend and the glossary the table's terms", () => {
    expect(zh['js.mercenary']).toBe(TERMS.mercenary.zh);
    expect(zh['js.hostage']).toBe(TERMS.hostage.zh);
    expect(zh['js.defector']).toBe(TERMS.defector.zh);
    expect(zh['js.loyalist']).toBe(TERMS.loyalist.zh);
    expect(zh['js.terrorist']).toBe(TERMS.terrorist.zh);
    expect(zh['zone.indifference']).toBe(TERMS.indifferenceZone.zh);
    expect(GLOSSARY.mercenary.term.zh).toContain(TERMS.mercenary.zh);
    expect(GLOSSARY.hostage.term.zh).toContain(TERMS.hostage.zh);
    expect(GLOSSARY.defector.term.zh).toContain(TERMS.defector.zh);
    expect(GLOSSARY.loyalist.term.zh).toContain(TERMS.loyalist.zh);
    expect(GLOSSARY.retention.term.zh).toBe(TERMS.retention.zh);
    expect(LEVERS.find((l) => l.key === 'acquisitionSpend')?.label.zh).toBe(TERMS.acquisitionSpend.zh);
  });
});
