// The automatic links to the learner's notes are stored with the notes (migration 7) and read back after a
// restart; a pack or linker change makes them stale, and they are computed again in the notes worker. Every
// linking on the test's own thread goes through the spied buildLinker, so a count of its calls tells a stored read
// (none) from a recomputation here; the worker threads load their own, unspied copy.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Backlinks, LearnerNotesInfo, LearnerSectionSummary } from '../../electron/api/types';
import { buildLinker } from '../../electron/notes/linker';
import { LINKER_VERSION } from '../../electron/notes/linker-version';
import { refreshStaleLinks } from '../../electron/notes/refresh-links';
import { createBackend, type Backend } from '../../electron/backend';
import { call, copyPack, FIXTURE_PACKS, ROOT, tempDir, testBackend, TestClock } from '../helpers';

vi.mock('../../electron/notes/linker', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../electron/notes/linker')>();
  return { ...actual, buildLinker: vi.fn(actual.buildLinker) };
});
const linkingsHere = () => vi.mocked(buildLinker).mock.calls.length;

const skyNotes = readFileSync(join(ROOT, 'tests/fixtures/learner-notes/sky-notes.md'), 'utf8');

/** What the stored rows say: question → section, section → what it teaches, and their record. */
function stored(backend: Backend) {
  const db = backend.db;
  return {
    links: Object.fromEntries((db.prepare("SELECT question_id, slug FROM note_links WHERE pack_id = 'mini'").raw().all() as [string, string][])),
    teaches: Object.fromEntries(
      (db.prepare("SELECT slug, links FROM note_section_teaches WHERE pack_id = 'mini'").raw().all() as [string, string][]).map(([s, l]) => [s, JSON.parse(l) as unknown]),
    ),
    source: db.prepare("SELECT notes_imported_at, pack_hash, linker_version FROM note_link_sources WHERE pack_id = 'mini'").get() as
      | { notes_imported_at: number; pack_hash: string; linker_version: number }
      | undefined,
  };
}

/** Where each question points in the learner's notes, read through the API (every section's backlinks). */
async function linksThroughApi(backend: Backend): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const info = (await call<{ learnerNotes: LearnerNotesInfo | null }>(backend, 'app.home', {})).learnerNotes!;
  for (const s of await call<LearnerSectionSummary[]>(backend, 'notes.learnerSections', { packId: 'mini' })) {
    const b = await call<Backlinks>(backend, 'notes.backlinks', { packId: 'mini', source: 'user', file: info.file, slug: s.slug });
    for (const q of b.questions) out[q.questionId] = s.slug;
  }
  return out;
}

const packHashOf = (backend: Backend) => backend.db.prepare("SELECT content_hash FROM packs WHERE id = 'mini'").pluck().get() as string;

async function importSky(backend: Backend, markdown = skyNotes) {
  return call<LearnerNotesInfo>(backend, 'notes.importLearner', { packId: 'mini', fileName: 'sky-notes.md', markdown });
}

