// The one API: every method once, with the zod schema of its input and the type of its output. Electron IPC,
// loopback HTTP and in-process calls all serve exactly this. Imports nothing at runtime but zod.
import { z } from 'zod';
import type {
  AppInfo,
  AttemptSummary,
  ClockState,
  DrillQuestion,
  ExamResult,
  HomeView,
  LearnerNotesInfo,
  LearnerNoteState,
  LearnerSectionSummary,
  Backlinks,
  NoteSearchHit,
  NotesCoverage,
  ExamView,
  Forecast,
  MistakeSet,
  NoteDocument,
  ReviewAnswer,
  ReviewNext,
  StudyHistory,
  StudySettings,
  StudySettingsSaved,
  StudyToday,
  PackSummary,
  ReviewItem,
  SaveAck,
} from './types';

const returns = <T>() => undefined as unknown as T;
/** Marks a method that changes stored data: dispatch runs it in one transaction, so it lands whole or not at all. */
const writes = true as const;

const packId = z.string().min(1).max(100);
const attemptId = z.number().int().positive();
const position = z.number().int().nonnegative().max(10_000);
const choiceId = z.string().min(1).max(20);
const timeSpentMs = z.number().int().nonnegative().max(86_400_000);

export const responseSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('single'), choice: choiceId }).strict(),
  z.object({ kind: z.literal('multiple'), choices: z.array(choiceId).max(26) }).strict(),
  z.object({ kind: z.literal('ordering'), order: z.array(choiceId).max(26) }).strict(),
  z.object({ kind: z.literal('matching'), pairs: z.record(z.string().max(20), choiceId) }).strict(),
]);

const none = z.object({}).strict();
const confidence = z.enum(['sure', 'unsure', 'guess']);
const questionId = z.string().min(1).max(200);

