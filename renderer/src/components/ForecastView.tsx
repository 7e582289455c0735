// The readiness forecast: the estimate with its range and pass chance, one line per domain, the best study.
import type { Forecast } from '../../../electron/api/types';

export function ForecastView({ forecast, heading = 'Readiness forecast', level = 3 }: { forecast: Forecast; heading?: string; level?: 2 | 3 }) {
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <section className="forecast" aria-label={heading}>
      <H>{heading}</H>
      <p className="forecast-summary">
        <strong>{forecast.summary}</strong>
      </p>
      <ul className="forecast-domains">
        {forecast.domains.map((d) => (
          <li key={d.id}>
            {d.line}
            {d.estimate && (
              <span className="muted">
                {' '}
                · est. {d.estimate.scaled} ({d.estimate.low}–{d.estimate.high})
              </span>
            )}
          </li>
        ))}
      </ul>
      {forecast.bestStudy && <p>Largest expected gain: {forecast.bestStudy.line}.</p>}
      {forecast.firstSeenInPractice > 0 && (
        <p className="muted">
          Practice exams count half: {forecast.firstSeenInPractice} of your {forecast.firstSeen} first-seen questions were met in one.
        </p>
      )}
      <p className="muted">
        {forecast.unseen} of {forecast.bankSize} questions in the bank not met yet
        {forecast.unseen === 0 ? ': a mock exam now measures recall more than knowledge.' : '.'}
      </p>
    </section>
  );
}
