import { describe, expect, it, vi } from 'vitest';
import { ScenarioLoader } from '../../../../src/ui/io/loader.svelte.ts';
import { BUSY_BYTES, carriesFiles, readScenarioFile } from '../../../../src/ui/io/fileImport.ts';
import { chooseStart } from '../../../../src/ui/io/startup.ts';
import { ScenarioDraft } from '../../../../src/ui/editor/draft.svelte.ts';
import { defaultScenario, MAX_FILE_BYTES } from '../../../../src/scenario/parse.ts';
import { encodeShareLink } from '../../../../src/scenario/share.ts';

const json = (v: unknown, name = 'x.json') => new File([JSON.stringify(v)], name, { type: 'application/json' });

function setup() {
  const draft = new ScenarioDraft(defaultScenario());
  const live = { reset: vi.fn() };
  draft.set(['horizon'], 77); // something the user typed
  return { draft, live, loader: new ScenarioLoader(draft, live) };
}

describe('reading a file', () => {
  it('refuses an oversize file from its size, without reading it', async () => {
    const huge = { size: MAX_FILE_BYTES + 1, text: vi.fn() } as unknown as Blob;
    const r = await readScenarioFile(huge);
    expect(r).toEqual({ ok: false, errors: ['(file): 1.00 MB is larger than the 1 MB limit for a scenario'] });
    expect(huge.text).not.toHaveBeenCalled();
  });

  it('reports a file that cannot be read', async () => {
    const gone = { size: 10, text: () => Promise.reject(new Error('NotFoundError')) } as unknown as Blob;
    expect(await readScenarioFile(gone)).toEqual({ ok: false, errors: ['(file): could not be read (it may have been moved or deleted)'] });
  });

  it('tells a drag of files from a drag of text', () => {
    expect(carriesFiles(['Files'])).toBe(true);
    expect(carriesFiles(['text/plain', 'text/uri-list'])).toBe(false);
    expect(carriesFiles(undefined)).toBe(false);
  });
});

describe('opening a scenario', () => {
  it('replaces the draft and resets the run when the file validates', async () => {
    const { draft, live, loader } = setup();
    expect(await loader.openFile(json({ schemaVersion: 2, horizon: 36, seed: 5 }, 'good.json'))).toBe(true);
    expect(draft.valid.horizon).toBe(36);
    expect(draft.get(['seed'])).toBe(5);
    expect(live.reset).toHaveBeenCalledWith(draft.valid);
    expect(loader.failure).toBeNull();
    expect(loader.status).toMatchObject({ key: 'io.fileOpened', vars: { name: 'good.json' } });
    expect(loader.busy).toBeNull();
  });

  it('names the fields of a bad file and leaves what the user typed untouched', async () => {
    const { draft, live, loader } = setup();
    expect(await loader.openFile(json({ schemaVersion: 2, firms: [{ price: -1 }] }, 'bad.json'))).toBe(false);
    expect(loader.failure).toMatchObject({ key: 'io.fileFailed', vars: { name: 'bad.json' }, lines: ['firms[0].price: must be ≥ 0.2'] });
    await loader.openFile(new File(['<html>'], 'page.html'));
    expect(loader.failure?.lines[0]).toMatch(/^\(file\): not valid JSON/);
    expect(draft.get(['horizon'])).toBe(77);
    expect(draft.valid.horizon).toBe(77);
    expect(live.reset).not.toHaveBeenCalled();
  });

  it('shows the migration notice of an old file, dismissibly, and clears an earlier failure', async () => {
    const { draft, loader } = setup();
    await loader.openFile(json({ horizon: -1 }));
    expect(loader.failure).not.toBeNull();
    await loader.openFile(json({ population: 3000, firms: [{ share: 0.6 }, { share: 0.4 }] }, 'old.json'));
    expect(loader.failure).toBeNull();
    expect(draft.valid.population.size).toBe(3000);
    expect(draft.valid.firms[0].initialShare).toBe(0.6);
    expect(loader.notices).toHaveLength(1);
    expect(loader.notices[0]).toMatchObject({ key: 'io.migrated' });
    expect(loader.notices[0].lines[0]).toMatch(/version 0/);
    loader.dismiss(loader.notices[0].id);
    expect(loader.notices).toEqual([]);
  });

  it('keeps only the latest of two files read at once', async () => {
    const { draft, loader } = setup();
    const slow = json({ schemaVersion: 2, horizon: 11 }, 'slow.json');
    const fast = json({ schemaVersion: 2, horizon: 22 }, 'fast.json');
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const text = slow.text.bind(slow);
    slow.text = async () => (await gate, text());
    const first = loader.openFile(slow);
    await loader.openFile(fast);
    release();
    expect(await first).toBe(false);
    expect(draft.valid.horizon).toBe(22);
  });

  it('says when only the first of several dropped files was opened', async () => {
    const { loader } = setup();
    await loader.openFile(json({ schemaVersion: 2 }), 2);
    expect(loader.notices).toMatchObject([{ key: 'io.onlyFirst', vars: { n: 3 } }]);
  });

  it('shows a busy state while a big file is read', async () => {
    const { loader } = setup();
    const big = new File(['{"schemaVersion":2}', ' '.repeat(BUSY_BYTES)], 'big.json'); // valid JSON, padded
    const pending = loader.openFile(big);
    expect(loader.busy).toBe('big.json');
    expect(await pending).toBe(true);
    expect(loader.busy).toBeNull();
  });
});

