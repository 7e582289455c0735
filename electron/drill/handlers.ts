// Drills: untimed practice on the whole course, one domain or one task statement, with the answer explained the
// moment it is given. Every answer is saved, and feeds the next pick (see pick.ts).
import type { SyncHandlers } from '../api/dispatch';
import { invalid, notFound } from '../api/errors';
import type { BackendContext } from '../backend/context';
import { isCorrect } from '../questions/scoring';
import { responseProblem } from '../questions/responses';
import { displayOrderFor, questionView, reviewView, shownIds } from '../questions/views';
import { learnerNoteStates } from '../notes/links';
import { activeCandidates, caseScenarios, getManifest, questionsByIds } from '../packs/repo';
import type { Question } from '../packs/question';
import { noteLinksFor, noteSectionNames } from '../notes/study';
import { recordAnswer } from '../study/record';
import { activeStats } from '../study/repo';
import { lastOutcomes, pickDrillQuestion } from './pick';
import { saveDrillAnswer } from './repo';

function questionIn(ctx: BackendContext, packId: string, questionId: string): { question: Question; scenario: string | null } {
  const question = questionsByIds(ctx.db, packId, [questionId]).get(questionId);
  if (!question) throw notFound(`Question "${questionId}" in course pack "${packId}"`);
  const scenario = question.caseId ? (caseScenarios(ctx.db, packId, [question.caseId]).get(question.caseId) ?? null) : null;
  return { question, scenario };
}

export const drillHandlers: SyncHandlers<BackendContext, 'drill.next' | 'drill.answer'> = {
  'drill.next'({ packId, domain, task, recent, questionIds }, ctx) {
    const m = getManifest(ctx.db, packId);
    if (!m) throw notFound(`Course pack "${packId}"`);
    if (domain && !m.domains.some((d) => d.id === domain)) throw invalid(`Course "${m.code}" has no domain ${domain}.`);
    if (task && !m.domains.some((d) => d.tasks.some((t) => t.id === task))) throw invalid(`Course "${m.code}" has no task statement ${task}.`);
    const exact = questionIds && new Set(questionIds);
    const ids = activeCandidates(ctx.db, packId)
      .filter((c) => (!domain || c.domain === domain) && (!task || c.task === task) && (!exact || exact.has(c.id)))
      .map((c) => c.id);
    const rng = ctx.newRng();
    const id = pickDrillQuestion(ids, lastOutcomes(activeStats(ctx.db, packId)), recent, rng);
    if (!id) throw notFound(`Questions for this drill in course "${m.code}"`);
    const { question, scenario } = questionIn(ctx, packId, id);
    return { questionId: id, item: questionView(question, scenario, displayOrderFor(question, rng), null, false, 0), scopeTotal: ids.length };
  },

  'drill.answer'({ packId, questionId, response, displayOrder, confidence = null }, ctx) {
    const { question, scenario } = questionIn(ctx, packId, questionId);
    const problem = responseProblem(question, response);
    if (problem) throw invalid(`Question "${questionId}": ${problem}.`);
    // The order the learner saw, so the review shows the options where they were; any other list is ignored.
    const ids = shownIds(question);
    const order = displayOrder.length === ids.length && [...displayOrder].sort().join() === [...ids].sort().join() ? displayOrder : ids;
    const correct = isCorrect(question, response);
    const at = ctx.now();
    saveDrillAnswer(ctx.db, { packId, questionId, domain: question.domain, task: question.task, response, correct, at, confidence, kind: 'drill' });
    recordAnswer(ctx.db, packId, { questionId, domain: question.domain, task: question.task, correct, confidence, at }, 'drill');
    const review = reviewView(question, scenario, order, response, 0, learnerNoteStates(ctx.db, packId));
    return { ...review, noteLinks: noteLinksFor(question, noteSectionNames(ctx.db, packId)), confidence };
  },
};
