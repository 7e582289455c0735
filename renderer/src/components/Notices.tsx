// App-wide messages (the notifications slice), above whichever screen is shown.
import { useActions, useApp } from '../stores/context';

export function Notices() {
  const notices = useApp((s) => s.notices);
  const { dismissNotice } = useActions();
  return notices.map((n) => (
    <div key={n.id} className="error-banner" role="alert">
      <span>{n.text}</span>
      <button type="button" className="link" onClick={() => dismissNotice(n.id)}>
        Dismiss
      </button>
    </div>
  ));
}
