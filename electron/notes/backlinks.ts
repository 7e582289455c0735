// Which questions point to a notes section (backlinks), and what the learner's notes cover per task statement.
// Course sections are pointed to by the links authors wrote; the learner's sections by their links (linker's
// choice or the learner's correction). The learner's record on each question comes from exams and drills alike.
import { notFound } from '../api/errors';
import type { Backlinks, NoteSource, NotesCoverage, QuestionRecord } from '../api/types';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { latestOutcomes } from '../drill/pick';
import { answerEvents } from '../drill/repo';
import type { Question } from '../packs/question';
import { getManifest } from '../packs/repo';
import { activeQuestions, learnerLinks } from './links';
import { learnerNotesInfo } from './learner';
import { noteTitles } from './study';

function records(db: Db, packId: string): (id: string) => QuestionRecord {
  const outcomes = latestOutcomes(answerEvents(db, packId));
  return (id) => {
    const o = outcomes.get(id);
    return o ? (o.lastCorrect ? 'right' : 'wrong') : 'unseen';
  };
}

const shortStem = (q: Question) => {
  const s = q.stem.replace(/\s+/g, ' ').trim();
  return s.length > 160 ? `${s.slice(0, 157)}…` : s;
};

export function backlinks(db: Db, packId: string, source: NoteSource, file: string, slug: string): Backlinks {
  const title = stmt(db, 'SELECT title FROM note_sections WHERE pack_id = ? AND source = ? AND file = ? AND slug = ? AND level > 0')
    .pluck()
    .get(packId, source, file, slug) as string | undefined;
  if (title === undefined) throw notFound(`The section "#${slug}" in ${file}`);
  const questions = activeQuestions(db, packId);
  let pointing: Question[];
  if (source === 'pack') {
    pointing = questions.filter((q) => q.notes.includes(`${file}#${slug}`));
  } else {
    const links = learnerLinks(db, packId);
    pointing = links ? questions.filter((q) => links.state(q.id).link?.slug === slug) : [];
  }
  const record = records(db, packId);
  const list = pointing.map((q) => ({ questionId: q.id, task: q.task, stem: shortStem(q), record: record(q.id) }));
  const order: Record<QuestionRecord, number> = { wrong: 0, unseen: 1, right: 2 };
  list.sort((a, b) => order[a.record] - order[b.record] || a.task.localeCompare(b.task) || a.questionId.localeCompare(b.questionId));
  const counts: Record<QuestionRecord, number> = { right: 0, wrong: 0, unseen: 0 };
  for (const q of list) counts[q.record]++;
  return { source, file, slug, title, questions: list, counts };
}

/**
 * A task statement counts as covered when the learner's notes teach a fair share of its questions: at least
 * MIN_LINKED of them and a fifth of all. A few links from one section on a neighbouring topic (a monitoring
 * section that also answers some governance questions) show as partial, not as covered.
 */
const MIN_LINKED = 3;
const MIN_SHARE = 0.2;

export function notesCoverage(db: Db, packId: string): NotesCoverage | null {
  const m = getManifest(db, packId);
  if (!m) throw notFound(`Course pack "${packId}"`);
  const links = learnerLinks(db, packId);
  if (!links) return null;
  const fileName = learnerNotesInfo(db, packId)?.fileName ?? links.file;
  const questions = activeQuestions(db, packId);
  const record = records(db, packId);
  const titles = noteTitles(db, packId);
  const tasks = m.domains.flatMap((d) =>
    d.tasks.map((t) => {
      const qs = questions.filter((q) => q.task === t.id);
      const bySection = new Map<string, { slug: string; title: string; questions: number }>();
      let linked = 0;
      for (const q of qs) {
        const l = links.state(q.id).link;
        if (!l) continue;
        linked++;
        const s = bySection.get(l.slug) ?? { slug: l.slug, title: l.title, questions: 0 };
        s.questions++;
        bySection.set(l.slug, s);
      }
      const outcomes = qs.map((q) => record(q.id)).filter((r) => r !== 'unseen');
      // The course section this task's questions link to most: where to read when the learner's notes are silent.
      const counts = new Map<string, number>();
      for (const q of qs) if (q.notes[0]) counts.set(q.notes[0], (counts.get(q.notes[0]) ?? 0) + 1);
      const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
      return {
        id: t.id,
        title: t.title,
        domainId: d.id,
        sections: [...bySection.values()].sort((a, b) => b.questions - a.questions),
        linked,
        total: qs.length,
        seen: outcomes.length,
        right: outcomes.filter((r) => r === 'right').length,
        covered: linked >= MIN_LINKED && linked >= MIN_SHARE * qs.length,
        courseNotes: top ? { link: top, title: titles.get(top) ?? top } : null,
      };
    }),
  );
  return { fileName, file: links.file, tasks };
}
