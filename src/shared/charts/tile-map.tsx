import type { MapLegendEntry, MapTile, TileMapChart, TileMark } from '../../domain/tile-map';
import { estimateTextWidth, wrapText } from '../../lib/svg-text';
import type { FigureLayout, LayoutOptions } from './figure-layout';
import { FOCUS_OUTLINE, TEXT_COLOUR } from './palette';

/** White between tiles. */
const GAP = 3;
/** Larger tiles only make the map taller: past this the space goes to the legend. */
const MAX_TILE = 80;
/** Below this the short names do not fit ("Merseyside" at 9 px): tiles show three-letter codes. */
const NAME_TILE = 52;
/** From this size a tile has room for "disputed" or "imported" as a word on a line of its own. */
const WORD_MARK_TILE = 60;
/** The legend goes beside the map when tiles there can still be this big, else under it. */
const SIDE_LEGEND_TILE = 48;
const LEGEND_GAP = 24;
const LEGEND_FONT = 12;
const LEGEND_LINE = 16;
const SWATCH = 16;
const KEY_FONT = 10;
const KEY_LINE = 13;
const MIN_FONT = 7;
/** Every tile is outlined, so a white or very light tile is seen against the white page (4.6:1). */
const OUTLINE_COLOUR = '#6F777B';
export const FONT_FAMILY = 'Arial, Helvetica, sans-serif';

/** On tiles too small for the words, a mark is one character, spelt out in the legend. */
const MARK_SYMBOL: Record<Exclude<TileMark, 'illustrative'>, string> = { disputed: '†', imported: '‡' };
const MARK_LEGEND: Record<Exclude<TileMark, 'illustrative'>, { words: string; symbol: string }> = {
  disputed: { words: 'Published sources disagree (marked “disputed”; see the notes)', symbol: 'Published sources disagree (see the notes)' },
  imported: { words: 'Imported in this browser (marked “imported”)', symbol: 'Imported in this browser' },
};

interface TextLine {
  text: string;
  fontSize: number;
  bold: boolean;
  italic: boolean;
}

interface PlacedTile {
  tile: MapTile;
  x: number;
  y: number;
  lines: TextLine[];
}

interface LegendLine {
  key: string;
  /** Top of the line box, relative to the legend. */
  y: number;
  lineHeight: number;
  text: string;
  fontSize: number;
  bold: boolean;
  /** Drawn beside the first line of an entry. */
  swatch?: MapLegendEntry | undefined;
  /** A mark's symbol ("†"), drawn where a swatch would be. */
  symbol?: string | undefined;
  indent: number;
}

export interface TileMapGeometry {
  width: number;
  height: number;
  /** The side of one square tile. */
  tile: number;
  gridWidth: number;
  gridHeight: number;
  /** Short names ("W Mids"), or three-letter codes ("WMD") on the smallest tiles. */
  names: 'short' | 'code';
  /** "disputed" as a word under the value, or a symbol after it. */
  marks: 'words' | 'symbols';
  tiles: PlacedTile[];
  legend: { x: number; y: number; width: number; height: number; lines: LegendLine[] };
}

/**
 * Where everything on the map goes at this width: square tiles as big as fit (up to MAX_TILE),
 * with the legend beside them where there is room and under them otherwise (always on a narrow
 * screen). Labels are sized to fit their tile; on the smallest tiles names become codes and marks
 * become symbols, which the legend spells out. Pure, so it is tested at phone and desktop widths.
 */
