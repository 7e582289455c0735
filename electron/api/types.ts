// Plain JSON shapes that cross the API (times are epoch ms). Shared by the main process and the renderer.
import type { Question, QuestionType } from '../packs/question';

export type { Question, QuestionType };

/** How sure the learner was of an answer. */
export type Confidence = 'sure' | 'unsure' | 'guess';

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
  /** How sure the learner said they were (mock exams offer it only when the learner turns it on). */
  confidence?: Confidence | null;
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
  /** The latest attempts (at most 20), newest first; `attemptCount` says how many there are in all. */
  attempts: AttemptSummary[];
  attemptCount: number;
  active: ActiveExamSummary | null;
  learnerNotes: LearnerNotesInfo | null;
  progress: DomainProgress[];
  /** Reviews due, today's plan and the forecast; null when no pack is installed. */
  study: StudyToday | null;
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
  /** How sure the learner said they were; null when not given. */
  confidence: Confidence | null;
  /** Time spent on the question in an exam (0 in drills). */
  timeSpentMs: number;
  /** Where the learner's own notes cover this question best; null without notes or without a close enough match. */
  learnerNote: LearnerNoteLink | null;
  /** The learner's own correction of that link: a section they chose, or "my notes don't cover this". */
  learnerNoteCorrection?: 'section' | 'none' | null;
  /** The question's course-notes links, most relevant first, named by the notes file's own title. */
  noteLinks?: NoteLink[];
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
  pacing: Pacing;
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

/** An estimated scaled score with its 80% range, and the chance of passing (overall) or meeting the domain's bar. */
export interface ScoreEstimate {
  scaled: number;
  low: number;
  high: number;
  /** 0–1. */
  passChance: number;
  /** The estimated share of a fresh exam's questions answered right, 0–1. */
  accuracy: number;
}

export interface DomainForecast {
  id: string;
  title: string;
  /** Questions of this domain answered at least once. */
  firstSeen: number;
  /** Share right at first sight (a right guess counts half); null before any. */
  accuracy: number | null;
  trend: 'up' | 'down' | 'steady' | null;
  /** Null while the evidence is too thin. */
  estimate: ScoreEstimate | null;
  /** One line that explains the estimate, e.g. "Domain 3: 58% on 40 first-seen questions, trending up". */
  line: string;
}

export interface StudySuggestion {
  task: string;
  title: string;
  /** First-seen questions of the task answered right, and met. */
  right: number;
  seen: number;
  /** Scaled points the estimate would gain with the task at 85%. */
  gain: number;
  line: string;
}

export interface Forecast {
  /** False while the evidence is too thin for an overall estimate; `needed` then says what would give enough. */
  enough: boolean;
  needed: string | null;
  overall: ScoreEstimate | null;
  /** "Estimated 680 (80% range 610–745) · pass chance 41%", or the not-enough-data sentence. */
  summary: string;
  domains: DomainForecast[];
  bestStudy: StudySuggestion | null;
  /** Questions of the bank never met: once it is exhausted, a mock exam measures recall more than knowledge. */
  unseen: number;
  bankSize: number;
  firstSeen: number;
  /** Of `firstSeen`, the questions first met in a practice exam: each counts half of one met under real conditions. */
  firstSeenInPractice: number;
}

export interface StudySettings {
  /** The booked exam's date, YYYY-MM-DD in the learner's time zone; null when none is set. */
  examDate: string | null;
  /** At most this many reviews a day. */
  dailyLimit: number;
  /** Whether mock exams offer sure / unsure / guess (off by default: the real exam has none). */
  confidenceInExams: boolean;
}

export interface StudySettingsSaved {
  settings: StudySettings;
  /** Set when a value was brought into range ("A daily limit of 10000 was set to 500, the most Proctor allows."). */
  notice: string | null;
}

/** Today's plan. Without an exam date only `reviews` and `suggestion` are meaningful. */
export interface DailyPlan {
  examDate: string | null;
  /** Days from today to the exam day (0 on the day). */
  daysLeft: number | null;
  /** Reviews to do today: those due, capped at the daily limit. */
  reviews: number;
  /** Due reviews beyond the daily limit, left for the coming days. */
  backlog: number;
  /** New questions a day to meet the whole bank before the last three days. */
  newPerDay: number;
  /** When to sit the next full mock exam (YYYY-MM-DD), or null when no more are advised. */
  nextMock: string | null;
  /** One sentence: what to do next. */
  suggestion: string;
  lines: string[];
}

export interface StudyToday {
  /** Reviews due today (before the end of the local day), all of them. */
  dueToday: number;
  settings: StudySettings;
  plan: DailyPlan;
  forecast: Forecast;
}

export interface ReviewNext {
  /** The question due first, or null when nothing is due today. */
  question: DrillQuestion | null;
  dueToday: number;
}

export interface ReviewAnswer {
  review: ReviewItem;
  /** When the question comes back (epoch ms). */
  nextDue: number;
  dueToday: number;
}

export interface MistakeSet {
  kind: 'wrong' | 'flagged' | 'guessed';
  attemptId: number | null;
  questionIds: string[];
}

export interface Pacing {
  /** The time a question may take on average: the time limit over the question count (83 s for AIF-C01). */
  budgetMs: number;
  averageMs: number;
  /** Questions that took longer than the budget. */
  overBudget: number;
  domains: { id: string; title: string; questions: number; totalMs: number; averageMs: number }[];
  slowest: { position: number; domain: string; task: string; timeMs: number; correct: boolean }[];
}

export interface StudyHistory {
  exams: { attemptId: number; at: number; scaledScore: number; passed: boolean }[];
  passScore: number;
  /** Per study day, domain and confidence given ('none' when none was). */
  days: { day: string; domain: string; confidence: Confidence | 'none'; answered: number; correct: number; firstSeen: number; firstRight: number; reviews: number }[];
  /** Questions met by the end of each study day, against the bank. */
  met: { day: string; met: number }[];
  bankSize: number;
  /** Consecutive days with a review, ending today or yesterday. */
  reviewStreak: number;
}
