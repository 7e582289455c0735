// The learner's own notes as found: mojibake repaired exactly, and questions matched to the sections that cover them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLinker } from '../../electron/notes/linker';
import { questionText } from '../../electron/notes/links';
import { repairMojibake } from '../../electron/notes/mojibake';
import { splitSections } from '../../electron/notes/sections';
import { storedFileName } from '../../electron/notes/learner';
import { loadPack } from '../../electron/packs/load';
import { ROOT } from '../helpers';

const FIXTURES = join(ROOT, 'tests/fixtures/learner-notes');
const clean = readFileSync(join(FIXTURES, 'clean.md'), 'utf8');
const garbled = readFileSync(join(FIXTURES, 'mojibake.md'), 'utf8');

describe('mojibake repair', () => {
  it('restores UTF-8 that was read as Mac Roman, character for character', () => {
    expect(garbled).toContain('‚Äì');
    expect(garbled).toContain('üü°');
    const { text, repaired } = repairMojibake(garbled);
    expect(text).toBe(clean);
    expect(repaired).toBe([...clean].filter((c) => c.codePointAt(0)! > 0x7f).length);
  });

  it('leaves correct text alone, including accents and symbols that look like mojibake on their own', () => {
    for (const s of ['café, naïve, déjà vu', '“quoted” – dash … ellipsis ✓ 🟡', 'Ä on its own, and ‚ alone', 'plain ASCII']) {
      expect(repairMojibake(s)).toEqual({ text: s, repaired: 0 });
    }
  });
});

describe('matching questions to the learner’s notes', () => {
  const { pack } = loadPack(join(ROOT, 'questions/aif-c01'));
  const linker = buildLinker(
    pack!.notes.map((n) => ({ file: n.file, sections: n.sections })),
    splitSections(clean),
  );
  const matchFor = (id: string) => {
    const q = pack!.questions.find((x) => x.id === id)!;
    return linker.link({ notes: q.notes, text: questionText(q) })?.title ?? null;
  };

  it('sends a question to the section that covers its topic', () => {
    expect(matchFor('fm-select-context-window-for-long-contracts')).toBe('Tokens and the context window');
    expect(matchFor('continued-pre-training-new-research-papers')).toBe('Fine-tuning vs continued pre-training');
    expect(matchFor('vector-db-pgvector-on-existing-rds')).toBe('Vector databases');
  });

  it('links nothing when the notes do not cover the topic, rather than a poor guess', () => {
    for (const id of ['personalize-home-goods-recommendations', 'artifact-download-aws-soc2-report', 'xai-global-shap-proxy-feature']) {
      expect(matchFor(id), id).toBeNull();
    }
  });

  it('never offers the file’s title section, which holds only an outline', () => {
    const all = pack!.questions.map((q) => matchFor(q.id));
    expect(all).not.toContain('AIF-C01 – study notes');
    expect(all.filter(Boolean).length).toBeGreaterThan(10);
  });

  it('stores a notes file under a name a link can carry', () => {
    expect(storedFileName('My Notes (v2).md')).toBe('My-Notes-v2-.md');
    expect(storedFileName('C:\\Users\\me\\aws notes.markdown')).toBe('aws-notes.md');
    expect(storedFileName('...md')).toBe('my-notes.md');
  });
});
