import { useEffect, useState } from 'react';
import { formatClock, spokenDuration } from '../format';

/**
 * Counts down to the backend's `endsAt`. Only this component re-renders each second; the exam screen does not.
 * Screen readers get the remaining time in words, updated once a minute rather than every second.
 */
export function Timer({ endsAt, clockOffset, onExpire }: { endsAt: number; clockOffset: number; onExpire: () => void }) {
  const remainingNow = () => endsAt - (Date.now() + clockOffset);
  const [remaining, setRemaining] = useState(remainingNow);
  useEffect(() => {
    let fired = false;
    const tick = () => {
      const left = remainingNow();
      setRemaining(left);
      if (left <= 0 && !fired) {
        fired = true;
        onExpire();
      }
    };
    tick();
    const id = window.setInterval(tick, 250);
    return () => window.clearInterval(id);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [endsAt, clockOffset, onExpire]);
  const low = remaining <= 5 * 60_000;
  return (
    <div className={`timer${low ? ' timer-low' : ''}`} role="timer" aria-label="Time remaining" aria-live="off">
      <span aria-hidden="true">{formatClock(remaining)}</span>
      <span className="visually-hidden">{spokenDuration(remaining)} remaining</span>
    </div>
  );
}
