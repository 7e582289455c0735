import { useEffect, useRef, useState } from 'react';
import { crossedWarning, isCritical, warningText } from '../exam/time-warnings';
import { formatClock, spokenDuration } from '../format';

interface Props {
  endsAt: number;
  /** Set while a practice exam is paused: the clock stands still at `endsAt - pausedAt`. */
  pausedAt: number | null;
  clockOffset: number;
  onExpire: () => void;
}

/**
 * Counts down to the backend's `endsAt`. Only this component re-renders each second; the exam screen does not.
 * Screen readers get the remaining time in words on request, and a polite announcement at 15 and 5 minutes left.
 */
export function Timer({ endsAt, pausedAt, clockOffset, onExpire }: Props) {
  const remainingNow = () => endsAt - (pausedAt ?? Date.now() + clockOffset);
  const [remaining, setRemaining] = useState(remainingNow);
  const [notice, setNotice] = useState<string | null>(null);
  const last = useRef<number | null>(null);
  useEffect(() => {
    let fired = false;
    const tick = () => {
      const left = remainingNow();
      // A threshold crossed while the learner watched is announced; one already behind at (re)start is not.
      const crossed = last.current === null ? null : crossedWarning(last.current, left);
      last.current = left;
      if (crossed !== null) setNotice(warningText(crossed));
      setRemaining(left);
      if (left <= 0 && !fired && pausedAt === null) {
        fired = true;
        onExpire();
      }
    };
    tick();
    if (pausedAt !== null) return;
    const id = window.setInterval(tick, 250);
    return () => window.clearInterval(id);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [endsAt, pausedAt, clockOffset, onExpire]);
  const tone = isCritical(remaining) ? ' timer-critical' : remaining <= 5 * 60_000 ? ' timer-low' : '';
  return (
    <>
      <div className={`timer${tone}${pausedAt !== null ? ' timer-paused' : ''}`} role="timer" aria-label="Time remaining" aria-live="off">
        <span aria-hidden="true">{formatClock(remaining)}</span>
        <span className="visually-hidden">
          {spokenDuration(remaining)} remaining{pausedAt !== null ? ', paused' : ''}
        </span>
      </div>
      <div className={`time-notice${notice ? ' shown' : ''}`}>
        <span aria-live="polite" className="time-notice-text">
          {notice}
        </span>
        {notice && (
          <button type="button" className="link" onClick={() => setNotice(null)}>
            Dismiss<span className="visually-hidden"> time notice</span>
          </button>
        )}
      </div>
    </>
  );
}
