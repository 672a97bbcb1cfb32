/**
 * The baseline of `npm run bench`: the least an app needs to draw the compare view's chart.
 * It fetches the same static API files, keeps the measure and the year in a zustand store, and
 * draws the areas (42, or as many as the API lists) as ranked horizontal bars with Recharts, value
 * labels marked `bar-value-label`. The measure, year and group <select>s are there so that the bench
 * can time bare Recharts redrawing the same bars as the app does on a measure, year or group change
 * (all areas, or the metropolitan ones).
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { create } from 'zustand';

type WireCell = number | '-' | null | { value: number } | { disputed: { value: number }[] };

interface Area {
  id: string;
  name: string;
  kind: 'area' | 'national' | 'region';
  metropolitan?: boolean;
}

interface Report {
  areaId: string;
  rsoPer100k: { rate: WireCell };
  snapshot: { grandTotal: WireCell; columnTotals: { category1: WireCell } };
}

/** The year drawn first, and the one the bench switches to (the app's default chart and its year before). */
const YEARS = ['2021-22', '2020-21'];

const MEASURES = {
  rsoPer100k: { label: 'Registered sexual offenders per 100,000 population', figure: (report: Report) => report.rsoPer100k.rate },
  total: { label: 'MAPPA-eligible offenders (all)', figure: (report: Report) => report.snapshot.grandTotal },
  category1: { label: 'Category 1: registered sexual offenders', figure: (report: Report) => report.snapshot.columnTotals.category1 },
};
type MeasureId = keyof typeof MEASURES;

/** The app's comparator groups the bench switches between, as its headings say them. */
const GROUPS = { all: 'all areas', metropolitan: 'metropolitan areas' };
type GroupId = keyof typeof GROUPS;

interface ViewStore {
  measure: MeasureId;
  year: string;
  group: GroupId;
  setMeasure: (measure: MeasureId) => void;
  setYear: (year: string) => void;
  setGroup: (group: GroupId) => void;
}

const useViewStore = create<ViewStore>()((set) => ({
  measure: 'rsoPer100k',
  year: YEARS[0] ?? '',
  setMeasure: (measure) => set({ measure }),
  setYear: (year) => set({ year }),
  group: 'all',
  setGroup: (group) => set({ group }),
}));

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as T;
}

function valueOf(cell: WireCell): number | null {
  if (typeof cell === 'number') return cell;
  if (cell === null || cell === '-') return null;
  return 'value' in cell ? cell.value : (cell.disputed[0]?.value ?? null);
}

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

function RankedChart() {
  const measure = useViewStore((store) => store.measure);
  const year = useViewStore((store) => store.year);
  const setMeasure = useViewStore((store) => store.setMeasure);
  const setYear = useViewStore((store) => store.setYear);
  const group = useViewStore((store) => store.group);
  const setGroup = useViewStore((store) => store.setGroup);
  const areas = useQuery({ queryKey: ['areas'], queryFn: () => getJson<{ areas: Area[] }>('/api/areas.json'), staleTime: Infinity });
  const reports = useQuery({ queryKey: ['reports', year], queryFn: () => getJson<{ reports: Report[] }>(`/api/reports/${year}.json`), staleTime: Infinity });
  if (areas.error || reports.error) return <p role="alert">Could not load the data.</p>;
  if (!areas.data || !reports.data) return <p role="status">Loading…</p>;

  const byArea = new Map(reports.data.reports.map((report) => [report.areaId, report]));
  const rows = areas.data.areas
    .filter((area) => area.kind === 'area' && (group === 'all' || area.metropolitan === true))
    .map((area) => {
      const report = byArea.get(area.id);
      const value = report ? valueOf(MEASURES[measure].figure(report)) : null;
      return { name: area.name, value, label: value === null ? 'not published' : numberFormat.format(value) };
    })
    .sort((a, b) => (b.value ?? -1) - (a.value ?? -1));
  const maxValue = Math.max(0, ...rows.map((row) => row.value ?? 0));

  return (
    <figure>
      <h1>
        {MEASURES[measure].label}, {year}, {GROUPS[group]}
      </h1>
      <label htmlFor="measure-select">Measure</label>{' '}
      <select id="measure-select" value={measure} onChange={(event) => setMeasure(event.target.value as MeasureId)}>
        {Object.entries(MEASURES).map(([id, { label }]) => (
          <option key={id} value={id}>
            {label}
          </option>
        ))}
      </select>{' '}
      <label htmlFor="year-select">Year</label>{' '}
      <select id="year-select" value={year} onChange={(event) => setYear(event.target.value)}>
        {YEARS.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>{' '}
      <label htmlFor="group-select">Areas</label>{' '}
      <select id="group-select" value={group} onChange={(event) => setGroup(event.target.value as GroupId)}>
        {Object.entries(GROUPS).map(([id, label]) => (
          <option key={id} value={id}>
            {label}
          </option>
        ))}
      </select>
      <ResponsiveContainer width="100%" height={rows.length * 30 + 60} minWidth={0}>
        <BarChart data={rows} layout="vertical" margin={{ top: 24, right: 96, bottom: 8, left: 4 }} barCategoryGap={4}>
          <XAxis type="number" domain={[0, Math.ceil(maxValue)]} />
          <YAxis type="category" dataKey="name" width={170} interval={0} />
          <Bar dataKey="value" barSize={24} fill="#6b7280" isAnimationActive={false}>
            <LabelList
              dataKey="label"
              content={({ x, y, width, height, value }) => (
                <text className="bar-value-label" x={Number(x) + Number(width) + 4} y={Number(y) + Number(height) / 2} dy={4} fontSize={12}>
                  {String(value)}
                </text>
              )}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={new QueryClient()}>
      <main>
        <RankedChart />
      </main>
    </QueryClientProvider>
  </StrictMode>,
);
