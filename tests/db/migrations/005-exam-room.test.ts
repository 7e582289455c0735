import { describe, expect, it } from 'vitest';
import { examRoom } from '../../../electron/db/migrations/005-exam-room';
import { databaseAt, dump, fillV1, upgrade, V1_TABLES } from './helpers';

describe('migration 5: the exam room (practice exams, struck options)', () => {
  it('keeps every row; old attempts become exams under real conditions, running, with nothing struck', async () => {
    const { db, path } = await databaseAt(examRoom.version - 1);
    fillV1(db);
    const before = dump(db, V1_TABLES);
    db.close();

    const after = await upgrade(path, examRoom.version);
    const now = dump(after, V1_TABLES);
    const strip = (rows: unknown[], cols: string[]) =>
      rows.map((r) => Object.fromEntries(Object.entries(r as object).filter(([k]) => !cols.includes(k))));
    const added = { attempts: ['kind', 'paused_at', 'paused_ms', 'check_answers', 'active_at'], attempt_items: ['struck', 'checked_at'] };
    for (const t of V1_TABLES) {
      const cols = added[t as keyof typeof added] ?? [];
      expect(strip(now[t]!, cols), t).toEqual(before[t]);
    }
    expect(after.prepare('SELECT id, kind, paused_at, paused_ms, check_answers, active_at FROM attempts ORDER BY id').all()).toEqual([
      { id: 7, kind: 'exam', paused_at: null, paused_ms: 0, check_answers: 0, active_at: null },
      { id: 8, kind: 'exam', paused_at: null, paused_ms: 0, check_answers: 0, active_at: null },
    ]);
    expect(after.prepare('SELECT struck, checked_at FROM attempt_items').all()).toEqual([
      { struck: null, checked_at: null },
      { struck: null, checked_at: null },
    ]);
    expect(() => after.prepare("UPDATE attempts SET kind = 'casual' WHERE id = 7").run()).toThrow(/CHECK/);
    after.close();
  });
});
