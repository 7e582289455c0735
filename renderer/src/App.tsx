import { lazy, Suspense } from 'react';
import { Drill } from './screens/Drill';
import { Exam } from './screens/Exam';
import { Home } from './screens/Home';
import { Results } from './screens/Results';
import { useApp } from './stores/context';

// The notes viewer carries the Markdown pipeline; it loads only when a learner opens a note.
const Notes = lazy(() => import('./screens/Notes'));

export function App() {
  const screen = useApp((s) => s.screen.name);
  const ready = useApp((s) => s.ready);
  const error = useApp((s) => s.error);
  const dismissError = useApp((s) => s.dismissError);
  if (!ready) return <p className="loading">Loading…</p>;
  return (
    <>
      {error && (
        <div className="error-banner" role="alert">
          <span>{error}</span>
          <button type="button" className="link" onClick={dismissError}>
            Dismiss
          </button>
        </div>
      )}
      {screen === 'home' && <Home />}
      {screen === 'exam' && <Exam />}
      {screen === 'drill' && <Drill />}
      {screen === 'results' && <Results />}
      {screen === 'notes' && (
        <Suspense fallback={<p className="loading">Loading notes…</p>}>
          <Notes />
        </Suspense>
      )}
    </>
  );
}
