import type { ChartSpec } from '../../domain/chart-row';
import { estimateTextWidth, wrapText } from '../../lib/svg-text';
import { formatExportDate } from './export-date';
import { CHART_FONT_FAMILY } from '../charts/figure-layout';

export const FIGURE_FONT_FAMILY = CHART_FONT_FAMILY;
export const FIGURE_MARGIN = 24;
const GAP = 14;

interface TextStyle {
  fontSize: number;
  lineHeight: number;
  bold: boolean;
  fill: string;
}

const TITLE: TextStyle = { fontSize: 20, lineHeight: 26, bold: true, fill: '#0B0C0C' };
const SUBTITLE: TextStyle = { fontSize: 15, lineHeight: 21, bold: false, fill: '#0B0C0C' };
const SUMMARY: TextStyle = { fontSize: 13.5, lineHeight: 19, bold: false, fill: '#0B0C0C' };
const BODY: TextStyle = { fontSize: 12.5, lineHeight: 17, bold: false, fill: '#0B0C0C' };
const FOOTER: TextStyle = { fontSize: 11, lineHeight: 15, bold: false, fill: '#505A5F' };

interface TextBlock {
  key: string;
  top: number;
  style: TextStyle;
  lines: { text: string; x: number }[];
}

export interface FrameLayout {
  width: number;
  height: number;
  /** Where the chart goes. */
  chartTop: number;
  blocks: TextBlock[];
}

/**
 * Where each line of a figure's words goes around a chart of a given height: title, subtitle,
 * summary, the chart, source, numbered notes and the export footer. Pure, so it is tested.
 */
export function frameLayout(spec: ChartSpec, width: number, chartHeight: number, footer: string): FrameLayout {
  const contentWidth = width - 2 * FIGURE_MARGIN;
  const blocks: TextBlock[] = [];
  let y = FIGURE_MARGIN;
  const add = (key: string, lines: { text: string; x: number }[], style: TextStyle, before = 0) => {
    if (lines.length === 0) return;
    y += before;
    blocks.push({ key, top: y, style, lines });
    y += lines.length * style.lineHeight;
  };
  const wrapped = (text: string, style: TextStyle, indent = 0) =>
    wrapText(text, contentWidth - indent, style.fontSize, style.bold).map((line) => ({ text: line, x: FIGURE_MARGIN + indent }));

  add('title', wrapped(spec.title, TITLE), TITLE);
  add('subtitle', wrapped(spec.subtitle, SUBTITLE), SUBTITLE, 2);
  add('summary', wrapped(spec.summary, SUMMARY), SUMMARY, 6);
  y += GAP;
  const chartTop = y;
  y += chartHeight + GAP;
  const source = spec.sourceLine.trim();
  add('source', wrapped(/^sources?:/i.test(source) ? source : `Source: ${source}`, BODY), BODY);
  spec.notes
    .map((note) => note.trim())
    .filter(Boolean)
    .forEach((note, index) => add(`note-${index + 1}`, numberedLines(`${index + 1}.`, note, contentWidth), BODY, index === 0 ? 4 : 0));
  add('footer', wrapped(footer, FOOTER), FOOTER, 10);
  return { width, height: Math.ceil(y + FIGURE_MARGIN), chartTop, blocks };
}

/** "1. First line" with later lines indented under the text, not the number. */
function numberedLines(number: string, text: string, contentWidth: number) {
  const indent = Math.ceil(estimateTextWidth(`${number} `, BODY.fontSize)) + 2;
  return wrapText(text, contentWidth - indent, BODY.fontSize).map((line, index) =>
    index === 0 ? { text: `${number} ${line}`, x: FIGURE_MARGIN } : { text: line, x: FIGURE_MARGIN + indent },
  );
}

export function exportFooter(productName: string, exportedOn: Date): string {
  return `Exported from ${productName} on ${formatExportDate(exportedOn)}`;
}

/**
 * The figure as one SVG document: the frame's words as text, and an empty group where the chart's
 * own SVG parts are placed (render-figure.ts does that, from the same chart component the page draws).
 */
export function FigureFrameSvg({ spec, layout }: { spec: ChartSpec; layout: FrameLayout }) {
  const { width, height } = layout;
  return (
    <svg version="1.1" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" fontFamily={FIGURE_FONT_FAMILY}>
      <title>{spec.title}</title>
      <desc>{`${spec.subtitle} ${spec.summary}`}</desc>
      <rect x={0} y={0} width={width} height={height} fill="#FFFFFF" />
      {layout.blocks.map((block) => {
        // Put the baseline where the glyphs sit visually centred in the line box.
        const firstBaseline = block.top + (block.style.lineHeight - block.style.fontSize) / 2 + block.style.fontSize * 0.82;
        return (
          <text key={block.key} data-frame={block.key} fontSize={block.style.fontSize} fill={block.style.fill} fontWeight={block.style.bold ? 700 : undefined}>
            {block.lines.map((line, index) => (
              <tspan key={index} x={round(line.x)} y={round(firstBaseline + index * block.style.lineHeight)}>
                {line.text}
              </tspan>
            ))}
          </text>
        );
      })}
      <g data-chart-slot="" transform={`translate(${FIGURE_MARGIN} ${layout.chartTop})`} />
    </svg>
  );
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
