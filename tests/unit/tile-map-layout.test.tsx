import { describe, expect, it } from 'vitest';
import { fixtureArea, fixtureAreas, fixtureYearData } from '../helpers/fixture-data';
import { comparatorGroup } from '../../src/domain/comparator-groups';
import { MEASURES } from '../../src/domain/measures';
import { buildMapFigure } from '../../src/features/map/model/map-figure';
import { estimateTextWidth } from '../../src/lib/svg-text';
import { tileMapGeometry, tileMapLayout } from '../../src/shared/charts/tile-map';
import { renderFigureSvg } from '../../src/shared/export/render-figure';

const focus = fixtureArea('west-midlands');

function mapFigure(measureId: keyof typeof MEASURES = 'rsoPer100k') {
  return buildMapFigure({
    areas: fixtureAreas,
    data: fixtureYearData('2021-22'),
    year: '2021-22',
    measure: MEASURES[measureId],
    unit: 'count',
    focus,
    group: comparatorGroup(fixtureAreas, 'all', focus),
  });
}

describe('tileMapGeometry', () => {
  it.each([
    [320, 'code', 'under'],
    [768, 'short', 'beside'],
    [1440, 'short', 'beside'],
  ] as const)('at %i px: square tiles within the width, names as %s, the legend %s the map, every label inside its tile', (width, names, where) => {
    const { chart } = mapFigure();
    const geometry = tileMapGeometry(chart, width, { compact: width < 480 });
    expect(geometry.width).toBe(width);
    expect(geometry.names).toBe(names);
    expect(geometry.tiles).toHaveLength(42);
    expect(geometry.tile).toBeGreaterThanOrEqual(40);
    expect(geometry.tile).toBeLessThanOrEqual(80);
    for (const placed of geometry.tiles) {
      expect(placed.x).toBeGreaterThanOrEqual(0);
      expect(placed.x + geometry.tile).toBeLessThanOrEqual(geometry.gridWidth);
      expect(placed.y + geometry.tile).toBeLessThanOrEqual(geometry.gridHeight);
      for (const line of placed.lines) expect(estimateTextWidth(line.text, line.fontSize, line.bold)).toBeLessThanOrEqual(geometry.tile - 2);
    }
    const cells = new Set(geometry.tiles.map((placed) => `${placed.x},${placed.y}`));
    expect(cells.size).toBe(42);
    expect(geometry.gridWidth).toBeLessThanOrEqual(width);
    expect(geometry.legend.x + geometry.legend.width).toBeLessThanOrEqual(width);
    if (where === 'beside') {
      expect(geometry.legend.x).toBeGreaterThanOrEqual(geometry.gridWidth);
    } else {
      expect(geometry.legend.y).toBeGreaterThanOrEqual(geometry.gridHeight);
    }
    expect(geometry.height).toBeGreaterThanOrEqual(Math.max(geometry.gridHeight, geometry.legend.y + geometry.legend.height));
  });

  it('spells out the three-letter codes in the legend when the tiles show codes', () => {
    const { chart } = mapFigure();
    const small = tileMapGeometry(chart, 320, { compact: true });
    const legendText = small.legend.lines.map((line) => line.text);
    expect(legendText).toContain('WMD West Midlands');
    expect(legendText).toContain('Codes on the squares:');
    expect(tileMapGeometry(chart, 1440, { compact: false }).legend.lines.some((line) => line.text.startsWith('Codes'))).toBe(false);
  });

  it('grows the tiles with the width up to a cap, and the layout is one SVG part of the same height', () => {
    const { chart } = mapFigure();
    const tiles = [320, 768, 1440].map((width) => tileMapGeometry(chart, width, { compact: false }).tile);
    expect(tiles[0]).toBeLessThan(tiles[1] ?? 0);
    expect(tiles[2]).toBe(80);
    const layout = tileMapLayout(chart, 768, { compact: false });
    expect(layout.parts).toHaveLength(1);
    expect(layout.height).toBe(tileMapGeometry(chart, 768, { compact: false }).height);
  });
});

describe('the tile map in an exported SVG', () => {
  it('draws every area’s short name and value with its mark, the legend, and pattern ids prefixed by the figure id', () => {
    const figure = mapFigure();
    const { svg } = renderFigureSvg(figure, 960, new Date('2026-11-25T12:00:00Z'));
    const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
    const text = Array.from(document.querySelectorAll('text'))
      .map((node) => node.textContent ?? '')
      .join('\n');
    for (const tile of figure.chart.tiles) {
      expect(text).toContain(tile.shortName);
      expect(text).toContain(`${tile.valueText ?? ''}${tile.hatched ? '*' : ''}`);
    }
    expect(text).toContain('Illustrative, not a real statistic (marked *)');
    expect(text).toContain('West Midlands, the focus area (thick outline)');
    const ids = Array.from(document.querySelectorAll('[id]')).map((node) => node.getAttribute('id') ?? '');
    const patterns = Array.from(document.querySelectorAll('pattern')).map((node) => node.getAttribute('id') ?? '');
    expect(patterns.length).toBeGreaterThan(0);
    expect(patterns.every((id) => id.startsWith(`${figure.spec.id}-`))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(svg).not.toMatch(/tabindex/);
  });
});
