import { describe, expect, it } from 'vitest';
import { everyFigure } from '../../../tests/helpers/every-figure';
import type { RankedBarsChart } from '../../domain/figure';
import { onPage, PACK_PAGES, SLIDE_END_ROWS, slideFigure } from './pack-pages';
import { renderFigureSvg } from './render-figure';

const EXPORTED_ON = new Date(Date.UTC(2024, 4, 1, 12));
const figures = await everyFigure();
const compare = figures.find(({ name }) => name === JSON.stringify({ view: 'compare', measure: 'category1' }))?.figure;

describe('slideFigure', () => {
  it('keeps the top and bottom rows and the focus area of a long bar chart, and says how many are left out', () => {
    if (compare?.chart.kind !== 'ranked-bars') throw new Error('no ranked bars');
    const all = compare.chart.rows;
    const slide = slideFigure(compare);
    const rows = (slide.chart as RankedBarsChart).rows;
    expect(all.length).toBe(42);
    expect(rows.slice(0, SLIDE_END_ROWS)).toEqual(all.slice(0, SLIDE_END_ROWS));
    expect(rows.slice(-SLIDE_END_ROWS)).toEqual(all.slice(-SLIDE_END_ROWS));
    expect(rows.filter((row) => row.isFocus).map((row) => row.areaName)).toEqual(['West Midlands']);
    expect(rows).toHaveLength(2 * SLIDE_END_ROWS);
    expect(slide.spec.notes.at(-1)).toBe(
      'To fit a slide, 32 of the 42 areas are left out: shown are the top 5 and the bottom 5. Every area is in the CSV file and in the full chart (the SVG file and the A4 picture).',
    );
    // A focus area between the ends is kept and named.
    const middle = { ...compare, chart: { ...compare.chart, rows: all.map((row, index) => ({ ...row, isFocus: index === 20 })) } };
    const kept = (slideFigure(middle).chart as RankedBarsChart).rows;
    expect(kept).toHaveLength(2 * SLIDE_END_ROWS + 1);
    expect(kept[SLIDE_END_ROWS]).toEqual(middle.chart.rows[20]);
    expect(slideFigure(middle).spec.notes.at(-1)).toMatch(
      new RegExp(`^To fit a slide, 31 of the 42 areas are left out: shown are the top 5, the bottom 5 and ${all[20]?.areaName ?? ''}\\.`),
    );
    // The CSV and the workbook are written from the full spec: every row stays.
    expect(slide.spec.rows).toBe(compare.spec.rows);
  });

  it('leaves a chart that fits, and every chart that is not ranked bars, as it is', () => {
    for (const { figure } of figures) {
      if (figure.chart.kind === 'ranked-bars' && figure.chart.rows.length > 2 * SLIDE_END_ROWS + 1) continue;
      expect(slideFigure(figure)).toBe(figure);
    }
  });
});

describe('onPage', () => {
  it('puts a figure on a 16:9 slide: padded when short, scaled down when tall, words still text', () => {
    if (!compare) throw new Error('no compare figure');
    for (const figure of [compare, slideFigure(compare)]) {
      const rendered = renderFigureSvg(figure, PACK_PAGES.slide.width, EXPORTED_ON);
      const page = onPage(rendered, PACK_PAGES.slide);
      expect([page.width, page.height]).toEqual([960, 540]);
      const svg = new DOMParser().parseFromString(page.svg, 'image/svg+xml').documentElement;
      expect(svg.getAttribute('viewBox')).toBe('0 0 960 540');
      const inner = svg.querySelector('svg');
      expect(Number(inner?.getAttribute('height'))).toBeLessThanOrEqual(540);
      expect(Number(inner?.getAttribute('width'))).toBeLessThanOrEqual(960);
      expect(svg.textContent).toContain(figure.spec.title.slice(0, 40));
    }
  });

  it('gives an A4 picture the page’s width and the figure’s own height up to the page’s', () => {
    if (!compare) throw new Error('no compare figure');
    const slide = slideFigure(compare);
    const short = onPage(renderFigureSvg(slide, PACK_PAGES.a4.width, EXPORTED_ON), PACK_PAGES.a4);
    expect(short.width).toBe(680);
    expect(short.height).toBeLessThanOrEqual(PACK_PAGES.a4.height);
    const full = renderFigureSvg(compare, PACK_PAGES.a4.width, EXPORTED_ON);
    expect(full.height).toBeGreaterThan(PACK_PAGES.a4.height);
    const tall = onPage(full, PACK_PAGES.a4);
    expect([tall.width, tall.height]).toEqual([680, 962]);
  });
});
