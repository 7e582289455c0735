// @vitest-environment jsdom
// The forecast says how much of its evidence came from practice exams, which count half.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Forecast } from '../../electron/api/types';
import { ForecastView } from '../../renderer/src/components/ForecastView';

afterEach(cleanup);

const forecast = (firstSeenInPractice: number): Forecast => ({
  enough: true,
  needed: null,
  overall: { scaled: 712, low: 650, high: 770, passChance: 0.55, accuracy: 0.72 },
  summary: 'Estimated 712 (80% range 650–770) · pass chance 55%',
  domains: [],
  bestStudy: null,
  unseen: 400,
  bankSize: 504,
  firstSeen: 104,
  firstSeenInPractice,
});

describe('ForecastView', () => {
  it('says practice exams count half, and how many first sightings were in one', () => {
    render(<ForecastView forecast={forecast(65)} />);
    expect(screen.getByText('Practice exams count half: 65 of your 104 first-seen questions were met in one.')).toBeTruthy();
  });

  it('says nothing of practice exams when none counted', () => {
    render(<ForecastView forecast={forecast(0)} />);
    expect(screen.queryByText(/Practice exams count half/)).toBeNull();
  });
});
