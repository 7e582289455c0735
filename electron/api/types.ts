// Plain JSON shapes that cross the API (times are epoch ms). Shared by the main process and the renderer.
import type { Question, QuestionType } from '../packs/question';

export type { Question, QuestionType };

export type Response =
  | { kind: 'single'; choice: string }
  | { kind: 'multiple'; choices: string[] }
  | { kind: 'ordering'; order: string[] }
  | { kind: 'matching'; pairs: Record<string, string> };

/**
 * `storage`: the database could not take the change (disk full, read-only folder, locked by another program);
 * the message says which, and that nothing was saved.
 */
export type ErrorCode = 'invalid_input' | 'not_found' | 'conflict' | 'expired' | 'storage' | 'internal';

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  issues?: { path: string; message: string }[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** Course notes come with the pack; the learner's own notes are imported by the learner. */
export type NoteSource = 'pack' | 'user';

export interface DomainSummary {
  id: string;
  title: string;
  weight: number;
  tasks: { id: string; title: string }[];
}

export interface PackSummary {
  id: string;
  title: string;
  code: string;
  version: number;
  questionCount: number;
  exam: { questions: number; minutes: number; extraMinutes: number; scale: { min: number; max: number; pass: number } };
  domains: DomainSummary[];
}

/** 'system' follows the operating system's light or dark setting. */
export type ThemeChoice = 'system' | 'light' | 'dark';

export interface AppInfo {
  version: string;
  theme: ThemeChoice;
  dataDir: string | null;
  /** Problems found in bundled packs at start; a pack with errors keeps its previously imported version. */
  packProblems: string[];
}

export interface Choice {
  id: string;
  text: string;
}

/** A question as shown during an exam: no keys, no explanations. */
export interface ExamItem {
  position: number;
  type: QuestionType;
  stem: string;
  scenario: string | null;
  caseId: string | null;
  /** single / multiple: options in shown order. */
  options?: Choice[];
  /** multiple: how many to select. */
  selectCount?: number;
  /** ordering: items in shown (shuffled) order. */
  items?: Choice[];
  /** matching: prompts in authored order and the answers to pick from in shown order. */
  prompts?: Choice[];
  answers?: Choice[];
  response: Response | null;
  answered: boolean;
  flagged: boolean;
  /** Option ids the learner struck out (eliminated); never an answer. Absent in drills. */
  struck?: string[];
  /** Practice exam with checking: the checked answer's review (key and explanations); the answer is then final. */
  checked?: ReviewItem;
  /** Set when part of this item's stored copy could not be read: what happened, and where the backups are. */
  damaged?: string;
}

/** 'exam': real conditions, the clock never stops. 'practice': same blueprint, the clock can pause. */
export type ExamKind = 'exam' | 'practice';

export type AttemptStatus = 'in_progress' | 'submitted';

export interface ExamView {
  attemptId: number;
  packId: string;
  packTitle: string;
  code: string;
  status: AttemptStatus;
  startedAt: number;
  endsAt: number;
  /** The backend's clock when this view was made, so the renderer can count down from `endsAt` without drift. */
  serverNow: number;
  timeLimitMs: number;
  currentPosition: number;
  kind: ExamKind;
  /** When a practice exam was paused; null while its clock runs. `endsAt` moves on by the pause when it resumes. */
  pausedAt: number | null;
  /** Practice: each answer can be checked at once. */
  checkAnswers: boolean;
  items: ExamItem[];
}

/** A practice exam's clock after a pause or a resume. */
export interface ClockState {
  attemptId: number;
  endsAt: number;
  pausedAt: number | null;
  serverNow: number;
}

/** An unfinished exam as Home shows it: enough to offer "Resume" without sending every question. */
export interface ActiveExamSummary {
  attemptId: number;
  startedAt: number;
  endsAt: number;
  serverNow: number;
  answered: number;
  total: number;
  kind: ExamKind;
  pausedAt: number | null;
}

/** One domain of the bank as the learner has met it, in exams and drills. */
export interface DomainProgress {
  id: string;
  title: string;
  /** Questions in the bank. */
  total: number;
  /** Questions answered at least once. */
  seen: number;
  /** Of those, the ones answered right the last time. */
  right: number;
}

/** Everything the Home screen shows, in one round trip so the app is usable sooner after start. */
export interface HomeView {
  app: AppInfo;
  packs: PackSummary[];
  /** The pack asked for, or the first one; null when none is installed. */
  packId: string | null;
  attempts: AttemptSummary[];
  active: ActiveExamSummary | null;
  learnerNotes: LearnerNotesInfo | null;
  progress: DomainProgress[];
}

/** The next question of a drill, shown like an exam question (no key) until it is answered. */
export interface DrillQuestion {
  questionId: string;
  item: ExamItem;
  /** How many questions the drill's scope holds. */
  scopeTotal: number;
}

export interface SaveAck {
  attemptId: number;
  position: number;
  answered: boolean;
  flagged: boolean;
  savedAt: number;
}

export interface DomainResult {
  id: string;
  title: string;
  weight: number;
  correct: number;
  total: number;
  label: 'Meets competencies' | 'Needs improvement';
}

/** One task statement's share of an exam, with the course-notes section that teaches it. */
export interface TaskResult {
  id: string;
  title: string;
  domainId: string;
  correct: number;
  total: number;
  label: DomainResult['label'];
  /** The course-notes section this exam's missed questions on the task point to most, as `file.md#anchor`. */
  study: { link: string; title: string } | null;
}

/** The closest section of the learner's own notes to a question, found by matching, not authored. */
export interface LearnerNoteLink {
  file: string;
  slug: string;
  title: string;
  /** The learner chose this section themselves. */
  corrected?: boolean;
}

/** The learner's own notes file for a course, as imported. */
export interface LearnerNotesInfo {
  /** The name the learner's file had. */
  fileName: string;
  /** The name its sections are stored and linked under: the file name made safe for links. */
  file: string;
  sections: number;
  /** Characters restored from text that had been read in the wrong encoding. */
  repairedCharacters: number;
  importedAt: number;
}

export interface ReviewItem {
  position: number;
  question: Question;
  scenario: string | null;
  /** Shown order of option / item / answer ids. */
  displayOrder: string[];
  response: Response | null;
  answered: boolean;
  correct: boolean;
  flagged: boolean;
  /** Where the learner's own notes cover this question best; null without notes or without a close enough match. */
  learnerNote: LearnerNoteLink | null;
  /** The learner's own correction of that link: a section they chose, or "my notes don't cover this". */
  learnerNoteCorrection?: 'section' | 'none' | null;
  /** The question's course-notes links, most relevant first, named by the notes file's own title. */
  noteLinks?: NoteLink[];
  /** Mock exams: time the learner spent on the question. */
  timeSpentMs?: number;
  /** Mock exams: options the learner struck out. */
  struck?: string[];
  /** Set when part of this item's stored copy could not be read; the item is then scored as unanswered. */
  damaged?: string;
}

/** A course-notes link with the names a learner recognises: the file's first heading and the section's heading. */
export interface NoteLink {
  link: string;
  fileTitle: string;
  sectionTitle: string;
}

export interface ExamResult {
  attemptId: number;
  kind: ExamKind;
  packId: string;
  packTitle: string;
  code: string;
  startedAt: number;
  submittedAt: number;
  timedOut: boolean;
  rawCorrect: number;
  rawTotal: number;
  answeredCount: number;
  scaledScore: number;
  passed: boolean;
  scale: { min: number; max: number; pass: number; rawPass: number };
  domains: DomainResult[];
  /** Task statements that had questions in this exam, in blueprint order. */
  tasks: TaskResult[];
  items: ReviewItem[];
}

export interface AttemptSummary {
  attemptId: number;
  kind: ExamKind;
  startedAt: number;
  endsAt: number;
  status: AttemptStatus;
  submittedAt: number | null;
  timedOut: boolean;
  rawCorrect: number | null;
  rawTotal: number;
  scaledScore: number | null;
  passed: boolean | null;
}

/** One heading's section of a notes file; the first, with level 0 and no heading, is any text before it. */
export interface NoteSectionView {
  slug: string;
  title: string;
  level: number;
  markdown: string;
}

export interface NoteDocument {
  packId: string;
  source: NoteSource;
  file: string;
  title: string;
  markdown: string;
  /** The same text split at every heading, with the anchors links use, so the viewer can render it in parts. */
  sections: NoteSectionView[];
}

/** A piece of text, marked when it matched the search. Shown as text, never as HTML. */
export interface TextRun {
  text: string;
  hit: boolean;
}

export interface NoteSearchHit {
  source: NoteSource;
  file: string;
  slug: string;
  title: string;
  titleRuns: TextRun[];
  snippet: TextRun[];
}

/** A section of the learner's notes, as the correction picker lists it. */
export interface LearnerSectionSummary {
  slug: string;
  title: string;
  level: number;
  /** Headings from the top of the file to this one, " › "-joined. */
  path: string;
}

/** Where a question stands in the learner's notes after a correction, or its undo. */
export interface LearnerNoteState {
  link: LearnerNoteLink | null;
  correction: 'section' | 'none' | null;
}

/** The learner's last result on a question, in exams and drills alike. */
export type QuestionRecord = 'right' | 'wrong' | 'unseen';

export interface Backlink {
  questionId: string;
  task: string;
  stem: string;
  record: QuestionRecord;
}

export interface Backlinks {
  source: NoteSource;
  file: string;
  slug: string;
  title: string;
  questions: Backlink[];
  counts: Record<QuestionRecord, number>;
}

export interface TaskCoverage {
  id: string;
  title: string;
  domainId: string;
  /** Learner sections that teach the task: those its questions link to. */
  sections: { slug: string; title: string; questions: number }[];
  /** The task's questions that link to the learner's notes, of all its questions. */
  linked: number;
  total: number;
  /** The learner's last results on the task's questions. */
  seen: number;
  right: number;
  covered: boolean;
  /** Where the course notes teach the task, for a gap. */
  courseNotes: { link: string; title: string } | null;
}

export interface NotesCoverage {
  fileName: string;
  /** The name the learner's sections are linked under. */
  file: string;
  tasks: TaskCoverage[];
}
