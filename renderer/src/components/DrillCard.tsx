// Home's Drill card: progress by domain, and a scope picker to start untimed practice.
import { useState } from 'react';
import type { PackSummary } from '../../../electron/api/types';
import { percent } from '../format';
import { useActions, useApp } from '../stores/context';
import { TaskError } from './TaskError';
import { DrillButton } from './DrillButton';
import { ColumnHeads } from './ColumnHeads';

export /** Untimed practice on the whole course, a domain or a task statement; missed questions come back first. */
function DrillCard({ pack }: { pack: PackSummary }) {
  const busy = useApp((s) => s.drillStatus.busy);
  const progress = useApp((s) => s.progress);
  const error = useApp((s) => s.drillStatus.error);
  const { startDrill, dismissDrillError } = useActions();
  const [scope, setScope] = useState('all');
  const labels = new Map<string, string>([['all', 'Whole course']]);
  for (const d of pack.domains) {
    labels.set(`domain:${d.id}`, `Domain ${d.id}: ${d.title}`);
    for (const t of d.tasks) labels.set(`task:${t.id}`, `Task ${t.id} ${t.title}`);
  }
  const start = () => {
    const [kind, id] = scope.split(':');
    void startDrill(kind === 'domain' ? { domain: id } : kind === 'task' ? { task: id } : {}, labels.get(scope)!);
  };
  return (
    <section className="card" aria-label="Drill">
      <h2>Drill</h2>
      <p className="muted">
        Untimed practice, one question at a time, with the answer explained as soon as you check it. Questions you missed,
        in exams or drills, come back first.
      </p>
      {progress.some((d) => d.seen > 0) && (
        <table className="domains progress">
          <caption className="visually-hidden">Your progress by domain</caption>
          <ColumnHeads labels={['Domain', 'Questions met', 'Right on the last try']} actions="Practise" />
          <tbody>
            {progress.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  Domain {d.id}: {d.title}
                </th>
                <td>
                  {d.seen} / {d.total}
                </td>
                <td>{d.seen ? `${d.right} (${percent(d.right, d.seen)})` : '—'}</td>
                <td>
                  <DrillButton scope={{ domain: d.id }} label={`Domain ${d.id}: ${d.title}`} name={`Drill domain ${d.id}`} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="actions">
        <label className="field">
          <span>Practise</span>
          <select value={scope} onChange={(e) => setScope(e.target.value)}>
            <option value="all">Whole course</option>
            {pack.domains.map((d) => (
              <optgroup key={d.id} label={`Domain ${d.id}: ${d.title}`}>
                <option value={`domain:${d.id}`}>All of domain {d.id}</option>
                {d.tasks.map((t) => (
                  <option key={t.id} value={`task:${t.id}`}>
                    {t.id} {t.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <button type="button" onClick={start} disabled={busy}>
          Start drill
        </button>
      </div>
      <TaskError error={error} onDismiss={dismissDrillError} />
    </section>
  );
}