export function tileMapGeometry(chart: TileMapChart, width: number, { compact }: LayoutOptions): TileMapGeometry {
  const columns = Math.max(1, chart.columns);
  const tileFor = (room: number) => Math.max(8, Math.min(MAX_TILE, Math.floor((room - GAP * (columns - 1)) / columns)));
  const sideLegendWidth = Math.round(Math.min(320, Math.max(220, width * 0.3)));
  const sideTile = tileFor(width - LEGEND_GAP - sideLegendWidth);
  const beside = !compact && sideTile >= SIDE_LEGEND_TILE;
  const tile = beside ? sideTile : tileFor(width);
  const gridWidth = columns * tile + (columns - 1) * GAP;
  const gridHeight = chart.rows * tile + Math.max(0, chart.rows - 1) * GAP;

  const names = tile >= NAME_TILE ? 'short' : 'code';
  const markLines = chart.tiles.filter((t) => t.inGroup).map((t) => markWords(t.marks));
  const markFont = fontFor(tile, 0.13, 8, 10.5);
  const wordsFit = markLines.every((text) => !text || estimateTextWidth(text, markFont) <= tile - 6);
  const marks = tile >= WORD_MARK_TILE && wordsFit ? 'words' : 'symbols';

  const tiles = chart.tiles.map((t) => ({
    tile: t,
    x: t.column * (tile + GAP),
    y: t.row * (tile + GAP),
    lines: tileLines(t, tile, names, marks),
  }));

  const legendWidth = beside ? Math.max(120, width - gridWidth - LEGEND_GAP) : width;
  const lines = legendLines(chart, legendWidth, names, marks, tiles);
  const legendHeight = lines.reduce((bottom, line) => Math.max(bottom, line.y + Math.max(line.lineHeight, line.swatch ? SWATCH : 0)), 0);
  const legend = beside
    ? { x: gridWidth + LEGEND_GAP, y: 0, width: legendWidth, height: legendHeight, lines }
    : { x: 0, y: gridHeight + 16, width: legendWidth, height: legendHeight, lines };
  const height = Math.ceil(beside ? Math.max(gridHeight, legendHeight) : gridHeight + 16 + legendHeight) + 2;
  return { width, height, tile, gridWidth, gridHeight, names, marks, tiles, legend };
}

export function tileMapLayout(chart: TileMapChart, width: number, options: LayoutOptions): FigureLayout {
  const geometry = tileMapGeometry(chart, width, options);
  return { width, height: geometry.height, parts: [{ key: 'map', x: 0, y: 0, node: <TileMap chart={chart} geometry={geometry} /> }] };
}

/** A font size in proportion to the tile, between a floor and a ceiling, in half pixels. */
function fontFor(tile: number, ratio: number, floor: number, ceiling: number): number {
  return Math.min(ceiling, Math.max(floor, Math.round(tile * ratio * 2) / 2));
}

/** The size at which text fits the tile, never above the size wanted nor below MIN_FONT. */
function fitting(text: string, wanted: number, room: number, bold: boolean): number {
  const width = estimateTextWidth(text, wanted, bold);
  if (width <= room) return wanted;
  return Math.max(MIN_FONT, Math.floor(((wanted * room) / width) * 2) / 2);
}

function markWords(marks: readonly TileMark[]): string {
  return marks.filter((mark): mark is Exclude<TileMark, 'illustrative'> => mark !== 'illustrative').join(', ');
}

/** The tile's words, top to bottom: its name, then its value with its marks, or "no figure". */
function tileLines(t: MapTile, tile: number, names: 'short' | 'code', marks: 'words' | 'symbols'): TextLine[] {
  const room = tile - 6;
  const line = (text: string, wanted: number, bold = false, italic = false): TextLine => ({ text, fontSize: fitting(text, wanted, room, bold), bold, italic });
  const name = line(names === 'code' ? t.code : t.shortName, fontFor(tile, 0.15, 8.5, 12), t.isFocus);
  if (!t.inGroup) return [name];
  const valueFont = fontFor(tile, 0.18, 9, 14);
  if (t.valueText === undefined) {
    // Two short lines rather than one squeezed: "no" / "figure".
    const words = estimateTextWidth('no figure', valueFont) <= room ? ['no figure'] : ['no', 'figure'];
    return [name, ...words.map((word) => line(word, valueFont, false, true))];
  }
  const symbols = marks === 'symbols' ? t.marks.map((mark) => (mark === 'illustrative' ? '' : MARK_SYMBOL[mark])).join('') : '';
  const value = line(`${t.valueText}${t.marks.includes('illustrative') ? '*' : ''}${symbols}`, valueFont, true);
  const words = marks === 'words' ? markWords(t.marks) : '';
  return words ? [name, value, line(words, fontFor(tile, 0.13, 8, 10.5), false, true)] : [name, value];
}