describe('opening a share link pasted into the open page', () => {
  it('opens a good link, seed included, and refuses a bad one leaving the scenario as it was', () => {
    const { draft, live, loader } = setup();
    expect(loader.openLink('#s1.AAAA')).toBe(false);
    expect(loader.failure).toMatchObject({ key: 'io.linkFailedKept', lines: ['(link): corrupted data'] });
    expect(draft.valid.horizon).toBe(77);
    expect(loader.openLink(`#${encodeShareLink(defaultScenario({ seed: 31, horizon: 12 }))}`)).toBe(true);
    expect(draft.valid.seed).toBe(31);
    expect(draft.valid.horizon).toBe(12);
    expect(live.reset).toHaveBeenCalledTimes(1);
    expect(loader.status).toMatchObject({ key: 'io.linkOpened' });
  });
});

describe('reporting how the page started', () => {
  it('reports a bad link, noting that the autosave was kept', () => {
    const { loader } = setup();
    loader.started(chooseStart('#s1.AAAA', { kind: 'ok', scenario: defaultScenario(), notices: [] }));
    expect(loader.failure).toMatchObject({ key: 'io.linkFailedAutosave' });
    expect(loader.failure?.lines[0]).toMatch(/^\(link\): /);
  });

  it('reports a stale autosave as a notice', () => {
    const { loader } = setup();
    loader.started(chooseStart('', { kind: 'invalid', errors: ['horizon: must be ≤ 1040'], kept: true }));
    expect(loader.failure).toBeNull();
    expect(loader.notices).toMatchObject([{ key: 'io.autosaveFailed', lines: ['horizon: must be ≤ 1040'] }]);
  });

  it('does not claim a copy was kept when there was no room for it', () => {
    const { loader } = setup();
    loader.started(chooseStart('', { kind: 'invalid', errors: ['horizon: must be ≤ 1040'], kept: false }));
    expect(loader.notices).toMatchObject([{ key: 'io.autosaveFailedLost', lines: ['horizon: must be ≤ 1040'] }]);
  });

  it('says when this tab’s own copy was refused and the latest copy of any tab opened instead', () => {
    const { loader } = setup();
    loader.started(chooseStart('', { kind: 'ok', scenario: defaultScenario(), notices: [], passedOver: ['(file): not valid JSON'] }));
    expect(loader.notices).toMatchObject([{ key: 'io.tabCopyFailed', lines: ['(file): not valid JSON'] }]);
  });
});
