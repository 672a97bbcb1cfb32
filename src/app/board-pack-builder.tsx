import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Area } from '../domain/area';
import { comparatorGroup, type ComparatorGroupId } from '../domain/comparator-groups';
import type { ChartSpec } from '../domain/chart-row';
import { GroupedBarChart } from '../shared/charts/grouped-bar-chart';
import { RankedBarChart } from '../shared/charts/ranked-bar-chart';
import { TrendLineChart } from '../shared/charts/trend-line-chart';
import type { DataQueries } from '../shared/data/queries';
import type { AreaYearReport } from '../domain/report-schema';
import { blobBytes } from '../shared/export/blob-bytes';
import { chartRowsToCsv, tidyCsv } from '../shared/export/csv';
import { composeFigureSvg } from '../shared/export/figure-svg';
import { exportFileName } from '../shared/export/file-names';
import { figureNotes, figurePng, PRODUCT_NAME } from '../shared/export/figure-export';
import { packReadme } from '../shared/export/pack-readme';
import type { ZipEntry } from '../shared/export/zip-pack';
import { MEASURES, type MeasureId } from '../domain/measures';
import { buildAreaSummary } from '../features/summary/model/area-summary';
import { buildCompareChart } from '../features/compare/model/compare-spec';
import { buildLevelsChart } from '../features/levels/model/levels-chart';
import { mergeImported } from '../shared/model/merge-imported';
import { buildTrendChart } from '../features/trends/model/trend-chart';
import type { YearData } from '../shared/model/year-data';

export interface PackInput {
  client: QueryClient;
  queries: DataQueries;
  areas: Area[];
  years: string[];
  year: string;
  focus: Area;
  groupId: ComparatorGroupId;
  customIds: string[];
  imported: AreaYearReport[];
  signal: AbortSignal;
  onProgress: (done: number, total: number, step: string) => void;
}

interface PackChart {
  spec: ChartSpec;
  render: () => ReactNode;
}

const FIGURE_WIDTH = 960;
const COMPARE_MEASURES: MeasureId[] = ['rsoPer100k', 'total', 'category1', 'category2', 'level23Share', 'breachOfLicence'];

function checkCancelled(signal: AbortSignal) {
  if (signal.aborted) throw new DOMException('Cancelled', 'AbortError');
}

/** Draw a chart off screen at a fixed width and hand back its SVG element, then clean up. */
async function drawOffScreen<T>(node: ReactNode, withSurface: (surface: SVGSVGElement, box: DOMRect) => Promise<T>): Promise<T> {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = `position: fixed; left: -20000px; top: 0; width: ${FIGURE_WIDTH - 48}px;`;
  document.body.append(host);
  const root = createRoot(host);
  try {
    root.render(node);
    const surface = await waitFor(() => host.querySelector<SVGSVGElement>('svg.recharts-surface'));
    return await withSurface(surface, surface.getBoundingClientRect());
  } finally {
    root.unmount();
    host.remove();
  }
}

async function waitFor<T>(find: () => T | null, timeoutMs = 5000): Promise<T> {
  const started = performance.now();
  for (;;) {
    const found = find();
    if (found) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return found;
    }
    if (performance.now() - started > timeoutMs) throw new Error('A chart did not draw in time.');
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}

async function yearData(input: PackInput, year: string): Promise<YearData> {
  const served = await input.client.fetchQuery(input.queries.reportsForYear(year));
  return mergeImported({ year, ...served }, input.imported);
}

