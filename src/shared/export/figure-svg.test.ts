import { afterEach, describe, expect, it } from 'vitest';
import { composeFigureSvg, type FigureSvgInput } from './figure-svg';
import { escapeXml, wrapText } from './svg-text';

const SVG_NS = 'http://www.w3.org/2000/svg';

const CHART_MARKUP = `<svg xmlns="${SVG_NS}" width="600" height="300"><g class="recharts-layer"><rect class="bar" x="0" y="0" width="100" height="20" fill="#1d4f91"/><text x="5" y="15">West Midlands</text></g></svg>`;

function input(overrides: Partial<FigureSvgInput> = {}): FigureSvgInput {
  return {
    chartSvg: CHART_MARKUP,
    chartWidth: 600,
    chartHeight: 300,
    title: 'RSOs per 100,000 population',
    subtitle: 'West Midlands compared with metropolitan areas, 2021-22',
    sourceLine: 'Source: West Midlands MAPPA Annual Report 2021-22',
    notes: ['Rates use mid-year population estimates.', 'Gwent figure is illustrative.'],
    exportedOn: new Date('2026-11-25T12:00:00Z'),
    productName: 'MAPPA Compare',
    width: 800,
    ...overrides,
  };
}

function parseXml(svg: string): Document {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document;
}

