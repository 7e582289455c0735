// Answers for renderer tests, whatever question the seeded backend draws, and the shortest way to Results.
import { fireEvent, screen } from '@testing-library/react';
import type { ExamItem, Response } from '../../electron/api/types';

/** Some valid answer to an exam item, whatever its type. */
export function firstAnswer(item: ExamItem): Response {
  switch (item.type) {
    case 'single':
      return { kind: 'single', choice: item.options![0]!.id };
    case 'multiple':
      return { kind: 'multiple', choices: item.options!.slice(0, item.selectCount).map((o) => o.id) };
    case 'ordering':
      return { kind: 'ordering', order: item.items!.map((i) => i.id) };
    case 'matching':
      return { kind: 'matching', pairs: Object.fromEntries(item.prompts!.map((p, i) => [p.id, item.answers![i % item.answers!.length]!.id])) };
  }
}

/** From Home: starts a mock exam and ends it at once, unanswered, and waits for Results. */
export async function endEmptyExam(): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name: 'Start mock exam' }));
  await screen.findByRole('timer');
  fireEvent.click(screen.getByRole('button', { name: 'End exam' }));
  fireEvent.click(screen.getByRole('button', { name: 'End exam now' }));
  await screen.findByRole('heading', { name: 'Results', level: 1 });
}
