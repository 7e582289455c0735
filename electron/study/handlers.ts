// The study loop: spaced reviews, the daily plan, the readiness forecast, practising mistakes, progress over time.
import type { SyncHandlers } from '../api/dispatch';
import { ApiError, invalid, notFound } from '../api/errors';
import type { Forecast, StudySettings, StudyToday } from '../api/types';
import type { BackendContext } from '../backend/context';
import { saveDrillAnswer } from '../drill/repo';
import { getAttempt } from '../exam/repo';
import { learnerNoteStates } from '../notes/links';
import { noteLinksFor, noteSectionNames } from '../notes/study';
import { caseScenarios, getManifest, questionsByIds } from '../packs/repo';
import type { PackManifest } from '../packs/schema';
import { isCorrect } from '../questions/scoring';
import { responseProblem } from '../questions/responses';
import { displayOrderFor, questionView, reviewView, shownIds } from '../questions/views';
import { addDays as addDay, dayKey, daysBetween, endOfDay, isDayKey } from './days';
import { evidenceOf, forecast } from './forecast';
import { dailyPlan } from './plan';
import { attemptMistakes, finishedExams, forecastBlueprint, lastMockAt, overallMistakes, questionStatus } from './queries';
import { recordAnswer } from './record';
import type { QuestionStat } from './stats';
import { activeStats, DAILY_LIMIT, dueCount, firstDue, getSettings, putSettings, studyDays } from './repo';

type StudyHandlers = SyncHandlers<
  BackendContext,
  'review.next' | 'review.answer' | 'study.today' | 'study.forecast' | 'study.settings' | 'study.saveSettings' | 'study.mistakes' | 'study.history'
>;

function manifestOf(ctx: BackendContext, packId: string): PackManifest {
  const m = getManifest(ctx.db, packId);
  if (!m) throw notFound(`Course pack "${packId}"`);
  return m;
}

export function packForecast(ctx: BackendContext, packId: string, m: PackManifest, stats = activeStats(ctx.db, packId)): Forecast {
  const now = ctx.now();
  return forecast(forecastBlueprint(ctx.db, packId, m), stats.map((s) => evidenceOf(s, now)), now);
}

/** `stats`: the pack's kept statistics, when the caller has already read them (Home does). */
export function studyToday(ctx: BackendContext, packId: string, m: PackManifest, stats?: QuestionStat[]): StudyToday {
  const now = ctx.now();
  const settings = getSettings(ctx.db, packId);
  const f = packForecast(ctx, packId, m, stats);
  const due = dueCount(ctx.db, packId, endOfDay(now));
  const last = lastMockAt(ctx.db, packId);
  const examDate = settings.examDate && daysBetween(dayKey(now), settings.examDate) >= 0 ? settings.examDate : null;
  const plan = dailyPlan({
    today: dayKey(now),
    examDate,
    dailyLimit: settings.dailyLimit,
    dueToday: due,
    unseen: f.unseen,
    lastMockDay: last === null ? null : dayKey(last),
  });
  return { dueToday: due, settings, plan, forecast: f };
}

const clampNotice = (asked: number, set: number) =>
  asked === set
    ? null
    : `A daily limit of ${asked} was set to ${set}, the ${set > asked ? 'fewest' : 'most'} reviews a day Proctor allows.`;