/** The legend's lines, top to bottom: the scale's title, one entry per shade and mark, England and Wales, and the codes. */
function legendLines(chart: TileMapChart, width: number, names: 'short' | 'code', marks: 'words' | 'symbols', tiles: readonly PlacedTile[]): LegendLine[] {
  const lines: LegendLine[] = [];
  let y = 0;
  const add = (
    key: string,
    text: string,
    options: { bold?: boolean; swatch?: MapLegendEntry; symbol?: string; aligned?: boolean; small?: boolean; gapBefore?: number } = {},
  ) => {
    const { bold = false, swatch, symbol, aligned = false, small = false, gapBefore = 0 } = options;
    const [fontSize, lineHeight] = small ? [KEY_FONT, KEY_LINE] : [LEGEND_FONT, LEGEND_LINE];
    // Entries line up after the swatches, whether they have one or a symbol or neither.
    const indent = swatch || symbol !== undefined || aligned ? SWATCH + 8 : 0;
    y += gapBefore;
    const top = y;
    wrapText(text, Math.max(40, width - indent), fontSize, bold).forEach((piece, index) => {
      const first = index === 0;
      lines.push({
        key: `${key}-${index}`,
        y,
        lineHeight,
        text: piece,
        fontSize,
        bold,
        indent,
        swatch: first ? swatch : undefined,
        symbol: first ? symbol : undefined,
      });
      y += lineHeight;
    });
    // A swatch is a little taller than a line of text: the next entry starts clear of it.
    if (swatch) y = Math.max(y, top + SWATCH + 2);
  };
  add('title', chart.legendTitle, { bold: true });
  y += 4;
  for (const entry of chart.legend) {
    if (entry.kind === 'disputed' || entry.kind === 'imported') {
      if (marks === 'words') add(entry.key, MARK_LEGEND[entry.kind].words, { aligned: true, gapBefore: 2 });
      else add(entry.key, MARK_LEGEND[entry.kind].symbol, { symbol: MARK_SYMBOL[entry.kind], gapBefore: 2 });
      continue;
    }
    add(entry.key, entry.label, { swatch: entry, gapBefore: 2 });
  }
  if (chart.referenceText) add('reference', chart.referenceText, { gapBefore: 6 });
  if (names === 'code') {
    // The key to the codes, in columns and in the codes' order, so a code is quick to look up.
    add('codes', 'Codes on the squares:', { small: true, bold: true, gapBefore: 8 });
    const entries = tiles.map(({ tile }) => `${tile.code} ${tile.name}`).sort((a, b) => a.localeCompare(b, 'en-GB'));
    const columnWidth = Math.ceil(Math.max(...entries.map((entry) => estimateTextWidth(entry, KEY_FONT)))) + 8;
    const columns = Math.max(1, Math.floor((width + 8) / columnWidth));
    const perColumn = Math.ceil(entries.length / columns);
    entries.forEach((entry, index) => {
      const column = Math.floor(index / perColumn);
      lines.push({
        key: `code-${index}`,
        y: y + (index % perColumn) * KEY_LINE,
        lineHeight: KEY_LINE,
        text: entry,
        fontSize: KEY_FONT,
        bold: false,
        indent: column * columnWidth,
      });
    });
    y += perColumn * KEY_LINE;
  }
  return lines;
}

/**
 * The tile map as one plain SVG: a square per area in its shade, outlined so light tiles show on
 * white, labelled with its name and value; illustrative tiles hatched (the label on a solid plate,
 * so hatching never lowers its contrast), the focus area with a thick outline, and the legend
 * drawn in the same SVG so every export carries it. Tiles are not focus stops: the table is the
 * accessible route to the values, and the figure's name and summary say what the map shows.
 */
