import { describe, expect, it } from 'vitest';
import { chooseStart } from '../../../../src/ui/io/startup.ts';
import type { Saved } from '../../../../src/ui/io/autosave.ts';
import { isShareHash, shareUrl } from '../../../../src/ui/io/shareLink.ts';
import { decodeShareLink, encodeShareLink } from '../../../../src/scenario/share.ts';
import { defaultScenario } from '../../../../src/scenario/parse.ts';

const linked = defaultScenario({ seed: 99, horizon: 48 });
const saved = defaultScenario({ seed: 7 });
const defaults = defaultScenario();
const good = `#${encodeShareLink(linked)}`;
const bad = '#s1.AAAA';
const none: Saved = { kind: 'none' };
const ok: Saved = { kind: 'ok', scenario: saved, notices: [] };
const stale: Saved = { kind: 'invalid', errors: ['horizon: must be ≤ 1040'], kept: true };

describe('which scenario the page opens with: link > autosave > defaults', () => {
  const cases: [string, string, Saved, 'link' | 'autosave' | 'defaults', boolean, boolean][] = [
    // name, hash, autosave, source, link error?, autosave error?
    ['a link wins over the autosave', good, ok, 'link', false, false],
    ['a link with nothing saved', good, none, 'link', false, false],
    ['a link wins over a stale autosave, which is not reported', good, stale, 'link', false, false],
    ['the autosave without a link', '', ok, 'autosave', false, false],
    ['a bad link falls back to the autosave, with the link error', bad, ok, 'autosave', true, false],
    ['a bad link and nothing saved: defaults', bad, none, 'defaults', true, false],
    ['a stale autosave: defaults, with its errors', '', stale, 'defaults', false, true],
    ['nothing at all: defaults', '', none, 'defaults', false, false],
    ['a fragment that is not a link is left alone', '#section-2', ok, 'autosave', false, false],
  ];
  it.each(cases)('%s', (_, hash, autosave, source, linkError, autosaveError) => {
    const start = chooseStart(hash, autosave, () => defaults);
    expect(start.source).toBe(source);
    expect(start.scenario).toEqual({ link: linked, autosave: saved, defaults }[source]);
    expect(start.linkErrors.length > 0).toBe(linkError);
    expect(start.autosaveErrors.length > 0).toBe(autosaveError);
  });

  it('names why a link failed', () => {
    expect(chooseStart('#s9.abc', none).linkErrors).toEqual(['(link): made by another version of Loyalty Lab (format s9; this version reads s1)']);
    expect(chooseStart(bad, none).linkErrors[0]).toMatch(/^\(link\): /);
  });

  it('passes on the migration notices of a link to an old-format scenario', () => {
    // a version-0 file (no schemaVersion) packed as a link
    const v0 = { ...JSON.parse(JSON.stringify(defaultScenario())), population: 4000 };
    delete v0.schemaVersion;
    const hash = `#${encodeShareLink(v0)}`;
    const start = chooseStart(hash, none);
    expect(start.source).toBe('link');
    expect(start.scenario.population.size).toBe(4000);
    expect(start.notices[0]).toMatch(/version 0/);
  });
});

describe('share links', () => {
  it('builds origin + path + # + the encoded scenario, which decodes to the same scenario and seed', () => {
    const url = shareUrl({ origin: 'https://example.org', pathname: '/lab/' }, linked);
    expect(url.startsWith('https://example.org/lab/#s1.')).toBe(true);
    const r = decodeShareLink(url);
    expect(r.ok && r.scenario).toEqual(linked);
  });

  it('recognises a link fragment of any format version, and nothing else', () => {
    expect(isShareHash(good)).toBe(true);
    expect(isShareHash('s1.abc')).toBe(true);
    expect(isShareHash('#s22.abc')).toBe(true);
    for (const h of ['', '#', '#s1', '#panel', '#sx.abc']) expect(isShareHash(h), h).toBe(false);
  });
});
