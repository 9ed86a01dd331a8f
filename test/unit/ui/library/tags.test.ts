import { describe, expect, it } from 'vitest';
import { galleryTags, tagLabel, withTag } from '../../../../src/ui/library/tags.ts';
import { galleryFromFiles } from '../../../../src/ui/library/gallery.ts';
import { shippedGallery } from '../../../../src/ui/library/shipped.ts';

const file = (tags: string[]) => JSON.stringify({ schemaVersion: 1, meta: { tags } });
const { entries } = galleryFromFiles({ 'a.json': file(['strategy', 'trust']), 'b.json': file(['trust']), 'c.json': file([]) });

describe('library tags', () => {
  it('lists every tag once, in order', () => {
    expect(galleryTags(entries)).toEqual(['strategy', 'trust']);
  });

  it('filters by tag, or not at all', () => {
    expect(withTag(entries, 'trust').map((e) => e.id)).toEqual(['a', 'b']);
    expect(withTag(entries, 'strategy').map((e) => e.id)).toEqual(['a']);
    expect(withTag(entries, null)).toHaveLength(3);
    expect(withTag(entries, 'nothing')).toEqual([]);
  });

  it('has Chinese for every tag the shipped library uses; an unknown tag shows as written', () => {
    for (const tag of galleryTags(shippedGallery().entries)) expect(tagLabel(tag, 'zh'), tag).not.toBe(tag);
    expect(tagLabel('strategy', 'en')).toBe('strategy');
    expect(tagLabel('my own tag', 'zh')).toBe('my own tag');
    expect(tagLabel('constructor', 'zh')).toBe('constructor');
  });
});