function TileMap({ chart, geometry }: { chart: TileMapChart; geometry: TileMapGeometry }) {
  const { width, height, tile, tiles, legend } = geometry;
  // Ids are unique per document: exports nest parts of several figures' kinds into one SVG.
  const prefix = `${chart.id.replace(/[^A-Za-z0-9_-]/g, '-')}-tiles`;
  const hatch = { dark: `${prefix}-hatch-dark`, light: `${prefix}-hatch-light` };
  const focus = tiles.find((placed) => placed.tile.isFocus);
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} fontFamily={FONT_FAMILY} aria-hidden="true" className="tile-map">
      <defs>
        <HatchPattern id={hatch.dark} colour={TEXT_COLOUR} opacity={0.45} />
        <HatchPattern id={hatch.light} colour="#FFFFFF" opacity={0.55} />
      </defs>
      {tiles.map((placed) => (
        <TileShape key={placed.tile.areaId} placed={placed} size={tile} hatchId={placed.tile.textColour === '#FFFFFF' ? hatch.light : hatch.dark} />
      ))}
      {focus && (
        <rect className="map-focus-outline" x={focus.x} y={focus.y} width={tile} height={tile} fill="none" stroke={TEXT_COLOUR} strokeWidth={FOCUS_OUTLINE} />
      )}
      <g className="map-legend" transform={`translate(${legend.x} ${legend.y})`}>
        {legend.lines.map((line) => (
          <g key={line.key}>
            {line.swatch && <Swatch swatch={line.swatch} y={line.y + (line.lineHeight - SWATCH) / 2} hatchId={hatch.dark} />}
            {line.symbol && (
              <text x={SWATCH / 2} y={line.y + line.lineHeight * 0.75} textAnchor="middle" fontSize={line.fontSize} fontWeight={700} fill={TEXT_COLOUR}>
                {line.symbol}
              </text>
            )}
            <text x={line.indent} y={line.y + line.lineHeight * 0.75} fontSize={line.fontSize} fontWeight={line.bold ? 700 : undefined} fill={TEXT_COLOUR}>
              {line.text}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}

function HatchPattern({ id, colour, opacity }: { id: string; colour: string; opacity: number }) {
  return (
    <pattern id={id} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <line x1={0} y1={0} x2={0} y2={6} stroke={colour} strokeOpacity={opacity} strokeWidth={2} />
    </pattern>
  );
}

function TileShape({ placed, size, hatchId }: { placed: PlacedTile; size: number; hatchId: string }) {
  const { tile: t, x, y, lines } = placed;
  const heights = lines.map((line) => line.fontSize * 1.15);
  const blockHeight = heights.reduce((sum, h) => sum + h, 0);
  const top = y + (size - blockHeight) / 2;
  const widest = Math.max(...lines.map((line) => estimateTextWidth(line.text, line.fontSize, line.bold)));
  const centre = x + size / 2;
  const status = t.inGroup ? `${t.label} (${t.status})` : 'not in this comparison';
  const bottoms = heights.map((_, index) => top + heights.slice(0, index + 1).reduce((sum, h) => sum + h, 0));
  return (
    <g className="map-tile" data-area-id={t.areaId}>
      <title>{`${t.name}: ${status}`}</title>
      <rect
        x={x}
        y={y}
        width={size}
        height={size}
        fill={t.fill}
        stroke={OUTLINE_COLOUR}
        strokeWidth={1}
        strokeDasharray={t.inGroup && t.value === undefined ? '4 2' : undefined}
      />
      {t.hatched && (
        <>
          <rect x={x} y={y} width={size} height={size} fill={`url(#${hatchId})`} stroke="none" />
          {/* The label sits on the tile's own colour, so its contrast is the tile's, hatched or not. */}
          <rect x={centre - widest / 2 - 2} y={top - 1} width={widest + 4} height={blockHeight + 2} fill={t.fill} rx={2} />
        </>
      )}
      {lines.map((line, index) => {
        return (
          <text
            key={index}
            x={centre}
            y={(bottoms[index] ?? top) - line.fontSize * 0.25}
            textAnchor="middle"
            fontSize={line.fontSize}
            fontWeight={line.bold ? 700 : undefined}
            fontStyle={line.italic ? 'italic' : undefined}
            fill={t.textColour}
          >
            {line.text}
          </text>
        );
      })}
    </g>
  );
}

function Swatch({ swatch, y, hatchId }: { swatch: MapLegendEntry; y: number; hatchId: string }) {
  const box = { x: 0, y, width: SWATCH, height: SWATCH };
  switch (swatch.kind) {
    case 'focus':
      return <rect {...box} x={1.5} y={y + 1.5} width={SWATCH - 3} height={SWATCH - 3} fill="#FFFFFF" stroke={TEXT_COLOUR} strokeWidth={FOCUS_OUTLINE} />;
    case 'illustrative':
      return (
        <>
          <rect {...box} fill="#FFFFFF" stroke={OUTLINE_COLOUR} strokeWidth={1} />
          <rect {...box} fill={`url(#${hatchId})`} stroke="none" />
        </>
      );
    case 'no-figure':
      return <rect {...box} fill={swatch.fill} stroke={OUTLINE_COLOUR} strokeWidth={1} strokeDasharray="4 2" />;
    default:
      return <rect {...box} fill={swatch.fill} stroke={OUTLINE_COLOUR} strokeWidth={1} />;
  }
}