export const studyHandlers: StudyHandlers = {
  'review.next'({ packId, recent }, ctx) {
    manifestOf(ctx, packId);
    const before = endOfDay(ctx.now());
    const dueToday = dueCount(ctx.db, packId, before);
    const id = firstDue(ctx.db, packId, before, recent);
    if (!id) return { question: null, dueToday };
    const question = questionsByIds(ctx.db, packId, [id]).get(id)!;
    const scenario = question.caseId ? (caseScenarios(ctx.db, packId, [question.caseId]).get(question.caseId) ?? null) : null;
    const item = questionView(question, scenario, displayOrderFor(question, ctx.newRng()), null, false, 0);
    return { question: { questionId: id, item, scopeTotal: dueToday }, dueToday };
  },

  'review.answer'({ packId, questionId, response, displayOrder, confidence }, ctx) {
    manifestOf(ctx, packId);
    const status = questionStatus(ctx.db, packId, questionId);
    if (status === null) throw notFound(`Question "${questionId}" in course pack "${packId}"`);
    if (status === 'retired') {
      throw new ApiError('conflict', `Question "${questionId}" was retired from the course pack, so it is no longer reviewed. Nothing was saved.`);
    }
    const question = questionsByIds(ctx.db, packId, [questionId]).get(questionId)!;
    const problem = responseProblem(question, response);
    if (problem) throw invalid(`Question "${questionId}": ${problem}.`);
    const scenario = question.caseId ? (caseScenarios(ctx.db, packId, [question.caseId]).get(question.caseId) ?? null) : null;
    const ids = shownIds(question);
    const order = displayOrder.length === ids.length && [...displayOrder].sort().join() === [...ids].sort().join() ? displayOrder : ids;
    const correct = isCorrect(question, response);
    const at = ctx.now();
    saveDrillAnswer(ctx.db, { packId, questionId, domain: question.domain, task: question.task, response, correct, at, confidence: confidence ?? null, kind: 'review' });
    const card = recordAnswer(ctx.db, packId, { questionId, domain: question.domain, task: question.task, correct, confidence: confidence ?? null, at }, 'review');
    const review = {
      ...reviewView(question, scenario, order, response, 0, learnerNoteStates(ctx.db, packId)),
      noteLinks: noteLinksFor(question, noteSectionNames(ctx.db, packId)),
      confidence: confidence ?? null,
    };
    return { review, nextDue: card.due, dueToday: dueCount(ctx.db, packId, endOfDay(at)) };
  },

  'study.today'({ packId }, ctx) {
    return studyToday(ctx, packId, manifestOf(ctx, packId));
  },

  'study.forecast'({ packId }, ctx) {
    return packForecast(ctx, packId, manifestOf(ctx, packId));
  },

  'study.settings'({ packId }, ctx) {
    manifestOf(ctx, packId);
    return getSettings(ctx.db, packId);
  },

  'study.saveSettings'({ packId, examDate, dailyLimit, confidenceInExams }, ctx) {
    manifestOf(ctx, packId);
    const current = getSettings(ctx.db, packId);
    const next: StudySettings = { ...current };
    if (examDate !== undefined) {
      if (examDate !== null) {
        if (!isDayKey(examDate)) throw invalid(`${examDate} is not a date in the calendar.`);
        const today = dayKey(ctx.now());
        if (daysBetween(today, examDate) < 0) throw invalid(`The exam date ${examDate} is in the past; pick today (${today}) or a later day. Nothing was changed.`);
      }
      next.examDate = examDate;
    }
    let notice: string | null = null;
    if (dailyLimit !== undefined) {
      next.dailyLimit = Math.min(DAILY_LIMIT.max, Math.max(DAILY_LIMIT.min, dailyLimit));
      notice = clampNotice(dailyLimit, next.dailyLimit);
    }
    if (confidenceInExams !== undefined) next.confidenceInExams = confidenceInExams;
    putSettings(ctx.db, packId, next);
    return { settings: next, notice };
  },

  'study.mistakes'({ packId, kind, attemptId }, ctx) {
    manifestOf(ctx, packId);
    if (attemptId === undefined) return { kind, attemptId: null, questionIds: overallMistakes(ctx.db, packId, kind) };
    const a = getAttempt(ctx.db, attemptId);
    if (!a || a.pack_id !== packId) throw notFound(`Exam attempt ${attemptId} in course pack "${packId}"`);
    if (a.status !== 'submitted') throw new ApiError('conflict', `Exam ${attemptId} is still in progress: finish it before practising its mistakes.`);
    return { kind, attemptId, questionIds: attemptMistakes(ctx.db, attemptId, kind) };
  },

  'study.history'({ packId }, ctx) {
    const m = manifestOf(ctx, packId);
    const days = studyDays(ctx.db, packId).map((d) => ({
      day: d.day, domain: d.domain, confidence: d.confidence, answered: d.answered, correct: d.correct, firstSeen: d.first_seen, firstRight: d.first_right, reviews: d.reviews,
    }));
    const perDay = new Map<string, { first: number; reviews: number }>();
    for (const d of days) {
      const t = perDay.get(d.day) ?? { first: 0, reviews: 0 };
      t.first += d.firstSeen;
      t.reviews += d.reviews;
      perDay.set(d.day, t);
    }
    let met = 0;
    const metSeries = [...perDay].map(([day, t]) => ({ day, met: (met += t.first) }));
    // The streak may end yesterday: today's reviews may still be ahead.
    const today = dayKey(ctx.now());
    let streak = 0;
    const reviewed = new Set([...perDay].filter(([, t]) => t.reviews > 0).map(([d]) => d));
    let day = reviewed.has(today) ? today : addDay(today, -1);
    while (reviewed.has(day)) {
      streak++;
      day = addDay(day, -1);
    }
    return {
      exams: finishedExams(ctx.db, packId).map((e) => ({ attemptId: e.attemptId, at: e.at, scaledScore: e.scaledScore, passed: e.passed === 1 })),
      passScore: m.exam.scale.pass,
      days,
      met: metSeries,
      bankSize: forecastBlueprint(ctx.db, packId, m).domains.reduce((s, d) => s + d.tasks.reduce((a, t) => a + t.bank, 0), 0),
      reviewStreak: streak,
    };
  },
};
