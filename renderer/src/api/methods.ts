// The contract's method names, written out because the renderer may import only types from electron/ (the
// contract's runtime `methods` would pull zod into the bundle). `satisfies` keeps this list honest: a method
// added to or removed from the contract without updating this object is a compile error.
import type { Method } from '../../../electron/api/contract';

const CONTRACT_METHODS = {
  'app.info': true,
  'app.setTheme': true,
  'app.home': true,
  'packs.list': true,
  'exam.start': true,
  'exam.active': true,
  'exam.get': true,
  'exam.saveAnswer': true,
  'exam.flag': true,
  'exam.visit': true,
  'exam.strike': true,
  'exam.check': true,
  'exam.pause': true,
  'exam.resume': true,
  'exam.submit': true,
  'exam.result': true,
  'attempts.list': true,
  'attempts.delete': true,
  'drill.next': true,
  'drill.answer': true,
  'review.next': true,
  'review.answer': true,
  'study.today': true,
  'study.forecast': true,
  'study.settings': true,
  'study.saveSettings': true,
  'study.mistakes': true,
  'study.history': true,
  'notes.get': true,
  'notes.importLearner': true,
  'notes.removeLearner': true,
  'notes.search': true,
  'notes.learnerSections': true,
  'notes.correctLink': true,
  'notes.undoCorrection': true,
  'notes.backlinks': true,
  'notes.coverage': true,
} as const satisfies Record<Method, true>;

export const METHOD_NAMES = Object.keys(CONTRACT_METHODS) as Method[];