export const contract = {
  'app.info': { input: none, output: returns<AppInfo>() },
  'app.setTheme': {
    input: z.object({ theme: z.enum(['system', 'light', 'dark']) }).strict(),
    output: returns<{ theme: 'system' | 'light' | 'dark' }>(),
    writes,
  },
  'app.home': { input: z.object({ packId: packId.optional() }).strict(), output: returns<HomeView>() },
  'packs.list': { input: none, output: returns<PackSummary[]>() },
  'exam.start': {
    input: z
      .object({
        packId,
        extraTime: z.boolean().default(false),
        // 'practice': the same blueprint with a clock that can pause and, with checkAnswers, answers checked at once.
        kind: z.enum(['exam', 'practice']).default('exam'),
        checkAnswers: z.boolean().default(false),
      })
      .strict(),
    output: returns<ExamView>(),
    writes,
  },
  'exam.active': { input: z.object({ packId }).strict(), output: returns<ExamView | null>() },
  'exam.get': { input: z.object({ attemptId }).strict(), output: returns<ExamView>() },
  'exam.saveAnswer': {
    input: z
      .object({
        attemptId,
        position,
        response: responseSchema.nullable(),
        timeSpentMs: timeSpentMs.optional(),
        // Offered in exams only when the learner turns it on (the real exam has none); null clears it.
        confidence: confidence.nullable().optional(),
      })
      .strict()
      .refine((v) => !(v.response === null && v.confidence), {
        message: 'a confidence needs an answer: answer the question first, then say how sure you are',
        path: ['confidence'],
      }),
    output: returns<SaveAck>(),
    writes,
  },
  'exam.flag': { input: z.object({ attemptId, position, flagged: z.boolean() }).strict(), output: returns<SaveAck>(), writes },
  'exam.visit': {
    // `leaving`: the question the learner moves away from and the time spent on it since arriving.
    input: z.object({ attemptId, position, leaving: z.object({ position, timeSpentMs }).strict().optional() }).strict(),
    output: returns<{ currentPosition: number }>(),
    writes,
  },
  'exam.strike': {
    input: z.object({ attemptId, position, struck: z.array(choiceId).max(26) }).strict(),
    output: returns<{ position: number; struck: string[] }>(),
    writes,
  },
  'exam.check': { input: z.object({ attemptId, position }).strict(), output: returns<ReviewItem>(), writes },
  'exam.pause': {
    input: z.object({ attemptId, leaving: z.object({ position, timeSpentMs }).strict().optional() }).strict(),
    output: returns<ClockState>(),
    writes,
  },
  'exam.resume': { input: z.object({ attemptId }).strict(), output: returns<ClockState>(), writes },
  'exam.submit': { input: z.object({ attemptId }).strict(), output: returns<ExamResult>(), writes },
  'exam.result': { input: z.object({ attemptId }).strict(), output: returns<ExamResult>() },
  'attempts.list': { input: z.object({ packId }).strict(), output: returns<AttemptSummary[]>() },
  'attempts.delete': { input: z.object({ attemptId }).strict(), output: returns<{ deleted: boolean }>(), writes },
  'drill.next': {
    input: z
      .object({
        packId,
        domain: z.string().min(1).max(20).optional(),
        task: z.string().min(1).max(20).optional(),
        // Questions already asked this session, oldest first, so the drill does not repeat them.
        recent: z.array(z.string().min(1).max(200)).max(1000).default([]),
        // "Practise your mistakes": exactly these questions (see study.mistakes).
        questionIds: z.array(questionId).min(1).max(1000).optional(),
      })
      .strict(),
    output: returns<DrillQuestion>(),
  },
  'drill.answer': {
    input: z
      .object({ packId, questionId, response: responseSchema, displayOrder: z.array(choiceId).max(26), confidence: confidence.optional() })
      .strict(),
    output: returns<ReviewItem>(),
    writes,
  },
  'review.next': {
    input: z.object({ packId, recent: z.array(questionId).max(1000).default([]) }).strict(),
    output: returns<ReviewNext>(),
  },
  'review.answer': {
    input: z
      .object({ packId, questionId, response: responseSchema, displayOrder: z.array(choiceId).max(26), confidence: confidence.optional() })
      .strict(),
    output: returns<ReviewAnswer>(),
    writes,
  },
  'study.today': { input: z.object({ packId }).strict(), output: returns<StudyToday>() },
  'study.forecast': { input: z.object({ packId }).strict(), output: returns<Forecast>() },
  'study.settings': { input: z.object({ packId }).strict(), output: returns<StudySettings>() },
  'study.saveSettings': {
    input: z
      .object({
        packId,
        examDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD').nullable().optional(),
        dailyLimit: z.number().int('must be a whole number').optional(),
        confidenceInExams: z.boolean().optional(),
      })
      .strict(),
    output: returns<StudySettingsSaved>(),
    writes,
  },
  'study.mistakes': {
    input: z.object({ packId, kind: z.enum(['wrong', 'flagged', 'guessed']), attemptId: attemptId.optional() }).strict(),
    output: returns<MistakeSet>(),
  },
  'study.history': { input: z.object({ packId }).strict(), output: returns<StudyHistory>() },
  'notes.get': {
    input: z
      .object({
        packId,
        file: z.string().regex(/^[\w.-]+\.md$/, 'must be a notes file name like topic.md'),
        source: z.enum(['pack', 'user']).default('pack'),
      })
      .strict(),
    output: returns<NoteDocument>(),
  },
  'notes.importLearner': {
    input: z
      .object({
        packId,
        fileName: z.string().min(1).max(200),
        // A generous bound: a long notes file is a few hundred kilobytes.
        markdown: z.string().max(2_000_000, 'a notes file can be at most 2 million characters'),
      })
      .strict(),
    output: returns<LearnerNotesInfo>(),
    writes,
  },
  'notes.search': { input: z.object({ packId, query: z.string().max(200) }).strict(), output: returns<NoteSearchHit[]>() },
  'notes.learnerSections': { input: z.object({ packId }).strict(), output: returns<LearnerSectionSummary[]>() },
  'notes.correctLink': {
    // slug null: "my notes don't cover this".
    input: z.object({ packId, questionId: z.string().min(1).max(200), slug: z.string().min(1).max(300).nullable() }).strict(),
    output: returns<LearnerNoteState>(),
    writes,
  },
  'notes.undoCorrection': {
    input: z.object({ packId, questionId: z.string().min(1).max(200) }).strict(),
    output: returns<LearnerNoteState>(),
    writes,
  },
  'notes.backlinks': {
    input: z
      .object({
        packId,
        source: z.enum(['pack', 'user']),
        file: z.string().regex(/^[\w.-]+\.md$/, 'must be a notes file name like topic.md'),
        slug: z.string().min(1).max(300),
      })
      .strict(),
    output: returns<Backlinks>(),
  },
  'notes.coverage': { input: z.object({ packId }).strict(), output: returns<NotesCoverage | null>() },
  'notes.removeLearner': { input: z.object({ packId }).strict(), output: returns<{ removed: boolean }>(), writes },
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = Contract[M]['output'];

export const methods = Object.keys(contract) as Method[];
/** Whether a method changes stored data (see `writes` above). */
export const isWrite = (method: Method): boolean => 'writes' in contract[method];
export const isMethod = (name: string): name is Method => Object.prototype.hasOwnProperty.call(contract, name);

type Group<M> = M extends `${infer G}.${string}` ? G : never;
type Leaf<M, G extends string> = M extends `${G}.${infer L}` ? L : never;

/** The API as nested methods: `api.exam.saveAnswer(input)`. */
export type Api = {
  [G in Group<Method>]: {
    [L in Leaf<Method, G>]: `${G}.${L}` extends infer M extends Method
      ? (input: Input<M>) => Promise<Output<M>>
      : never;
  };
};
