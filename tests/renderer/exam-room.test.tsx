// @vitest-environment jsdom
// The exam room in the real renderer against the real backend: timer ticks leave the question alone, striking
// out, a practice exam's pause, the review's filters and stepping, deleting a past attempt.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/src/App';
import { createClient } from '../../renderer/src/api/client';
import { directTransport } from '../../renderer/src/api/transports';
import { createAppStore } from '../../renderer/src/stores/app';
import { StoreProvider } from '../../renderer/src/stores/context';
import { ReviewCard } from '../../renderer/src/components/ReviewCard';
import { loadSortableOrder } from '../../renderer/src/components/sortable-order-loader';
import type { ExamResult } from '../../electron/api/types';
import { testBackend } from '../helpers';
import { endEmptyExam } from './answers';

// Counts renders of the question area, to show the timer's ticks do not reach it.
const renders = vi.hoisted(() => ({ question: 0 }));
vi.mock('../../renderer/src/components/QuestionBody', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../renderer/src/components/QuestionBody')>();
  return {
    ...real,
    QuestionBody: (props: Parameters<typeof real.QuestionBody>[0]) => {
      renders.question++;
      return createElement(real.QuestionBody, props);
    },
  };
});

afterEach(cleanup);

async function mount() {
  const { backend, clock } = await testBackend();
  const store = createAppStore(createClient(directTransport(backend.dispatch)));
  await act(() => store.getState().load());
  render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  return { backend, store, clock };
}

const clockText = () => screen.getByRole('timer').querySelector('[aria-hidden]')!.textContent;

