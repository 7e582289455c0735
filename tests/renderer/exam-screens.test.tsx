// @vitest-environment jsdom
// The real renderer against the real backend (a SQLite file) through the in-process transport.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/App';
import { createClient } from '../../renderer/src/api/client';
import { directTransport } from '../../renderer/src/api/transports';
import { createAppStore } from '../../renderer/src/stores/app';
import { StoreProvider } from '../../renderer/src/stores/context';
import { testBackend } from '../helpers';

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

describe('renderer', () => {
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
  });

  it('opens the study notes at the linked section from the review', async () => {
    await mount();
    fireEvent.click(screen.getByRole('button', { name: 'Start mock exam' }));
    await screen.findByRole('timer');
    fireEvent.click(screen.getByRole('button', { name: 'End exam' }));
    fireEvent.click(screen.getByRole('button', { name: 'End exam now' }));
    await screen.findByRole('heading', { name: 'Results', level: 1 });
    fireEvent.click(screen.getAllByRole('button', { name: /^Study notes:/ })[0]!);
    const heading = await screen.findByRole('heading', { name: 'Sky notes' });
    expect(heading.id).toBe('sky-notes');
    expect(document.getElementById('cloud-types') ?? document.getElementById('weather--forecasts')).toBeTruthy();
  });
});
