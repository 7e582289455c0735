// "Drill" in a table row: starts a drill on that row's domain or task statement.
import type { DrillScope } from '../stores/app';
import { useActions, useApp } from '../stores/context';

export function DrillButton({ scope, label, name }: { scope: DrillScope; label: string; name: string }) {
  const busy = useApp((s) => s.drillStatus.busy);
  const { startDrill } = useActions();
  return (
    <button type="button" className="link" aria-label={name} onClick={() => void startDrill(scope, label)} disabled={busy}>
      Drill
    </button>
  );
}