function lineTexts(document: Document): string[] {
  // Only the figure's own text: the chart's text sits inside the nested <svg>.
  return Array.from(document.documentElement.children)
    .filter((element) => element.localName === 'text')
    .flatMap((text) => Array.from(text.children).map((tspan) => tspan.textContent ?? ''));
}

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('composeFigureSvg', () => {
  it('builds one well-formed SVG document with a white background', () => {
    const { svg, width, height } = composeFigureSvg(input());
    const document = parseXml(svg);
    const root = document.documentElement;
    expect(root.localName).toBe('svg');
    expect(root.namespaceURI).toBe(SVG_NS);
    expect(root.getAttribute('width')).toBe(String(width));
    expect(root.getAttribute('height')).toBe(String(height));
    expect(root.getAttribute('font-family')).toBe('Arial, Helvetica, sans-serif');
    expect(width).toBe(800);
    expect(root.querySelector('rect')?.getAttribute('fill')).toBe('#ffffff');
  });

  it('contains the title, subtitle, source, numbered notes and export footer in order', () => {
    const document = parseXml(composeFigureSvg(input()).svg);
    expect(lineTexts(document)).toEqual([
      'RSOs per 100,000 population',
      'West Midlands compared with metropolitan areas, 2021-22',
      'Source: West Midlands MAPPA Annual Report 2021-22',
      '1. Rates use mid-year population estimates.',
      '2. Gwent figure is illustrative.',
      'Exported from MAPPA Compare on 25 November 2026',
    ]);
    expect(document.querySelector('title')?.textContent).toBe('RSOs per 100,000 population');
  });

  it('adds "Source:" when the source line lacks it', () => {
    const document = parseXml(composeFigureSvg(input({ sourceLine: 'Annual report' })).svg);
    expect(lineTexts(document)).toContain('Source: Annual report');
  });

  it('nests the chart with a viewBox, scaled to the width minus margins and keeping its aspect', () => {
    const { svg, height } = composeFigureSvg(input());
    const nested = parseXml(svg).documentElement.querySelector('svg');
    expect(nested?.getAttribute('viewBox')).toBe('0 0 600 300');
    expect(nested?.getAttribute('width')).toBe('752');
    expect(nested?.getAttribute('height')).toBe('376');
    expect(nested?.querySelector('text')?.textContent).toBe('West Midlands');
    expect(height).toBeGreaterThan(376 + Number(nested?.getAttribute('y')));
  });

  it('escapes <, & and quotes in every text', () => {
    const nasty = 'A < B & "C" \'D\' </svg><script>alert(1)</script>';
    const { svg } = composeFigureSvg(input({ title: nasty, subtitle: nasty, sourceLine: nasty, notes: [nasty], productName: nasty }));
    const document = parseXml(svg);
    expect(document.getElementsByTagName('script')).toHaveLength(0);
    expect(lineTexts(document)[0]).toBe(nasty);
    expect(svg).toContain('A &lt; B &amp; &quot;C&quot;');
  });

  it('drops characters XML cannot hold rather than breaking the document', () => {
    const { svg } = composeFigureSvg(input({ title: 'Bad\u0000 \u0007title \uD800' }));
    expect(lineTexts(parseXml(svg))[0]).toBe('Bad title');
  });

  it('wraps a long title onto several lines, each within the width', () => {
    const title =
      'Registered sexual offenders per 100,000 population aged 18 and over in West Midlands compared with every other metropolitan MAPPA area in England and Wales';
    const { svg } = composeFigureSvg(input({ title, width: 500 }));
    const document = parseXml(svg);
    const titleLines = Array.from(document.documentElement.querySelector('text')?.children ?? []).map((tspan) => tspan.textContent ?? '');
    expect(titleLines.length).toBeGreaterThan(1);
    expect(titleLines.join(' ')).toBe(title);
    for (const line of titleLines) expect(line.length).toBeLessThan(60);
  });

  it('grows taller when text wraps', () => {
    const short = composeFigureSvg(input());
    const long = composeFigureSvg(input({ notes: [...input().notes, 'word '.repeat(200)] }));
    expect(long.height).toBeGreaterThan(short.height + 4 * 17);
  });

  it('references nothing outside itself and has no foreignObject', () => {
    const chart = `<svg xmlns="${SVG_NS}" xmlns:xlink="http://www.w3.org/1999/xlink" width="600" height="300">
      <style>@import url(https://fonts.example/font.css);</style>
      <defs><clipPath id="clip"><rect width="10" height="10"/></clipPath></defs>
      <image href="https://example.org/tracker.png" width="1" height="1"/>
      <use xlink:href="https://example.org/sprite.svg#icon"/>
      <use href="#clip"/>
      <rect fill="url(https://example.org/x.svg#g)" clip-path="url(#clip)" width="5" height="5"/>
      <a href="http://example.org"><text>link</text></a>
      <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">html</div></foreignObject>
      <script>alert(1)</script>
    </svg>`;
    const { svg } = composeFigureSvg(input({ chartSvg: chart }));
    parseXml(svg);
    expect(svg).not.toMatch(/href="(https?:)?\/\//);
    expect(svg).not.toMatch(/url\((?!#)/);
    expect(svg).not.toMatch(/foreignObject|<script|@import/i);
    expect(svg).toContain('href="#clip"');
    expect(svg).toContain('clip-path="url(#clip)"');
  });

  it('rejects chart markup that is not SVG', () => {
    expect(() => composeFigureSvg(input({ chartSvg: '<svg><g></svg>' }))).toThrow(/well-formed SVG/);
    expect(() => composeFigureSvg(input({ chartSvg: '<html xmlns="http://www.w3.org/1999/xhtml"/>' }))).toThrow(/well-formed SVG/);
  });

  it('rejects a chart with no size', () => {
    expect(() => composeFigureSvg(input({ chartWidth: 0 }))).toThrow(RangeError);
    expect(() => composeFigureSvg(input({ width: 40 }))).toThrow(RangeError);
  });

  describe('from a rendered chart element', () => {
    function renderChart(): SVGSVGElement {
      const style = document.createElement('style');
      style.textContent = '.bar { fill: rgb(1, 2, 3); stroke-width: 2px } .label { font-size: 13px; text-anchor: end }';
      document.head.append(style);
      const host = document.createElement('div');
      host.innerHTML = `<svg xmlns="${SVG_NS}" width="600" height="300" role="application" tabindex="0" style="width: 100%; height: 100%" onclick="alert(1)">
        <g class="recharts-layer"><rect class="bar" width="50" height="10" fill="red" onmouseover="x()" tabindex="-1"/>
        <text class="label" x="5" y="5">Gwent</text></g>
        <g class="recharts-tooltip-wrapper"><text>tooltip</text></g>
        <g data-export-ignore=""><text>focus ring</text></g>
      </svg>`;
      document.body.append(host);
      return host.querySelector('svg')!;
    }

    it('inlines the computed styles so the chart draws without the page CSS', () => {
      const document_ = parseXml(composeFigureSvg(input({ chartSvg: renderChart() })).svg);
      const bar = document_.querySelector('.bar');
      expect(bar?.getAttribute('fill')).toBe('rgb(1, 2, 3)');
      expect(bar?.getAttribute('stroke-width')).toBe('2px');
      const label = document_.querySelector('.label');
      expect(label?.getAttribute('font-size')).toBe('13px');
      expect(label?.getAttribute('text-anchor')).toBe('end');
    });

    it('drops tooltips, ignored parts, focus and event attributes, and leaves the page untouched', () => {
      const chart = renderChart();
      const before = chart.outerHTML;
      const { svg } = composeFigureSvg(input({ chartSvg: chart }));
      expect(svg).not.toMatch(/tooltip|focus ring|tabindex|application|onclick|onmouseover|width: 100%/);
      expect(svg).toContain('Gwent');
      expect(chart.outerHTML).toBe(before);
    });
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
