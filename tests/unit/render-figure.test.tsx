import { describe, expect, it } from 'vitest';
import { fixtureArea, fixtureAreas, fixtureYearData, fixtureYears } from '../helpers/fixture-data';
import { comparatorGroup } from '../../src/domain/comparator-groups';
import type { FigureDescription } from '../../src/domain/figure';
import { MEASURES } from '../../src/domain/measures';
import { buildLevelsChart } from '../../src/features/levels/model/levels-chart';
import { buildTrendChart } from '../../src/features/trends/model/trend-chart';
import { escapeXml, wrapText } from '../../src/lib/svg-text';
import { valueLabel } from '../../src/shared/charts/row-text';
import { renderFigureSvg } from '../../src/shared/export/render-figure';
import { FOCUS_OUTLINE, TEXT_COLOUR } from '../../src/shared/charts/palette';
import { compareFigure as compareTemplate } from '../helpers/compare-figure';

const EXPORTED_ON = new Date('2026-11-25T12:00:00Z');
const focus = fixtureArea('west-midlands');
const data2021 = fixtureYearData('2021-22');

function compareFigure(group: 'all' | 'region' = 'all', title?: string): FigureDescription {
  const figure = compareTemplate({ group });
  return title ? { ...figure, spec: { ...figure.spec, title } } : figure;
}

function levelsFigure(layout: 'stacked' | 'panels'): FigureDescription {
  const { spec, chart } = buildLevelsChart({
    areas: fixtureAreas,
    data: data2021,
    year: '2021-22',
    focus,
    group: comparatorGroup(fixtureAreas, 'all', focus),
    by: 'category',
    slice: 'all',
    unit: layout === 'stacked' ? 'share' : 'count',
    layout,
  });
  return { spec, chart };
}

function trendFigure(layout: 'lines' | 'panels'): FigureDescription {
  return buildTrendChart({
    areas: fixtureAreas,
    yearData: fixtureYears.map((year) => fixtureYearData(year)),
    years: fixtureYears,
    measure: MEASURES.rsoPer100k,
    unit: 'count',
    focus,
    chosenIds: ['kent', 'west-yorkshire'],
    layout,
  });
}

function parseXml(svg: string): Document {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document;
}

/** The frame's own lines of text (the chart's text sits in the nested chart SVGs). */
function frameTexts(document: Document): string[] {
  return Array.from(document.documentElement.children)
    .filter((element) => element.localName === 'text')
    .flatMap((text) => Array.from(text.children).map((tspan) => tspan.textContent ?? ''));
}

function allText(document: Document): string {
  return Array.from(document.querySelectorAll('text'))
    .map((text) => text.textContent ?? '')
    .join('\n');
}