describe('stored links to the learner’s notes', () => {
  it('stores the links the import worked out with the notes, and reads them back after a restart without linking again', async () => {
    const clock = new TestClock();
    const dataDir = tempDir();
    const first = (await testBackend({ dataDir, clock })).backend;
    const before = linkingsHere();
    const info = await importSky(first);
    const links = stored(first);
    expect(Object.keys(links.links).length).toBeGreaterThan(2);
    expect(links.teaches.clouds).toEqual(['sky.md#cloud-types']);
    expect(links.source).toEqual({ notes_imported_at: info.importedAt, pack_hash: packHashOf(first), linker_version: LINKER_VERSION });
    expect(await linksThroughApi(first)).toEqual(links.links);
    expect(linkingsHere()).toBe(before); // the worker linked; this thread only read

    // A stored row, changed by hand, is what the next start shows: the links are read, not worked out again.
    const [question, slug] = Object.entries(links.links)[0]!;
    const other = slug === 'clouds' ? 'rain-and-forecasts' : 'clouds';
    first.db.prepare("UPDATE note_links SET slug = ? WHERE pack_id = 'mini' AND question_id = ?").run(other, question);
    first.close();

    const second = (await testBackend({ dataDir, clock })).backend;
    await second.noteLinksRefreshed;
    expect(await linksThroughApi(second)).toEqual({ ...links.links, [question]: other });
    expect((await call<{ tasks: unknown[] } | null>(second, 'notes.coverage', { packId: 'mini' }))).not.toBeNull();
    expect(linkingsHere()).toBe(before);
    second.close();
  });

  it('links again when the pack changes: once on this thread for a reader that comes first, then stored from the worker', async () => {
    const { packsDir, packDir } = copyPack();
    const dataDir = tempDir();
    const first = (await testBackend({ dataDir, packsDir })).backend;
    await importSky(first);
    const old = stored(first);
    first.close();

    // The course moves a cloud question to the rain section of its notes.
    const file = join(packDir, 'questions/clouds.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('notes: [sky.md#cloud-types]', 'notes: [sky.md#weather--forecasts]'));

    const second = (await testBackend({ dataDir, packsDir })).backend;
    expect(stored(second).source!.pack_hash).not.toBe(packHashOf(second)); // stale until the refresh is done
    const before = linkingsHere();
    const read = await linksThroughApi(second);
    expect(read).not.toEqual(old.links);
    expect(read['puffy-cloud']).not.toBe(old.links['puffy-cloud']);
    expect(linkingsHere()).toBe(before + 1); // every read after the first used the same linking

    await second.noteLinksRefreshed;
    const now = stored(second);
    expect(now.source).toEqual({ notes_imported_at: old.source!.notes_imported_at, pack_hash: packHashOf(second), linker_version: LINKER_VERSION });
    expect(now.links).toEqual(read);
    expect(await linksThroughApi(second)).toEqual(read);
    expect(linkingsHere()).toBe(before + 1);
    second.close();

    const third = (await testBackend({ dataDir, packsDir })).backend;
    await third.noteLinksRefreshed;
    expect(await linksThroughApi(third)).toEqual(read);
    expect(linkingsHere()).toBe(before + 1);
    third.close();
  });

  it('links again at the next start when the linker changed', async () => {
    const dataDir = tempDir();
    const first = (await testBackend({ dataDir })).backend;
    await importSky(first);
    const fresh = stored(first);
    const [question] = Object.keys(fresh.links);
    first.db.prepare("UPDATE note_link_sources SET linker_version = ? WHERE pack_id = 'mini'").run(LINKER_VERSION - 1);
    first.db.prepare("UPDATE note_links SET slug = 'my-sky-notes' WHERE pack_id = 'mini' AND question_id = ?").run(question);
    first.close();

    const before = linkingsHere();
    const second = (await testBackend({ dataDir })).backend;
    await second.noteLinksRefreshed;
    expect(stored(second)).toEqual(fresh);
    expect(await linksThroughApi(second)).toEqual(fresh.links);
    expect(linkingsHere()).toBe(before); // linked in the worker
    second.close();
  });

  it('a failed import leaves the previous notes, links and corrections as they were', async () => {
    const { backend } = await testBackend();
    await importSky(backend);
    await call(backend, 'notes.correctLink', { packId: 'mini', questionId: 'puffy-cloud', slug: 'rain-and-forecasts' });
    const snapshot = () =>
      Object.fromEntries(
        ['note_sections', 'note_links', 'note_section_teaches', 'note_link_sources', 'note_corrections', 'settings'].map((t) => [
          t,
          backend.db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all(),
        ]),
      );
    const before = snapshot();
    const linked = stored(backend).links;

    const refused = await backend.dispatch('notes.importLearner', { packId: 'mini', fileName: 'list.md', markdown: 'no headings\n' });
    expect(refused.ok).toBe(false);
    expect(snapshot()).toEqual(before);

    // The links are written in the import's transaction: when that write fails, the new notes go too.
    backend.db.exec("CREATE TEMP TRIGGER refuse_links BEFORE INSERT ON note_links BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");
    const failed = await backend.dispatch('notes.importLearner', { packId: 'mini', fileName: 'new.md', markdown: `${skyNotes}\n## Wind\n\nWind blows.\n` });
    expect(failed).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(snapshot()).toEqual(before);
    expect(await linksThroughApi(backend)).toEqual({ ...linked, 'puffy-cloud': 'rain-and-forecasts' });
    backend.close();
  });

  it('removing the notes removes their links and keeps the corrections for a later import', async () => {
    const { backend } = await testBackend();
    await importSky(backend);
    await call(backend, 'notes.correctLink', { packId: 'mini', questionId: 'puffy-cloud', slug: null });
    await call(backend, 'notes.removeLearner', { packId: 'mini' });
    expect(stored(backend)).toEqual({ links: {}, teaches: {}, source: undefined });
    expect(backend.db.prepare('SELECT count(*) FROM note_corrections').pluck().get()).toBe(1);
    backend.close();
  });

  it('the refresh stores nothing for notes replaced while it ran, and a close stops it', async () => {
    const { backend, clock } = await testBackend();
    await importSky(backend);
    await backend.noteLinksRefreshed;
    backend.db.prepare("UPDATE note_link_sources SET linker_version = 0 WHERE pack_id = 'mini'").run();
    const stale = stored(backend);
    const running = refreshStaleLinks(backend.db, { now: clock.now });
    // A new import lands while the worker links (here, its record, written before the worker can answer).
    backend.db.prepare("UPDATE settings SET value = json_set(value, '$.importedAt', ?) WHERE key = 'learner-notes:mini'").run(clock.now() + 1);
    await running;
    expect(stored(backend)).toEqual(stale);
    backend.close();

    // Stale links at start-up, and a close while the worker links: the worker is stopped, and nothing is stored.
    const dataDir = tempDir();
    const again = (await testBackend({ dataDir })).backend;
    await importSky(again);
    again.db.prepare("UPDATE note_link_sources SET linker_version = 0 WHERE pack_id = 'mini'").run();
    again.close();
    const errors: unknown[] = [];
    const third = await createBackend({ dataDir, packsDir: FIXTURE_PACKS, log: { info: () => {}, error: (m, e) => errors.push([m, e]) } });
    await new Promise((resolve) => setImmediate(resolve)); // the refresh has read its input and started the worker
    third.close();
    await third.noteLinksRefreshed;
    expect(errors).toEqual([]);
    const fourth = (await testBackend({ dataDir })).backend;
    expect(stored(fourth).source!.linker_version).toBe(0);
    await fourth.noteLinksRefreshed;
    expect(stored(fourth).source!.linker_version).toBe(LINKER_VERSION);
    fourth.close();
  });
});
