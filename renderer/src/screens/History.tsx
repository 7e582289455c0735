// Progress over time: mock exam scores against the pass line, accuracy per domain, questions met against the bank,
// and reviews per day with the streak. Charts are uPlot canvases (loaded with this screen only); each has a table
// with the same figures, which screen readers read instead of the canvas.
import { useEffect, useMemo, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { StudyHistory } from '../../../electron/api/types';
import { formatDate } from '../format';
import { useApp } from '../stores/context';

const COLORS = ['#2563eb', '#dc2626', '#16a34a', '#9333ea', '#ea580c', '#0891b2'];
const daySeconds = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).getTime() / 1000;
};

interface ChartProps {
  title: string;
  x: number[];
  series: { label: string; values: (number | null)[]; dash?: boolean }[];
  yRange?: [number, number];
  /** The table's column heads and rows: what the chart shows, for screen readers and for reading exact figures. */
  table: { heads: string[]; rows: (string | number)[][] };
}

function Chart({ title, x, series, yRange, table }: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const [showTable, setShowTable] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el || x.length === 0) return;
    const plot = new uPlot(
      {
        width: Math.max(320, el.clientWidth),
        height: 220,
        // One point alone would stretch the time axis over years: show a week around it.
        scales: {
          x: x.length === 1 ? { time: true, auto: false, range: [x[0]! - 3 * 86_400, x[0]! + 3 * 86_400] } : { time: true },
          ...(yRange ? { y: { range: yRange } } : {}),
        },
        series: [{}, ...series.map((s, i) => ({ label: s.label, stroke: COLORS[i % COLORS.length], width: 2, spanGaps: true, ...(s.dash ? { dash: [6, 4] } : {}) }))],
        axes: [{}, {}],
      },
      [x, ...series.map((s) => s.values)] as uPlot.AlignedData,
      el,
    );
    return () => plot.destroy();
  }, [x, series, yRange]);
  return (
    <figure className="card chart" aria-label={title}>
      <figcaption>
        <h2>{title}</h2>
      </figcaption>
      {x.length === 0 ? <p className="muted">Nothing to show yet.</p> : <div ref={box} className="chart-canvas" aria-hidden="true" />}
      <button type="button" className="link" aria-expanded={showTable} onClick={() => setShowTable(!showTable)}>
        {showTable ? 'Hide the table' : 'Show as a table'}
      </button>
      <table className={showTable ? 'domains' : 'domains visually-hidden'} aria-label={`${title} (table)`}>
        <thead>
          <tr>
            {table.heads.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) => (j === 0 ? <th key={j} scope="row">{c}</th> : <td key={j}>{c}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

type ConfidenceFilter = 'all' | 'sure' | 'unsure' | 'guess' | 'none';
const FILTERS: { value: ConfidenceFilter; label: string }[] = [
  { value: 'all', label: 'All answers' },
  { value: 'sure', label: 'Sure' },
  { value: 'unsure', label: 'Unsure' },
  { value: 'guess', label: 'Guessed' },
  { value: 'none', label: 'No confidence given' },
];

function charts(h: StudyHistory, domains: { id: string; title: string }[], filter: ConfidenceFilter) {
  const examX = h.exams.map((e) => e.at / 1000);
  const days = [...new Set(h.days.map((d) => d.day))];
  const dayX = days.map(daySeconds);
  const kept = h.days.filter((r) => filter === 'all' || r.confidence === filter);
  const accuracy = domains.map((d) =>
    days.map((day) => {
      const rows = kept.filter((r) => r.domain === d.id && r.day === day);
      const answered = rows.reduce((s, r) => s + r.answered, 0);
      return answered ? Math.round((rows.reduce((s, r) => s + r.correct, 0) / answered) * 100) : null;
    }),
  );
  const reviews = days.map((day) => h.days.filter((r) => r.day === day).reduce((s, r) => s + r.reviews, 0));
  const met = new Map(h.met.map((m) => [m.day, m.met]));
  const pct = (v: number | null) => (v === null ? '—' : `${v}%`);
  return [
    {
      title: 'Mock exam scores',
      x: examX,
      series: [
        { label: 'Scaled score', values: h.exams.map((e) => e.scaledScore) },
        { label: `Passing score ${h.passScore}`, values: h.exams.map(() => h.passScore), dash: true },
      ],
      yRange: [100, 1000] as [number, number],
      table: { heads: ['Exam', 'Scaled score', 'Result'], rows: h.exams.map((e) => [formatDate(e.at), e.scaledScore, e.passed ? 'Pass' : 'Fail']) },
    },
    {
      title: filter === 'all' ? 'Accuracy per domain' : `Accuracy per domain: ${FILTERS.find((f) => f.value === filter)!.label.toLowerCase()} answers`,
      x: dayX,
      series: domains.map((d, i) => ({ label: `Domain ${d.id}`, values: accuracy[i]! })),
      yRange: [0, 100] as [number, number],
      table: { heads: ['Day', ...domains.map((d) => `Domain ${d.id}`)], rows: days.map((day, i) => [day, ...accuracy.map((a) => pct(a[i]!))]) },
    },
    {
      title: 'Questions met',
      x: dayX,
      series: [
        { label: 'Met', values: days.map((d) => met.get(d) ?? null) },
        { label: `Bank (${h.bankSize})`, values: days.map(() => h.bankSize), dash: true },
      ],
      table: { heads: ['Day', 'Met', 'Bank'], rows: days.map((d) => [d, met.get(d) ?? 0, h.bankSize]) },
    },
    {
      title: 'Reviews per day',
      x: dayX,
      series: [{ label: 'Reviews', values: reviews }],
      table: { heads: ['Day', 'Reviews'], rows: days.map((d, i) => [d, reviews[i]!]) },
    },
  ];
}

export default function History() {
  const history = useApp((s) => s.history);
  const pack = useApp((s) => s.packs.find((p) => p.id === s.packId));
  const goHome = useApp((s) => s.goHome);
  const [filter, setFilter] = useState<ConfidenceFilter>('all');
  const all = useMemo(() => (history && pack ? charts(history, pack.domains, filter) : []), [history, pack, filter]);
  if (!history) return null;
  return (
    <main className="page history">
      <button type="button" className="link back" onClick={() => void goHome()}>
        ← Home
      </button>
      <h1>History</h1>
      <p>
        Review streak: <strong>{history.reviewStreak} day{history.reviewStreak === 1 ? '' : 's'}</strong> · {history.exams.length} mock exam
        {history.exams.length === 1 ? '' : 's'} · {history.met.at(-1)?.met ?? 0} of {history.bankSize} questions met
      </p>
      <div className="navigator-filters" role="group" aria-label="Accuracy of answers given with confidence">
        {FILTERS.map((f) => (
          <button key={f.value} type="button" className={filter === f.value ? 'chip active' : 'chip'} aria-pressed={filter === f.value} onClick={() => setFilter(f.value)}>
            {f.label}
          </button>
        ))}
      </div>
      {all.map((c, i) => (
        <Chart key={i} {...c} />
      ))}
    </main>
  );
}
