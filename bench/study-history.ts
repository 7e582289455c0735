// A learner's long history for the study-loop benchmarks: N finished mock exams and M drill/review answers on the
// real AIF-C01 bank, written straight into SQLite (through dispatch it would take minutes), then replayed into
// the kept statistics and review cards exactly as migration 6 does.
import type { Db } from '../electron/db/open';
import { seededRng } from '../electron/exam/random';
import { rebuildStudyState } from '../electron/study/rebuild';

const DAY = 86_400_000;

export function writeHistory(db: Db, packId: string, exams: number, answers: number, end: number): void {
  const rng = seededRng(7);
  const questions = db.prepare('SELECT id, domain, task FROM questions WHERE pack_id = ? AND retired = 0').all(packId) as { id: string; domain: string; task: string }[];
  const start = end - 200 * DAY;
  const span = end - DAY - start;
  db.transaction(() => {
    const attempt = db.prepare(
      `INSERT INTO attempts (pack_id, mode, blueprint, started_at, ends_at, time_limit_ms, status, submitted_at, raw_correct, raw_total, scaled_score, passed)
       VALUES (?, 'exam', '{"counts":{},"minutes":90,"extraTime":false,"scale":{"min":100,"max":1000,"pass":700,"raw_pass":0.7}}', ?, ?, 5400000, 'submitted', ?, ?, 65, ?, ?)`,
    );
    const item = db.prepare(
      `INSERT INTO attempt_items (attempt_id, position, question_id, domain, task, snapshot, display_order, response, correct, time_spent_ms, answered_at, confidence)
       VALUES (?, ?, ?, ?, ?, '{"v":1,"question":{},"scenario":null}', '["a","b","c","d"]', '{"kind":"single","choice":"a"}', ?, 80000, ?, ?)`,
    );
    for (let e = 0; e < exams; e++) {
      const at = start + Math.floor((e / exams) * span);
      let right = 0;
      const outcomes = Array.from({ length: 65 }, () => rng() < 0.7);
      for (const o of outcomes) right += o ? 1 : 0;
      const scaled = Math.round(right / 65 <= 0.7 ? 100 + (right / 65 / 0.7) * 600 : 700 + ((right / 65 - 0.7) / 0.3) * 300);
      const id = Number(attempt.run(packId, at, at + 5_400_000, at + 5_000_000, right, scaled, scaled >= 700 ? 1 : 0).lastInsertRowid);
      outcomes.forEach((o, p) => {
        const q = questions[Math.floor(rng() * questions.length)]!;
        item.run(id, p, q.id, q.domain, q.task, o ? 1 : 0, at + p * 80_000, rng() < 0.3 ? 'sure' : null);
      });
    }
    const drill = db.prepare(
      `INSERT INTO drill_answers (pack_id, question_id, domain, task, response, correct, answered_at, confidence, kind)
       VALUES (?, ?, ?, ?, '{"kind":"single","choice":"a"}', ?, ?, ?, ?)`,
    );
    for (let i = 0; i < answers; i++) {
      const q = questions[Math.floor(rng() * questions.length)]!;
      drill.run(packId, q.id, q.domain, q.task, rng() < 0.75 ? 1 : 0, start + Math.floor((i / answers) * span), rng() < 0.5 ? 'unsure' : 'sure', i % 3 ? 'drill' : 'review');
    }
    rebuildStudyState(db);
  })();
}
