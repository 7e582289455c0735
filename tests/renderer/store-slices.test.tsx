// @vitest-environment jsdom
// Each slice keeps its own busy and error state: a failure shows where it happened and nowhere else.
import { act, cleanup, configure, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Method } from '../../electron/api/contract';
import { App } from '../../renderer/src/App';
import { createClient } from '../../renderer/src/api/client';
import { directTransport } from '../../renderer/src/api/transports';
import { createAppStore, type AppState } from '../../renderer/src/stores/app';
import { StoreProvider } from '../../renderer/src/stores/context';
import { testBackend } from '../helpers';
import { firstAnswer } from './answers';

afterEach(cleanup);
configure({ asyncUtilTimeout: 20_000 });

const DISK_FULL = 'Your answer was not saved: the disk is full.';

/** The app on a real backend whose chosen methods fail as a full disk would. */
async function mountFailing() {
  const { backend } = await testBackend();
  const real = directTransport(backend.dispatch);
  const failing = new Set<Method>();
  const store = createAppStore(
    createClient((method, input) =>
      failing.has(method) ? Promise.resolve({ ok: false, error: { code: 'internal', message: DISK_FULL } }) : real(method, input),
    ),
  );
  await act(() => store.getState().load());
  render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  return { store, failing };
}

/** Every slice's error, so a test can check that only one of them is set. */
const errors = (s: AppState) => ({
  home: s.homeStatus.error,
  exam: s.examStatus.error,
  results: s.resultsStatus.error,
  drill: s.drillStatus.error,
  notes: s.notesStatus.error,
  save: s.saveError,
  notices: s.notices.length,
});
const none = { home: null, exam: null, results: null, drill: null, notes: null, save: null, notices: 0 };

describe('store slices', () => {
  it('a failed drill check shows in the drill screen, and the learner can check again', async () => {
    const { store, failing } = await mountFailing();
    fireEvent.click(screen.getByRole('button', { name: 'Start drill' }));
    await screen.findByRole('button', { name: 'Check answer' });
    act(() => store.getState().drillRespond(firstAnswer(store.getState().drill!.question.item)));

    failing.add('drill.answer');
    fireEvent.click(screen.getByRole('button', { name: 'Check answer' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(DISK_FULL)).toBeTruthy();
    expect(errors(store.getState())).toEqual({ ...none, drill: DISK_FULL });
    expect(store.getState().drillStatus.busy).toBe(false);

    failing.clear();
    fireEvent.click(screen.getByRole('button', { name: 'Check answer' }));
    // The verdict and the end of busy arrive in one update, so focus lands on the enabled Next button.
    const next = await screen.findByRole('button', { name: 'Next question' });
    expect(document.activeElement).toBe(next);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(errors(store.getState())).toEqual(none);
  });

  it('a failed notes import shows in the notes card, and Home stays usable', async () => {
    const { store, failing } = await mountFailing();
    failing.add('notes.importLearner');
    await act(() => store.getState().importLearnerNotes({ name: 'mine.md', text: async () => '# Mine\n\nText.' }));
    const card = screen.getByRole('region', { name: 'Your study notes' });
    expect(within(card).getByRole('alert').textContent).toContain(DISK_FULL);
    expect(errors(store.getState())).toEqual({ ...none, notes: DISK_FULL });
    expect(within(screen.getByRole('region', { name: 'Mock exam' })).queryByRole('alert')).toBeNull();
    expect((screen.getByRole('button', { name: 'Start mock exam' }) as HTMLButtonElement).disabled).toBe(false);

    fireEvent.click(within(card).getByRole('button', { name: 'Dismiss' }));
    expect(within(card).queryByRole('alert')).toBeNull();
  });

  it('a failed save shows in the exam save indicator, not as an app-wide message', async () => {
    const { store, failing } = await mountFailing();
    fireEvent.click(screen.getByRole('button', { name: 'Start mock exam' }));
    await screen.findByRole('timer');
    failing.add('exam.saveAnswer');
    await act(() => store.getState().answer(0, firstAnswer(store.getState().exam!.items[0]!)));
    const indicator = screen.getByRole('status');
    expect(indicator.textContent).toContain('Not saved');
    expect(indicator.textContent).toContain(DISK_FULL);
    expect(errors(store.getState())).toEqual({ ...none, save: `Your last change was not saved: ${DISK_FULL}` });

    failing.clear();
    await act(() => store.getState().answer(0, firstAnswer(store.getState().exam!.items[0]!)));
    expect(screen.getByRole('status').textContent).toBe('All answers saved');
    expect(errors(store.getState())).toEqual(none);
  });

  it('a failed start shows on the mock exam card; a failed result on the past attempts', async () => {
    const { store, failing } = await mountFailing();
    failing.add('exam.start');
    fireEvent.click(screen.getByRole('button', { name: 'Start mock exam' }));
    const card = screen.getByRole('region', { name: 'Mock exam' });
    expect((await within(card).findByRole('alert')).textContent).toContain(DISK_FULL);
    expect(errors(store.getState())).toEqual({ ...none, exam: DISK_FULL });

    failing.add('exam.result');
    await act(() => store.getState().openResults(1));
    expect(within(screen.getByRole('region', { name: 'Past attempts' })).getByRole('alert').textContent).toContain(DISK_FULL);

    // Going Home again leaves every old message behind.
    await act(() => store.getState().goHome());
    expect(errors(store.getState())).toEqual(none);
  });
});
