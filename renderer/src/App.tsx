import { lazy, Suspense, useLayoutEffect } from 'react';
import { Drill } from './screens/Drill';
import { Exam } from './screens/Exam';
import { Home } from './screens/Home';
import { Notices } from './components/Notices';
import { Results } from './screens/Results';
import { useApp } from './stores/context';

// The notes viewer carries the Markdown pipeline; it loads only when a learner opens a note.
const Notes = lazy(() => import('./screens/Notes'));
const NotePanel = lazy(() => import('./components/NotePanel'));
const Coverage = lazy(() => import('./screens/Coverage'));
// History carries the chart library (uPlot); it loads only when a learner opens it.
const History = lazy(() => import('./screens/History'));

export function App() {
  const screen = useApp((s) => s.screen.name);
  const ready = useApp((s) => s.ready);
  const panel = useApp((s) => s.panel !== null);
  // A new screen starts at its top (the notes viewer scrolls to its section itself).
  useLayoutEffect(() => {
    if (screen !== 'notes') window.scrollTo(0, 0);
  }, [screen]);
  if (!ready) return <p className="loading">Loading…</p>;
  return (
    <>
      <Notices />
      {screen === 'home' && <Home />}
      {screen === 'exam' && <Exam />}
      {screen === 'drill' && <Drill />}
      {screen === 'results' && <Results />}
      {screen === 'history' && (
        <Suspense fallback={<p className="loading">Loading history…</p>}>
          <History />
        </Suspense>
      )}
      {screen === 'coverage' && (
        <Suspense fallback={<p className="loading">Loading…</p>}>
          <Coverage />
        </Suspense>
      )}
      {panel && (screen === 'results' || screen === 'drill') && (
        <Suspense fallback={null}>
          <NotePanel />
        </Suspense>
      )}
      {screen === 'notes' && (
        <Suspense fallback={<p className="loading">Loading notes…</p>}>
          <Notes />
        </Suspense>
      )}
    </>
  );
}
