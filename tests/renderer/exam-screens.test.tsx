// @vitest-environment jsdom
// The real renderer against the real backend (a SQLite file) through the in-process transport.
import { act, cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/App';
import { createClient } from '../../renderer/src/api/client';
import { directTransport } from '../../renderer/src/api/transports';
import { createAppStore } from '../../renderer/src/stores/app';
import { StoreProvider } from '../../renderer/src/stores/context';
import type { Backend } from '../../electron/backend';
import { testBackend } from '../helpers';
import { firstAnswer, endEmptyExam } from './answers';

afterEach(cleanup);

// Wait for what the learner would see, never for a fixed time: on a busy machine a screen can take seconds to
// appear (the notes viewer is a lazily loaded module that Vite transforms on first use), so the findBy*/waitFor
// checks get a generous ceiling and return as soon as their condition holds.
const SLOW_MACHINE_MS = 20_000;
configure({ asyncUtilTimeout: SLOW_MACHINE_MS });

/** The app on a fresh backend, or on an existing one (as when the app is reopened on the same data). */
async function mount(existing?: Backend) {
  const { backend, clock } = existing ? { backend: existing, clock: null } : await testBackend();
  const store = createAppStore(createClient(directTransport(backend.dispatch)));
  await act(() => store.getState().load());
  render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  return { backend, store, clock: clock! };
}

describe('renderer', () => {
  it('resumes an exam with a damaged question: says so on that question, and the exam can still be ended', async () => {
    const { backend } = await testBackend();
    const start = await backend.dispatch('exam.start', { packId: 'mini' });
    if (!start.ok) throw new Error(start.error.message);
    backend.db.prepare("UPDATE attempt_items SET snapshot = '{\"question\":' WHERE position = 0").run();
    // Reopening lands straight on the exam.
    await mount(backend);
    const note = await screen.findByRole('note');
    expect(note.textContent).toMatch(/Damaged in your database\..*stored copy of question 1 is not readable JSON.*backup/);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('shows the course and no past attempts on Home', async () => {
    await mount();
    expect(screen.getByRole('heading', { name: 'Mini Test Course' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start mock exam' })).toBeTruthy();
    expect(screen.getByText(/No finished exams yet/)).toBeTruthy();
  });

  it('takes an exam: answers are saved at once, End exam confirms, Results shows the domain table', async () => {
    const { backend } = await mount();
    fireEvent.click(screen.getByRole('button', { name: 'Start mock exam' }));
    await screen.findByRole('timer', { name: 'Time remaining' });
    expect(screen.getByText(/Question 1 of 6/)).toBeTruthy();

    // Answer the first question with the keyboard when it is a choice question, else with the mouse.
    const firstRadio = screen.queryAllByRole('radio')[0];
    if (firstRadio) {
      fireEvent.keyDown(window, { key: '1' });
      await waitFor(() => expect(screen.getByText(/1 answered/)).toBeTruthy());
      const saved = backend.db.prepare('SELECT response FROM attempt_items WHERE position = 0').pluck().get() as string;
      expect(JSON.parse(saved).kind).toBe('single');
    }
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText(/Question 2 of 6/)).toBeTruthy();
    fireEvent.keyDown(window, { key: 'p' });
    expect(screen.getByText(/Question 1 of 6/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'End exam' }));
    const dialog = screen.getByRole('dialog', { name: 'End the exam?' });
    expect(within(dialog).getByText(/questions are unanswered/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'End exam now' }));
    await screen.findByRole('heading', { name: 'Results', level: 1 });
    const table = within(screen.getByRole('region', { name: 'Domain breakdown' })).getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByText(/The scaled score is an estimate/)).toBeTruthy();
    expect(backend.db.prepare("SELECT status FROM attempts").pluck().get()).toBe('submitted');

    // From a task statement's row, straight into a drill on it.
    const tasks = screen.getByRole('region', { name: 'Task statement breakdown' });
    expect(within(tasks).getAllByRole('row')).toHaveLength(3);
    fireEvent.click(within(tasks).getByRole('button', { name: 'Drill task 2.1' }));
    await screen.findByRole('button', { name: 'Check answer' });
    expect(screen.getByText('Task 2.1 Read the weather')).toBeTruthy();
  });

  it('opens the study notes at the linked section beside the review, and Esc puts them away', async () => {
    await mount();
    await endEmptyExam();
    const link = screen.getAllByRole('button', { name: /^Study notes:/ })[0]!;
    link.focus();
    fireEvent.click(link);
    // The panel (and its Markdown pipeline) is loaded lazily, on first use.
    const panel = await screen.findByRole('complementary', { name: /^Course notes: / }, { timeout: SLOW_MACHINE_MS });
    const heading = await within(panel).findByRole('heading', { name: 'Sky notes' });
    expect(heading.id).toBe('sky-notes');
    expect(document.getElementById('cloud-types') ?? document.getElementById('weather--forecasts')).toBeTruthy();
    // The review is still there underneath.
    expect(screen.getByRole('heading', { name: 'Results', level: 1 })).toBeTruthy();
    fireEvent.keyDown(window, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('complementary')).toBeNull());
    expect(document.activeElement).toBe(link);
  });

  it('says so when a note link names a section the page does not have, and scrolls to a section it has', async () => {
    const { store } = await mount();
    await act(() => store.getState().openNote('sky.md#no-such-section'));
    const alert = await screen.findByRole('alert', {}, { timeout: SLOW_MACHINE_MS });
    expect(alert.textContent).toContain('“#no-such-section” was not found in sky.md');

    await act(() => store.getState().openNote('sky.md#weather--forecasts'));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(document.activeElement?.id).toBe('weather--forecasts');
  });

  it('reopening mid-exam goes straight back to the question the learner was on, with the answers given', async () => {
    const { backend, store } = await mount();
    fireEvent.click(screen.getByRole('button', { name: 'Start mock exam' }));
    await screen.findByRole('timer');
    await act(() => store.getState().answer(0, firstAnswer(store.getState().exam!.items[0]!)));
    act(() => store.getState().goto(2));
    await waitFor(() => expect(backend.db.prepare('SELECT current_position FROM attempts').pluck().get()).toBe(2));
    cleanup();

    // A new window on the same backend, as after closing and reopening the app.
    await mount(backend);
    await screen.findByRole('timer', { name: 'Time remaining' });
    expect(screen.getByText(/Question 3 of 6 · 1 answered/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start mock exam' })).toBeNull();
  });

  it('says why Home could not load and recovers with Try again', async () => {
    const { backend } = await testBackend();
    // The first call finds the backend unreachable, as when the web server is restarting.
    let down = true;
    const real = directTransport(backend.dispatch);
    const store = createAppStore(
      createClient((method, input) =>
        down ? Promise.resolve({ ok: false, error: { code: 'internal', message: 'Cannot reach the Proctor server.' } }) : real(method, input),
      ),
    );
    await act(() => store.getState().load());
    render(
      <StoreProvider store={store}>
        <App />
      </StoreProvider>,
    );
    const alert = screen.getByRole('alert', { name: 'Proctor could not load' });
    expect(within(alert).getByText('Cannot reach the Proctor server.')).toBeTruthy();
    expect(screen.queryByText(/No course pack is installed/)).toBeNull();
    down = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByRole('button', { name: 'Start mock exam' });
  });

  it('shows Results at time-out even when the page clock runs ahead of the backend', async () => {
    const { backend, clock } = await mount();
    cleanup();
    // The page's clock is 5 s ahead of the backend's.
    const store = createAppStore(createClient(directTransport(backend.dispatch)), () => clock.now() + 5_000);
    await store.getState().load();
    await store.getState().startExam(false);
    const exam = store.getState().exam!;
    clock.advance(exam.endsAt - clock.now() - 100);

    await store.getState().timeUp();
    // The backend is 100 ms short of the end: the exam goes on, on the backend's clock.
    expect(store.getState().screen.name).toBe('exam');
    expect(store.getState().clockOffset).toBe(-5_000);

    clock.advance(200);
    await waitFor(() => expect(store.getState().screen.name).toBe('results'));
    expect(store.getState().notices.map((n) => n.text)).toEqual([expect.stringMatching(/Time is up/)]);
    expect(backend.db.prepare('SELECT timed_out FROM attempts WHERE id = ?').pluck().get(exam.attemptId)).toBe(1);
  });
});

