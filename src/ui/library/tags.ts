// Library tags: the words scenario files use in `meta.tags`, with Chinese for the known ones.
// A tag not listed here is shown as written in the file.
import type { GalleryEntry } from './gallery.ts';

export const TAG_LABELS: Record<string, { en: string; zh: string }> = {
  basics: { en: 'basics', zh: '基础' },
  economics: { en: 'economics', zh: '经济' },
  expectations: { en: 'expectations', zh: '预期' },
  'loyalty types': { en: 'loyalty types', zh: '忠诚类型' },
  'service recovery': { en: 'service recovery', zh: '服务补救' },
  strategy: { en: 'strategy', zh: '策略' },
  'switching cost': { en: 'switching cost', zh: '转换成本' },
  trust: { en: 'trust', zh: '信任' },
};

export function tagLabel(tag: string, lang: 'en' | 'zh'): string {
  return Object.hasOwn(TAG_LABELS, tag) ? TAG_LABELS[tag][lang] : tag;
}

/** Every tag in use, in alphabetical order. */
export function galleryTags(entries: readonly GalleryEntry[]): string[] {
  return [...new Set(entries.flatMap((e) => e.scenario.meta.tags))].sort();
}

/** The entries with `tag`, or all of them for null. */
export function withTag(entries: readonly GalleryEntry[], tag: string | null): GalleryEntry[] {
  return tag === null ? [...entries] : entries.filter((e) => e.scenario.meta.tags.includes(tag));
}