describe('renderFigureSvg', () => {
  it('is one well-formed SVG document of the asked width, with a white background, a role and a name', () => {
    const { svg, width, height } = renderFigureSvg(compareFigure(), 960, EXPORTED_ON);
    const document = parseXml(svg);
    const root = document.documentElement;
    expect(root.localName).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(width).toBe(960);
    expect(root.getAttribute('width')).toBe('960');
    expect(Number(root.getAttribute('height'))).toBe(height);
    expect(root.getAttribute('role')).toBe('img');
    expect(root.querySelector('title')?.textContent).toMatch(/^Registered sexual offenders per 100,000 population: West Midlands/);
    expect(root.querySelector('rect')?.getAttribute('fill')).toBe('#FFFFFF');
  });

  it('puts the title, subtitle, summary, source, numbered notes and export footer in order around the chart', () => {
    const figure = compareFigure();
    const lines = frameTexts(parseXml(renderFigureSvg(figure, 960, EXPORTED_ON).svg)).join(' ');
    const order = [figure.spec.title.slice(0, 30), 'Per 100,000', 'West Midlands: 145', 'Source:', '1. ', 'Exported from MAPPA Compare on 25 November 2026'];
    const positions = order.map((text) => lines.indexOf(text));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('draws the chart with the page’s own component: every area and every value label with its mark', () => {
    const figure = compareFigure();
    const text = allText(parseXml(renderFigureSvg(figure, 960, EXPORTED_ON).svg));
    for (const row of figure.spec.rows.filter((r) => !r.isReference)) {
      expect(text).toContain(row.areaName);
      expect(text).toContain(valueLabel(row));
    }
    expect(text).toContain('England and Wales: 126');
    expect(text).toMatch(/\d\*/);
  });

  it.each([
    ['levels stacked to 100%', () => levelsFigure('stacked')],
    ['levels in panels', () => levelsFigure('panels')],
    ['trend lines', () => trendFigure('lines')],
    ['trend panels', () => trendFigure('panels')],
  ])('draws %s with every area it names and no overlapping size', (_, make) => {
    const figure = make();
    const { svg, height } = renderFigureSvg(figure, 960, EXPORTED_ON);
    const document = parseXml(svg);
    const parts = Array.from(document.documentElement.querySelectorAll('g > svg'));
    expect(parts.length).toBeGreaterThan(0);
    const text = allText(document);
    for (const name of new Set(figure.spec.rows.filter((row) => !row.isReference || figure.chart.kind === 'trend-lines').map((row) => row.areaName))) {
      if (
        figure.chart.kind === 'trend-lines' &&
        figure.spec.rows.some((row) => row.areaName === name && row.isReference) &&
        figure.chart.lines.every((line) => !line.isReference)
      )
        continue;
      expect(text).toContain(name);
    }
    expect(height / 960).toBeGreaterThan(0.3);
    expect(height / 960).toBeLessThan(3);
  });

  it('draws the bars’ 95% intervals, as on screen: one line with end ticks for every bar that has one', () => {
    const template = compareTemplate();
    const figure = { ...template, chart: { ...template.chart, intervals: true } };
    const withInterval = figure.chart.rows.filter((row) => row.interval && row.value !== undefined).length;
    expect(withInterval).toBeGreaterThan(1);
    const document = parseXml(renderFigureSvg(figure, 960, EXPORTED_ON).svg);
    const paths = Array.from(document.querySelectorAll('.bar-interval path'), (path) => path.getAttribute('d') ?? '');
    // A white edge and the line, each with one stretch (M…H) per interval.
    expect(paths).toHaveLength(2);
    for (const d of paths) expect(d.match(/M[\d.-]+,[\d.-]+H/g)).toHaveLength(withInterval);
  });

  it('labels a bar of zero (Recharts drops a zero-width bar and its label): one value label per area', () => {
    const figure = compareFigure();
    if (figure.chart.kind !== 'ranked-bars') throw new Error('expected ranked bars');
    const first = figure.chart.rows[0];
    if (!first) throw new Error('expected rows');
    const zeroed = { ...figure, chart: { ...figure.chart, rows: [{ ...first, value: 0 }, ...figure.chart.rows.slice(1)] } };
    const labels = [...parseXml(renderFigureSvg(zeroed, 960, EXPORTED_ON).svg).querySelectorAll('text.bar-value-label')].map((node) => node.textContent);
    expect(labels).toHaveLength(zeroed.chart.rows.length);
    expect(labels).toContain(valueLabel({ ...first, value: 0 }));
  });

  it('labels a zero in panel bars too: one value label per area in every panel', () => {
    const figure = levelsFigure('panels');
    if (figure.chart.kind !== 'panel-bars') throw new Error('expected panel bars');
    const [firstPanel, ...otherPanels] = figure.chart.panels;
    const first = firstPanel?.rows[0];
    if (!firstPanel || !first) throw new Error('expected rows');
    const panels = [{ ...firstPanel, rows: [{ ...first, value: 0 }, ...firstPanel.rows.slice(1)] }, ...otherPanels];
    const zeroed = { ...figure, chart: { ...figure.chart, panels } };
    const labels = parseXml(renderFigureSvg(zeroed, 960, EXPORTED_ON).svg).querySelectorAll('text.bar-value-label');
    expect(labels).toHaveLength(panels.reduce((sum, panel) => sum + panel.rows.length, 0));
  });

  it('sets the focus area apart by an outline as on the map, not by colour alone: the stacked bar framed, the panel bars outlined', () => {
    const stacked = parseXml(renderFigureSvg(levelsFigure('stacked'), 960, EXPORTED_ON).svg);
    const frames = stacked.querySelectorAll('.focus-outline path, path.focus-outline, .focus-outline rect');
    expect(frames).toHaveLength(1);
    expect(frames[0]?.getAttribute('stroke')).toBe(TEXT_COLOUR);
    expect(Number(frames[0]?.getAttribute('stroke-width'))).toBe(FOCUS_OUTLINE);
    const panels = levelsFigure('panels');
    if (panels.chart.kind !== 'panel-bars') throw new Error('expected panel bars');
    const outlined = parseXml(renderFigureSvg(panels, 960, EXPORTED_ON).svg).querySelectorAll('path.bar-focus');
    // One focus bar in each panel (West Midlands has a figure in every category), outlined near-black; no other bar is.
    expect(outlined).toHaveLength(panels.chart.panels.length);
    for (const bar of outlined) expect(bar.getAttribute('stroke')).toBe(TEXT_COLOUR);
  });

  it('marks illustrative values in exported trend images as on screen', () => {
    const text = allText(parseXml(renderFigureSvg(trendFigure('lines'), 960, EXPORTED_ON).svg));
    expect(text).toMatch(/West Midlands \d[\d,]*\*/);
  });

  it('references nothing outside itself: no scripts, foreign objects, focus stops or roles in the chart', () => {
    const { svg } = renderFigureSvg(compareFigure(), 960, EXPORTED_ON);
    expect(svg).not.toMatch(/<script|foreignObject|tabindex|role="application"|href="http/i);
    const document = parseXml(svg);
    for (const part of Array.from(document.documentElement.querySelectorAll('g > svg'))) expect(part.getAttribute('role')).toBeNull();
  });

  it('escapes <, & and quotes, and drops characters XML cannot hold', () => {
    const { svg } = renderFigureSvg(compareFigure('region', 'A & B <"quoted"> \u0007 title'), 800, EXPORTED_ON);
    const document = parseXml(svg);
    expect(document.querySelector('title')?.textContent).toBe('A & B <"quoted">  title');
  });

  it('wraps a long title within the width and grows taller for it', () => {
    const short = renderFigureSvg(compareFigure('region', 'Short'), 640, EXPORTED_ON);
    const long = renderFigureSvg(compareFigure('region', 'A very long title '.repeat(12)), 640, EXPORTED_ON);
    expect(long.height).toBeGreaterThan(short.height);
  });

  it('grows with the number of rows: 42 areas are taller than 4', () => {
    expect(renderFigureSvg(compareFigure('all'), 960, EXPORTED_ON).height).toBeGreaterThan(
      renderFigureSvg(compareFigure('region'), 960, EXPORTED_ON).height + 600,
    );
  });

  it('refuses a width with no room for the chart', () => {
    expect(() => renderFigureSvg(compareFigure(), 40, EXPORTED_ON)).toThrow(RangeError);
  });
});

describe('svg text helpers', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('breaks a word longer than the line', () => {
    const lines = wrapText('x'.repeat(100), 100, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('x'.repeat(100));
  });

  it('keeps explicit line breaks and returns nothing for blank text', () => {
    expect(wrapText('one\ntwo', 500, 12)).toEqual(['one', 'two']);
    expect(wrapText('   ', 500, 12)).toEqual([]);
  });
});
