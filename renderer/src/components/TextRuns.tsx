import type { TextRun } from '../../../electron/api/types';

/** Search text with its matches marked; plain text only, never HTML. */
export function TextRuns({ runs }: { runs: TextRun[] }) {
  return (
    <>
      {runs.map((r, i) => (r.hit ? <mark key={i}>{r.text}</mark> : <span key={i}>{r.text}</span>))}
    </>
  );
}