describe('the exam room', () => {
  it('re-renders only the timer on each tick, never the question area', async () => {
    await mount();
    fireEvent.click(screen.getByRole('button', { name: 'Start mock exam' }));
    await screen.findByRole('timer');
    const before = renders.question;
    const first = clockText();
    await waitFor(() => expect(clockText()).not.toBe(first), { timeout: 3000 });
    const second = clockText();
    await waitFor(() => expect(clockText()).not.toBe(second), { timeout: 3000 });
    expect(renders.question).toBe(before);
    // The counter does count: moving to the next question renders it.
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(renders.question).toBeGreaterThan(before);
  });

  it('moves to an ordering question without mounting drag and drop; it mounts when the pointer moves over the list or Tab is pressed', async () => {
    const { store } = await mount();
    fireEvent.click(screen.getByRole('button', { name: 'Start mock exam' }));
    await screen.findByRole('timer');
    const ordering = store.getState().exam!.items.find((i) => i.type === 'ordering')!;
    const live = () => document.querySelectorAll('.exam-main .drag-handle[aria-describedby]').length;
    act(() => store.getState().goto(ordering.position));
    // The plain list: the same handles, rows and ↑/↓ buttons, no dnd-kit.
    expect(document.querySelectorAll('.exam-main .drag-handle')).toHaveLength(ordering.items!.length);
    expect(live()).toBe(0);
    // With the drag-and-drop code here, still nothing mounts until the learner reaches for the list.
    await act(() => loadSortableOrder());
    expect(live()).toBe(0);
    // A list that lands under a resting pointer gets a pointerover with no movement: not a reach.
    fireEvent.pointerOver(screen.getByRole('list', { name: 'Order' }), { movementX: 0, movementY: 0 });
    await act(() => Promise.resolve());
    expect(live()).toBe(0);
    fireEvent.pointerMove(screen.getByRole('list', { name: 'Order' }), { movementX: 4, movementY: 1 });
    await waitFor(() => expect(live()).toBe(ordering.items!.length));

    // The next ordering question (or this one again) starts plain; Tab anywhere wakes it.
    act(() => store.getState().goto(ordering.position === 0 ? 1 : 0));
    act(() => store.getState().goto(ordering.position));
    expect(live()).toBe(0);
    fireEvent.keyDown(window, { key: 'Tab' });
    await waitFor(() => expect(live()).toBe(ordering.items!.length));
  });

  it('strikes options out with the button, right-click and Shift+number; they are stored, not answers', async () => {
    const { backend, store } = await mount();
    fireEvent.click(screen.getByRole('button', { name: 'Start mock exam' }));
    await screen.findByRole('timer');
    const choice = store.getState().exam!.items.find((i) => i.type === 'single' || i.type === 'multiple')!;
    act(() => store.getState().goto(choice.position));
    const stored = () => backend.db.prepare('SELECT struck FROM attempt_items WHERE position = ?').pluck().get(choice.position);

    fireEvent.click(screen.getByRole('button', { name: 'Strike out option A' }));
    await waitFor(() => expect(stored()).toBe(JSON.stringify([choice.options![0]!.id])));
    expect(screen.getByRole('button', { name: 'Strike out option A' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.keyDown(window, { key: '@', code: 'Digit2', shiftKey: true });
    await waitFor(() => expect(JSON.parse(String(stored()))).toEqual([choice.options![0]!.id, choice.options![1]!.id]));
    fireEvent.contextMenu(screen.getByText(choice.options![2]!.text));
    await waitFor(() => expect(JSON.parse(String(stored()))).toHaveLength(3));
    fireEvent.click(screen.getByRole('button', { name: 'Strike out option A' }));
    await waitFor(() => expect(JSON.parse(String(stored()))).toHaveLength(2));
    expect(screen.getByText(/0 answered/)).toBeTruthy();
  });

  it('pauses a practice exam: questions hidden, clock stopped in the backend, resumed where it was', async () => {
    const { backend } = await mount();
    fireEvent.click(screen.getByRole('button', { name: 'Start practice exam' }));
    await screen.findByRole('timer');
    expect(screen.getByText('Practice')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await screen.findByRole('heading', { name: 'Paused' });
    expect(screen.queryByText(/Question 1$/)).toBeNull();
    expect(backend.db.prepare('SELECT paused_at FROM attempts').pluck().get()).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await screen.findByRole('heading', { name: 'Question 1' });
    expect(backend.db.prepare('SELECT paused_at FROM attempts').pluck().get()).toBeNull();
  });

  it('reviews one question at a time: wrong answers first, next and previous within the filter, keys, facets', async () => {
    await mount();
    await endEmptyExam();
    const review = screen.getByRole('region', { name: 'Answer review' });
    expect(within(review).getByRole('button', { name: 'Wrong (6)' }).getAttribute('aria-pressed')).toBe('true');
    expect(within(review).getAllByRole('article')).toHaveLength(1);
    expect(within(review).getByText('1 of 6 in this filter')).toBeTruthy();
    fireEvent.click(within(review).getByRole('button', { name: 'Next' }));
    expect(within(review).getByText('2 of 6 in this filter')).toBeTruthy();
    expect(within(review).getByRole('article').getAttribute('aria-label')).toBe('Question 2');
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(within(review).getByText('1 of 6 in this filter')).toBeTruthy();
    fireEvent.keyDown(window, { key: 'f' });
    expect(within(review).getByText('No questions match these filters.')).toBeTruthy();
    fireEvent.keyDown(window, { key: 'a' });
    fireEvent.change(within(review).getByLabelText('Domain'), { target: { value: '2' } });
    const shown = within(review).getByText(/in this filter/).textContent!;
    expect(shown).toMatch(/^1 of [1-5] in this filter$/);
    expect(within(review).getByRole('article').textContent).toMatch(/Domain 2/);
    expect(within(review).getByText(/s on this question/)).toBeTruthy();
  });

  it('opens any past attempt to its review from Home, and deletes one after confirmation', async () => {
    const { backend } = await mount();
    for (let i = 0; i < 2; i++) {
      await endEmptyExam();
      fireEvent.click(screen.getByRole('button', { name: '← Home' }));
      await screen.findByRole('button', { name: 'Start mock exam' });
    }
    const past = screen.getByRole('region', { name: 'Past attempts' });
    fireEvent.click(within(past).getAllByRole('button', { name: /^Review/ })[1]!);
    await screen.findByRole('region', { name: 'Answer review' });
    fireEvent.click(screen.getByRole('button', { name: '← Home' }));
    await screen.findByRole('region', { name: 'Past attempts' });

    fireEvent.click(within(screen.getByRole('region', { name: 'Past attempts' })).getAllByRole('button', { name: /^Delete/ })[0]!);
    const dialog = screen.getByRole('dialog', { name: 'Delete this exam?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(backend.db.prepare('SELECT count(*) FROM attempts').pluck().get()).toBe(2);
    fireEvent.click(within(screen.getByRole('region', { name: 'Past attempts' })).getAllByRole('button', { name: /^Delete/ })[0]!);
    fireEvent.click(within(screen.getByRole('dialog', { name: 'Delete this exam?' })).getByRole('button', { name: 'Delete exam' }));
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'Past attempts' })).getAllByRole('button', { name: /^Delete/ })).toHaveLength(1));
    expect(backend.db.prepare('SELECT count(*) FROM attempts').pluck().get()).toBe(1);
  });

  it('shows two notes links named by their files’ titles, and the rest behind More notes', async () => {
    const { backend, store } = await mount();
    fireEvent.click(screen.getByRole('button', { name: 'Start mock exam' }));
    await screen.findByRole('timer');
    await act(() => store.getState().endExam());
    const item = (store.getState().result as ExamResult).items[0]!;
    cleanup();
    const links = ['Cloud types', 'Weather & forecasts', 'Fog', 'Rain'].map((section, i) => ({ link: `sky.md#s${i}`, fileTitle: 'Sky notes', sectionTitle: section }));
    render(
      <StoreProvider store={store}>
        <ReviewCard item={{ ...item, noteLinks: links, timeSpentMs: 75_000 }} />
      </StoreProvider>,
    );
    const group = screen.getByRole('group', { name: 'Study notes' });
    const visible = within(group).getAllByRole('button').filter((b) => !b.closest('details'));
    expect(visible.map((b) => b.textContent)).toEqual(['Study notes: Sky notes › Cloud types', 'Study notes: Sky notes › Weather & forecasts']);
    expect(within(group).getByText('More notes (2)').closest('details')!.open).toBe(false);
    expect(screen.getByText(/1 min 15 s on this question/)).toBeTruthy();
    backend.close();
  });
});
