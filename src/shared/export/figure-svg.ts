import { standaloneChartSvg } from './chart-svg';
import { formatExportDate } from './export-date';
import { escapeXml, estimateTextWidth, wrapText } from './svg-text';

export interface FigureSvgInput {
  /** The rendered chart, or its markup. */
  chartSvg: SVGSVGElement | string;
  /** The chart's size on the page: its aspect ratio is kept. */
  chartWidth: number;
  chartHeight: number;
  title: string;
  subtitle: string;
  /** With or without a leading "Source:". */
  sourceLine: string;
  notes: string[];
  exportedOn: Date;
  productName: string;
  /** Width of the whole figure in pixels. */
  width: number;
}

export interface FigureSvg {
  svg: string;
  width: number;
  height: number;
}

export const FIGURE_FONT_FAMILY = 'Arial, Helvetica, sans-serif';
const MARGIN = 24;
const GAP = 14;

interface TextStyle {
  fontSize: number;
  lineHeight: number;
  bold: boolean;
  fill: string;
}

const TITLE: TextStyle = { fontSize: 20, lineHeight: 26, bold: true, fill: '#0b0c0c' };
const SUBTITLE: TextStyle = { fontSize: 15, lineHeight: 21, bold: false, fill: '#0b0c0c' };
const BODY: TextStyle = { fontSize: 12.5, lineHeight: 17, bold: false, fill: '#0b0c0c' };
const FOOTER: TextStyle = { fontSize: 11, lineHeight: 15, bold: false, fill: '#505a5f' };

interface Line {
  text: string;
  x: number;
}

/**
 * One self-contained SVG document for a chart: title, subtitle, the chart scaled to the width,
 * source, numbered notes and an export footer. It uses only system fonts and references nothing
 * outside itself, so it opens the same in a browser, Word, PowerPoint or Inkscape.
 */
export function composeFigureSvg(input: FigureSvgInput): FigureSvg {
  const { chartWidth, chartHeight, width } = input;
  if (!(chartWidth > 0 && chartHeight > 0 && Number.isFinite(chartWidth) && Number.isFinite(chartHeight))) {
    throw new RangeError(`The chart has no size to export (${chartWidth} × ${chartHeight}).`);
  }
  const contentWidth = width - 2 * MARGIN;
  if (!(contentWidth > 0) || !Number.isFinite(width)) throw new RangeError(`The figure width ${width} is too small.`);

  const parts: string[] = [];
  let y = MARGIN;
  const addBlock = (lines: Line[], style: TextStyle) => {
    if (lines.length === 0) return;
    parts.push(textBlock(lines, y, style));
    y += lines.length * style.lineHeight;
  };
  const wrapped = (text: string, style: TextStyle, indent = 0) =>
    wrapText(text, contentWidth - indent, style.fontSize, style.bold).map((line) => ({ text: line, x: MARGIN + indent }));

  addBlock(wrapped(input.title, TITLE), TITLE);
  if (input.subtitle.trim()) {
    y += 2;
    addBlock(wrapped(input.subtitle, SUBTITLE), SUBTITLE);
  }

  y += GAP;
  const scale = contentWidth / chartWidth;
  const drawnHeight = chartHeight * scale;
  parts.push(nestedChart(input.chartSvg, { x: MARGIN, y, width: contentWidth, height: drawnHeight, chartWidth, chartHeight }));
  y += drawnHeight + GAP;

  const source = input.sourceLine.trim();
  if (source) addBlock(wrapped(/^sources?:/i.test(source) ? source : `Source: ${source}`, BODY), BODY);
  const notes = input.notes.map((note) => note.trim()).filter(Boolean);
  if (notes.length > 0) y += 4;
  notes.forEach((note, index) => addBlock(numberedLines(`${index + 1}.`, note, contentWidth), BODY));

  y += 10;
  addBlock(wrapped(`Exported from ${input.productName} on ${formatExportDate(input.exportedOn)}`, FOOTER), FOOTER);
  const height = Math.ceil(y + MARGIN);

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="${FIGURE_FONT_FAMILY}">`,
    `<title>${escapeXml(input.title)}</title>`,
    input.subtitle.trim() ? `<desc>${escapeXml(input.subtitle)}</desc>` : '',
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
  ].join('');
  return { svg, width, height };
}

/** "1. First line" with later lines indented under the text, not the number. */
function numberedLines(number: string, text: string, contentWidth: number): Line[] {
  const indent = Math.ceil(estimateTextWidth(`${number} `, BODY.fontSize)) + 2;
  return wrapText(text, contentWidth - indent, BODY.fontSize).map((line, index) =>
    index === 0 ? { text: `${number} ${line}`, x: MARGIN } : { text: line, x: MARGIN + indent },
  );
}

function textBlock(lines: Line[], top: number, style: TextStyle): string {
  // Put the baseline where the glyphs sit visually centred in the line box.
  const firstBaseline = top + (style.lineHeight - style.fontSize) / 2 + style.fontSize * 0.82;
  const tspans = lines.map(
    (line, index) => `<tspan x="${round(line.x)}" y="${round(firstBaseline + index * style.lineHeight)}">${escapeXml(line.text)}</tspan>`,
  );
  const weight = style.bold ? ' font-weight="700"' : '';
  return `<text font-size="${style.fontSize}" fill="${style.fill}"${weight}>${tspans.join('')}</text>`;
}

interface ChartBox {
  x: number;
  y: number;
  width: number;
  height: number;
  chartWidth: number;
  chartHeight: number;
}

function nestedChart(chart: SVGSVGElement | string, box: ChartBox): string {
  const root = standaloneChartSvg(chart);
  if (!root.hasAttribute('viewBox')) root.setAttribute('viewBox', `0 0 ${round(box.chartWidth)} ${round(box.chartHeight)}`);
  root.setAttribute('x', String(round(box.x)));
  root.setAttribute('y', String(round(box.y)));
  root.setAttribute('width', String(round(box.width)));
  root.setAttribute('height', String(round(box.height)));
  root.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  root.setAttribute('overflow', 'hidden');
  return new XMLSerializer().serializeToString(root);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