function packCharts(input: PackInput, current: YearData, all: YearData[]): PackChart[] {
  const { areas, years, year, focus } = input;
  const group = comparatorGroup(areas, input.groupId, focus, input.customIds);
  const compare = COMPARE_MEASURES.map((measureId): PackChart => {
    const chart = buildCompareChart({ areas, data: current, year, measure: MEASURES[measureId], unit: 'count', focus, group });
    return {
      spec: chart.spec,
      render: () => <RankedBarChart rows={chart.ranked.map((r) => r.row)} reference={chart.reference} showReference={chart.drawReference} />,
    };
  });
  const levels = buildLevelsChart({ areas, data: current, year, focus, group, by: 'category', slice: 'all', unit: 'share', layout: 'stacked' });
  const trend = buildTrendChart({ areas, yearData: all, years, measure: MEASURES.rsoPer100k, unit: 'count', focus, chosenIds: [] });
  return [
    ...compare,
    { spec: levels.spec, render: () => <GroupedBarChart series={levels.series} points={levels.points} stacked percent /> },
    {
      spec: trend.spec,
      render: () => <TrendLineChart series={trend.series} points={trend.points} seriesBreakYear={trend.seriesBreakYear} rows={trend.spec.rows} />,
    },
  ];
}

/**
 * The board-paper pack: every chart for the focus area as PNG and SVG, each chart's CSV, the
 * key figures as CSV, and a README of sources and data-quality notes, in one zip.
 */
export async function buildBoardPack(input: PackInput): Promise<{ blob: Blob; fileName: string }> {
  const { signal, onProgress, focus, year } = input;
  onProgress(0, 1, 'Loading the figures');
  const all = await Promise.all(input.years.map((y) => yearData(input, y)));
  checkCancelled(signal);
  const current = all.find((d) => d.year === year) ?? (await yearData(input, year));
  const charts = packCharts(input, current, all);
  const total = charts.length + 2;
  const entries: ZipEntry[] = [];
  const readmeCharts = [];
  const exportedOn = new Date();
  for (const [index, chart] of charts.entries()) {
    checkCancelled(signal);
    onProgress(index, total, `Drawing “${chart.spec.title}”`);
    const base = exportFileName([String(index + 1).padStart(2, '0'), ...chart.spec.fileNameParts], 'png').replace(/\.png$/, '');
    const figure = await drawOffScreen(chart.render(), async (surface, box) =>
      composeFigureSvg({
        chartSvg: surface,
        chartWidth: box.width,
        chartHeight: box.height,
        title: chart.spec.title,
        subtitle: chart.spec.subtitle,
        sourceLine: chart.spec.sourceLine,
        notes: figureNotes(chart.spec),
        exportedOn,
        productName: PRODUCT_NAME,
        width: FIGURE_WIDTH,
      }),
    );
    const png = await figurePng(figure, chart.spec, exportedOn);
    entries.push({ name: `${base}.png`, data: await blobBytes(png) });
    entries.push({ name: `${base}.svg`, data: figure.svg });
    entries.push({ name: `${base}.csv`, data: chartRowsToCsv(chart.spec, exportedOn) });
    readmeCharts.push({
      title: chart.spec.title,
      sourceLine: chart.spec.sourceLine,
      notes: chart.spec.notes,
      files: [`${base}.png`, `${base}.svg`, `${base}.csv`],
      includesIllustrative: chart.spec.includesIllustrative,
    });
  }
  checkCancelled(signal);
  onProgress(charts.length, total, 'Writing the key figures');
  const summary = buildAreaSummary(
    input.areas,
    focus,
    current,
    all.find((d) => d.year === previousOf(input.years, year)),
  );
  entries.push({ name: exportFileName(['key-figures', focus.name, year], 'csv'), data: tidyCsv(summary.items.map((item) => item.row)) });
  entries.push({
    name: 'README.txt',
    data: packReadme({ focusAreaName: focus.name, year, exportedOn, charts: readmeCharts, productName: PRODUCT_NAME }),
  });
  onProgress(charts.length + 1, total, 'Making the zip file');
  const { buildZip } = await import('../shared/export/zip-pack');
  const blob = await buildZip(entries, { signal });
  onProgress(total, total, 'Done');
  return { blob, fileName: exportFileName(['board-pack', focus.name, year], 'zip') };
}

function previousOf(years: string[], year: string): string | undefined {
  const index = years.indexOf(year);
  return index > 0 ? years[index - 1] : undefined;
}
